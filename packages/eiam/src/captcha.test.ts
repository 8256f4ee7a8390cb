import { describeCaptchaCheck } from "@idaas-sdk/client-test-suite";
import { createEiamClient } from "./client.js";
import { headerNames } from "./generated/operations.js";

describeCaptchaCheck({ product: "eiam", createClient: createEiamClient, headerNames });
