// A product's client is its operation functions (./functions.ts) bound to one core: each method calls its function,
// so the facade and the `/functions` entry run the same code.

import type { DeviceInfo } from "./config.js";
import { type ClientCore, withDevice } from "./functions.js";
import type { CallOptions } from "./transport.js";

/** A product's operation functions, as its generated `operationFunctions` lists them: each knows its operationId. */
export type OperationFunctions<Product extends string> = ReadonlyArray<
  ((core: ClientCore<Product>, input: never, options?: CallOptions) => Promise<unknown>) & {
    readonly operationId: string;
  }
>;

/** The client over `core`: one method per function of `functions`, named by its operationId, and `withDevice`. */
export function facadeOf<Client, Product extends string>(
  core: ClientCore<Product>,
  functions: OperationFunctions<Product>,
): Client {
  const client: Record<string, unknown> = {
    withDevice: (device: Partial<DeviceInfo>) => facadeOf<Client, Product>(withDevice(core, device), functions),
  };
  for (const call of functions) {
    client[call.operationId] = (input: never, options?: CallOptions) => call(core, input, options);
  }
  return client as Client;
}
