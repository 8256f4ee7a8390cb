// `@idaas-sdk/ciam/raw`: the main entry, plus `raw` on the client: the typed openapi-fetch client of the spec's
// paths, for their exact shapes. Its own entry, so that the main one does not carry openapi-fetch.
import { type RawClientOf, rawClientOf } from "@idaas-sdk/core/internal";
import createClient, { type Client } from "openapi-fetch";
import type { CiamClient, CiamClientOptions, CiamPaths } from "./client.js";
import { createCiamCore, operationFunctions } from "./generated/functions.js";

export * from "./index.js";

export interface CiamRawClient extends RawClientOf<CiamClient, Client<CiamPaths>, CiamRawClient> {}

/** Creates a CIAM client with `raw`; checks the options first, like the main entry's. */
export function createCiamClient(options: CiamClientOptions): CiamRawClient {
  return rawClientOf(createCiamCore(options), operationFunctions, createClient<CiamPaths>);
}
