import { describeCaptchaCheck } from "@idaas-sdk/client-test-suite";
import { createCiamClient } from "./client.js";
import { headerNames } from "./generated/operations.js";

describeCaptchaCheck({ product: "ciam", createClient: createCiamClient, headerNames });
