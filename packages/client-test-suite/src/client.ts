// Every operation × every documented outcome × every documented error of a product client, driven by the spec's
// named examples: a new example in the spec is tested here without a new test. One file per concern in client/.

import { describeConfig } from "./client/config.js";
import { clientContext, type ProductClientSuite } from "./client/context.js";
import { describeDevice } from "./client/device.js";
import { describeExamples } from "./client/examples.js";
import { describeOutcomes } from "./client/outcomes.js";
import { describeRaw } from "./client/raw.js";
import { describeRedaction } from "./client/redaction.js";
import { describeRequests } from "./client/requests.js";
import { describeRetries } from "./client/retries.js";
import { describeStatuses } from "./client/statuses.js";

export type { ProductClientSuite };

/** Registers the suite for one product client; call it at the top level of a test file. */
export function describeProductClient(suite: ProductClientSuite) {
  const context = clientContext(suite);
  describeRequests(context);
  describeExamples(context);
  describeOutcomes(context);
  describeStatuses(context);
  describeRedaction(context);
  describeRetries(context);
  describeConfig(context);
  describeDevice(context, suite.createRawClient);
  if (suite.createRawClient) describeRaw(context, suite.createRawClient);
}
