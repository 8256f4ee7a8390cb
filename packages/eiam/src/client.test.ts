import { describeProductClient } from "@idaas-sdk/client-test-suite";
import { createEiamClient } from "./client.js";
import { headerNames, operations as operationFacts } from "./generated/operations.js";
import { createEiamClient as createEiamRawClient } from "./raw.js";

describeProductClient({
  product: "eiam",
  createClient: createEiamClient,
  createRawClient: createEiamRawClient,
  headerNames,
  operations: operationFacts,
});
