import { describeProductClient } from "@idaas-sdk/client-test-suite";
import { createCiamClient } from "./client.js";
import { headerNames, operationFacts } from "./spec.js";

describeProductClient({ product: "ciam", createClient: createCiamClient, headerNames, operations: operationFacts });
