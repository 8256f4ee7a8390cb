// The claims of an id_token, typed: the standard ones and the vendor's user claims, each checked to be of its type
// so that the types do not lie, and the user of the `api` claim (a JSON string inside the token) parsed.
import type { JWTPayload } from "jose";
import { IdaasTokenError } from "./errors.js";

/** The user, as carried by the `api` claim (a JSON string inside the token). */
export interface IdTokenUser {
  /** The IDaaS user id. */
  id?: string;
  name?: string;
  userName?: string;
  mobile?: string;
  email?: string;
  [claim: string]: unknown;
}

/** An id_token's claims: the standard ones, the vendor's user claims, and the parsed `api` claim. */
export interface IdTokenClaims {
  /** Issuer: the tenant's `<baseUrl>/api/v1/oauth2`. */
  iss?: string;
  /** Subject: the user (the vendor puts the user name). */
  sub?: string;
  /** Audience: the client id (or ids) the token was issued to. */
  aud?: string | string[];
  /** Expiry, in seconds since the epoch. */
  exp?: number;
  /** Issued at, in seconds since the epoch. */
  iat?: number;
  /** Not before, in seconds since the epoch. */
  nbf?: number;
  /** The token's unique id. */
  jti?: string;
  /** The IDaaS user id. */
  id?: string;
  name?: string;
  userName?: string;
  mobile?: string;
  email?: string;
  /** The `api` claim parsed; undefined when the token has none. */
  api: IdTokenUser | undefined;
  [claim: string]: unknown;
}

/** The claims of a token `verifyIdToken` accepted: its issuer, audience, expiry and issue time are there. */
export interface VerifiedIdTokenClaims extends IdTokenClaims {
  iss: string;
  aud: string | string[];
  exp: number;
  iat: number;
}

const TEXT_CLAIMS = ["iss", "sub", "jti", "id", "name", "userName", "mobile", "email"] as const;
const TIME_CLAIMS = ["exp", "iat", "nbf"] as const;
const USER_CLAIMS = ["id", "name", "userName", "mobile", "email"] as const;

const malformed = (problem: string) => new IdaasTokenError("malformed", `the id_token's ${problem}`);

/**
 * Checks each typed claim of `claims` (a copy, changed in place): a wrong type is a `malformed` IdaasTokenError
 * naming the claim, never its value; null counts as absent and is dropped.
 */
function checkTypes(
  claims: Record<string, unknown>,
  names: readonly string[],
  type: "string" | "number",
  label: (name: string) => string,
): void {
  for (const name of names) {
    const value = claims[name];
    if (value === null) delete claims[name];
    else if (value !== undefined && typeof value !== type) throw malformed(`${label(name)} is not a ${type}`);
  }
}
const claim = (name: string) => `"${name}" claim`;

/** The claims of a decoded or verified payload, typed and checked, with the user of `api` parsed. */
export function readClaims(payload: JWTPayload): IdTokenClaims {
  const { api, ...claims } = payload as Record<string, unknown>;
  checkTypes(claims, TEXT_CLAIMS, "string", claim);
  checkTypes(claims, TIME_CLAIMS, "number", claim);
  const { aud } = claims;
  if (aud === null) delete claims.aud;
  else if (aud !== undefined && typeof aud !== "string" && !(Array.isArray(aud) && aud.every(isString))) {
    throw malformed('"aud" claim is neither a string nor an array of strings');
  }
  if (api === undefined || api === null) return { ...claims, api: undefined };
  let user: unknown = api;
  if (typeof api === "string") {
    try {
      user = JSON.parse(api);
    } catch {
      throw malformed('"api" claim is not JSON');
    }
  }
  if (typeof user !== "object" || user === null || Array.isArray(user)) {
    throw malformed('"api" claim is not a JSON object');
  }
  const parsed = { ...(user as Record<string, unknown>) };
  checkTypes(parsed, USER_CLAIMS, "string", (name) => `"api" claim's "${name}"`);
  return { ...claims, api: parsed };
}

const isString = (value: unknown): value is string => typeof value === "string";
