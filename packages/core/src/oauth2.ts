// Where the vendor's id_token page puts a tenant's OAuth 2 endpoints, under its base URL (`https://{your_domain}`):
// the issuer of its id_tokens, and their signing keys. Written once, for the SDK and the mock alike.

/** The path of a tenant's OAuth 2 endpoints under its base URL; `<baseUrl>/api/v1/oauth2` is its id_tokens' `iss`. */
export const OAUTH2_PATH = "/api/v1/oauth2";

/** The path of a tenant's id_token signing keys (a JSON Web Key Set) under its base URL. */
export const JWKS_PATH = `${OAUTH2_PATH}/keys`;
