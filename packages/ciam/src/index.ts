// The main entry: the client, its inputs and results, the errors; what both products give of core is core's
// /product-entry, re-exported as a whole.
export * from "@idaas-sdk/core/product-entry";
export { type CiamClient, type CiamClientOptions, type CiamPaths, createCiamClient } from "./client.js";
export { type CiamApiError, type CiamErrorCode, isIdaasApiError, isIdaasApiError as isCiamApiError } from "./errors.js";
export type * from "./generated/inputs.js";
export type * from "./generated/results.js";
export type { components, operations, paths } from "./generated/schema.js";
export type { PasswordUpdateResult, RegisterResult } from "./results.js";
