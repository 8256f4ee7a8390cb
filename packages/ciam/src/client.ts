import type { ClientOptions } from "@idaas-sdk/core";
import { facadeOf, type WithInjectedHeaders } from "@idaas-sdk/core/internal";
import type { CiamClient } from "./generated/client.js";
import { createCiamCore, operationFunctions } from "./generated/functions.js";
import type { InjectedHeader } from "./generated/operations.js";
import type { paths as Paths } from "./generated/schema.js";

export type { CiamClient };

export type CiamClientOptions = ClientOptions;
/** The spec's paths, with the headers the client sets itself made optional. */
export type CiamPaths = WithInjectedHeaders<Paths, InjectedHeader>;

/** Creates a CIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createCiamClient(options: CiamClientOptions): CiamClient {
  return facadeOf(createCiamCore(options), operationFunctions);
}
