// `@idaas-sdk/eiam/raw`: the main entry, plus `raw` on the client: the typed openapi-fetch client of the spec's
// paths, for their exact shapes. Its own entry, so that the main one does not carry openapi-fetch.
import { type RawClientOf, rawClientOf } from "@idaas-sdk/core/internal";
import createClient, { type Client } from "openapi-fetch";
import type { EiamClient, EiamClientOptions, EiamPaths } from "./client.js";
import { createEiamCore, operationFunctions } from "./generated/functions.js";

export * from "./index.js";

export interface EiamRawClient extends RawClientOf<EiamClient, Client<EiamPaths>, EiamRawClient> {}

/** Creates an EIAM client with `raw`; checks the options first, like the main entry's. */
export function createEiamClient(options: EiamClientOptions): EiamRawClient {
  return rawClientOf(createEiamCore(options), operationFunctions, createClient<EiamPaths>);
}
