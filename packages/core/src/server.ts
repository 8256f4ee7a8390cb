// A request guard for servers, in its own entry (`@idaas-sdk/core/server`, each product's `/server`): it takes the
// token from a request, has the app's verifier check it, and gives the claims or an IdaasAuthError that says how to
// answer. It holds no jose and no framework: the verifier comes from the /id-token entry (or any object with
// `verify`), the request is anything with Web or Node headers.
import { IdaasConfigError, IdaasTokenError } from "./errors.js";
import { IdaasAuthError } from "./server-error.js";
import { checkCookieName, findToken, headersOf, type RequestWithHeaders } from "./server-token.js";

export { type AuthFailure, IdaasAuthError } from "./server-error.js";
export type { HeadersLike, NodeHeaders, RequestWithHeaders } from "./server-token.js";

export interface AuthenticateOptions {
  /** A cookie that holds the id_token, read when the request has no `Authorization: Bearer` header. */
  cookie?: string;
  /** The `realm` of the `WWW-Authenticate` challenge. Default `"api"`. */
  realm?: string;
}

/** What {@link authenticate} needs of a verifier: `createIdTokenVerifier`'s, or your own. */
export interface TokenVerifier<Claims> {
  verify(token: string): Promise<Claims>;
}

// The verifications that fail for the server's side, not the client's: the tenant's keys could not be fetched, read
// or used (IdaasTokenError reasons from the /id-token entry; ERR_JOSE_GENERIC is jose's "key set is not JSON").
const KEYS_UNAVAILABLE = new Set([
  "jwks-unavailable",
  "jwks-too-large",
  "ERR_JWKS_TIMEOUT",
  "ERR_JWKS_INVALID",
  "ERR_JOSE_GENERIC",
]);

// A realm is a quoted-string in the challenge: printable ASCII without the quote and the backslash.
const REALM = /^[\x20\x21\x23-\x5b\x5d-\x7e]+$/;

const SEND = 'send the id_token as "Authorization: Bearer <id_token>"';

/**
 * Authenticates a request by its id_token: from `Authorization: Bearer <token>` (the scheme in any case, exactly one
 * token) or, without one, from the cookie `options.cookie`; verified by `verifier` (from `createIdTokenVerifier`),
 * whose claims it returns. Otherwise throws an {@link IdaasAuthError} to answer with:
 * - no token: 401, `WWW-Authenticate: Bearer realm="api"`;
 * - a malformed Authorization header (no token, two tokens): 400, `error="invalid_request"`;
 * - a token the verifier refuses (forged, expired, another audience): 401, `error="invalid_token"`;
 * - the tenant's keys unreachable (an outage, not the client's fault): 503, no challenge, the cause in the message.
 * A bad `options` or request object is an `IdaasConfigError`; anything else the verifier throws is rethrown as is.
 */
export async function authenticate<Claims>(
  request: RequestWithHeaders,
  verifier: TokenVerifier<Claims>,
  options: AuthenticateOptions = {},
): Promise<Claims> {
  if (typeof options !== "object" || options === null) {
    throw new IdaasConfigError("options", "must be an object ({ cookie?, realm? }) or left out");
  }
  const headers = headersOf(request);
  const cookie = options.cookie === undefined ? undefined : checkCookieName(options.cookie);
  const realm = options.realm ?? "api";
  if (typeof realm !== "string" || !REALM.test(realm)) {
    throw new IdaasConfigError("options.realm", 'must be printable ASCII without " or \\');
  }
  if (typeof verifier?.verify !== "function") {
    throw new IdaasConfigError(
      "verifier",
      "must have verify(token): pass createIdTokenVerifier({ baseUrl, clientId })",
    );
  }
  const found = findToken(headers, cookie);
  if (found.kind === "none") {
    throw new IdaasAuthError({
      reason: "missing",
      realm,
      message: `no id_token in the request: ${SEND}${cookie ? ` or in the cookie "${cookie}"` : ""}`,
      description: "Send the id_token as Authorization: Bearer <id_token>",
    });
  }
  if (found.kind === "malformed") {
    throw new IdaasAuthError({
      reason: "malformed",
      realm,
      message: `${found.problem}: ${SEND}, exactly one token after "Bearer "`,
      description: "The Authorization header must be Bearer followed by exactly one token",
    });
  }
  try {
    return await verifier.verify(found.token);
  } catch (error) {
    if (!(error instanceof IdaasTokenError) || error.reason === "options") throw error;
    if (KEYS_UNAVAILABLE.has(error.reason)) {
      throw new IdaasAuthError({
        reason: "unavailable",
        realm,
        cause: error,
        message: `the id_token in ${found.from} could not be checked: ${error.message} (answered 503: not the client's fault)`,
        description: "The id_token cannot be checked now: try again later",
      });
    }
    const expired = error.reason === "ERR_JWT_EXPIRED";
    throw new IdaasAuthError({
      reason: "invalid",
      realm,
      cause: error,
      message: `the id_token in ${found.from} was refused: ${error.message}`,
      description: expired
        ? "The id_token expired: refresh it and send the new one"
        : "The id_token is not valid here: sign in again",
    });
  }
}
