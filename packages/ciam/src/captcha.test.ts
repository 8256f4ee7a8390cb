import { describeCaptchaCheck } from "@idaas-sdk/client-test-suite";
import { createCiamClient } from "./client.js";
import { headerNames } from "./facts.js";

describeCaptchaCheck({ product: "ciam", createClient: createCiamClient, headerNames });
