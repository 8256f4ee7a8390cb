// The client of a product's `/raw` entry: the facade plus `raw`, the typed openapi-fetch client of the spec's paths,
// whose fetch keeps the guarantees of the methods. openapi-fetch is the product's dependency: it passes createClient.

import type { DeviceInfo } from "./config.js";
import { facadeOf, type OperationFunctions } from "./facade.js";
import { type ClientCore, transportOf, withDevice } from "./functions.js";
import { createRawFetch } from "./transport.js";

/** A product's client with `raw` (`Raw`, openapi-fetch's client of its paths); `Self` is the product's own type. */
export type RawClientOf<Client, Raw, Self> = Omit<Client, "withDevice"> & {
  /**
   * The typed openapi-fetch client: device headers set, and the same guarantees as the methods (no redirects, the
   * time limit and the body cap, the redacting logger); never retried.
   */
  raw: Raw;
  /** A client with `raw` that sends `device` (any of its fields, over this client's) with every call. */
  withDevice(device: Partial<DeviceInfo>): Self;
};

/** What openapi-fetch's createClient takes here: the base URL, the client-wide headers and the guarded fetch. */
export interface RawOptions {
  baseUrl: string;
  headers: Record<string, string>;
  fetch: (request: Request) => Promise<Response>;
}

/** The facade over `core` with `raw`, made by `createRaw` (openapi-fetch's createClient of the product's paths). */
export function rawClientOf<Self, Product extends string>(
  core: ClientCore<Product>,
  functions: OperationFunctions<Product>,
  createRaw: (options: RawOptions) => unknown,
): Self {
  const { config } = transportOf(core);
  const raw = createRaw({ baseUrl: config.baseUrl, headers: config.headers, fetch: createRawFetch({ config }) });
  return {
    ...facadeOf<object, Product>(core, functions),
    raw,
    withDevice: (device: Partial<DeviceInfo>) =>
      rawClientOf<Self, Product>(withDevice(core, device), functions, createRaw),
  } as Self;
}
