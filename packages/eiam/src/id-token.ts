// `@idaas-sdk/eiam/id-token`: verifying and decoding id_tokens (core's, with jose), out of the main bundle.
export * from "@idaas-sdk/core/id-token";
