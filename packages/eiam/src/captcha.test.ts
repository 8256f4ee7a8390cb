import { describeCaptchaCheck } from "@idaas-sdk/client-test-suite";
import { createEiamClient } from "./client.js";
import { headerNames } from "./facts.js";

describeCaptchaCheck({ product: "eiam", createClient: createEiamClient, headerNames });
