// The main entry: the client, its inputs and results, the errors; what both products give of core is core's
// /product-entry, re-exported as a whole.

export type { MfaAuthResult } from "@idaas-sdk/core";
export * from "@idaas-sdk/core/product-entry";
export { createEiamClient, type EiamClient, type EiamClientOptions, type EiamPaths } from "./client.js";
export { type EiamApiError, type EiamErrorCode, isIdaasApiError, isIdaasApiError as isEiamApiError } from "./errors.js";
export type * from "./generated/inputs.js";
export type * from "./generated/results.js";
export type { components, operations, paths } from "./generated/schema.js";
export type { MobileByStateTokenResult, PasswordUpdateResult, RegisterResult } from "./results.js";
