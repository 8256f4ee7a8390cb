import type { ClientOptions } from "@idaas-sdk/core";
import { facadeOf, type WithInjectedHeaders } from "@idaas-sdk/core/internal";
import type { EiamClient } from "./generated/client.js";
import { createEiamCore, operationFunctions } from "./generated/functions.js";
import type { InjectedHeader } from "./generated/operations.js";
import type { paths as Paths } from "./generated/schema.js";

export type { EiamClient };

export type EiamClientOptions = ClientOptions;
/** The spec's paths, with the headers the client sets itself made optional. */
export type EiamPaths = WithInjectedHeaders<Paths, InjectedHeader>;

/** Creates an EIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createEiamClient(options: EiamClientOptions): EiamClient {
  return facadeOf(createEiamCore(options), operationFunctions);
}
