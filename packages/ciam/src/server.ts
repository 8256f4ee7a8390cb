// `@idaas-sdk/ciam/server`: a request guard for servers, out of the main bundle. The logic is core's; with a verifier
// from `@idaas-sdk/ciam/id-token` it gives the claims of the CIAM id_token a request carries.
export * from "@idaas-sdk/core/server";
