import { describeProductClient } from "@idaas-sdk/client-test-suite";
import { createCiamClient } from "./client.js";
import { headerNames, operations as operationFacts } from "./generated/operations.js";
import { createCiamClient as createCiamRawClient } from "./raw.js";

describeProductClient({
  product: "ciam",
  createClient: createCiamClient,
  createRawClient: createCiamRawClient,
  headerNames,
  operations: operationFacts,
});
