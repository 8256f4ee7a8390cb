// `@idaas-sdk/eiam/raw`: the main entry, plus `raw` on the client: the typed openapi-fetch client of the spec's
// paths, for their exact shapes. Its own entry, so that the main one does not carry openapi-fetch.
import type { DeviceInfo } from "@idaas-sdk/core";
import { createRawFetch, type Transport } from "@idaas-sdk/core/internal";
import createClient, { type Client } from "openapi-fetch";
import { type EiamClient, type EiamClientOptions, type EiamPaths, facadeOf, transportOf } from "./client.js";

export * from "./index.js";

export interface EiamRawClient extends EiamClient {
  /**
   * The typed openapi-fetch client: device headers set, and the same guarantees as the methods (no redirects, the
   * time limit and the body cap, the redacting logger); never retried.
   */
  raw: Client<EiamPaths>;
  /** A client with `raw` that sends `device` (any of its fields, over this client's) with every call. */
  withDevice(device: Partial<DeviceInfo>): EiamRawClient;
}

/** Creates an EIAM client with `raw`; checks the options first, like the main entry's. */
export function createEiamClient(options: EiamClientOptions): EiamRawClient {
  return rawClientOf(transportOf(options));
}

function rawClientOf(transport: Transport): EiamRawClient {
  const { config } = transport;
  const fetch = createRawFetch({ config });
  const raw = createClient<EiamPaths>({ baseUrl: config.baseUrl, headers: config.headers, fetch });
  return { ...facadeOf(transport), raw, withDevice: (device) => rawClientOf(transport.withDevice(device)) };
}
