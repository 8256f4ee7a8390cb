import { describeProductClient } from "@idaas-sdk/client-test-suite";
import { createEiamClient } from "./client.js";
import { headerNames, operationFacts } from "./spec.js";

describeProductClient({ product: "eiam", createClient: createEiamClient, headerNames, operations: operationFacts });
