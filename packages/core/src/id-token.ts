// id_token helpers, in their own entry point so that the main bundle does not carry jose.

import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, type JSONWebKeySet, type JWTPayload, jwtVerify } from "jose";
import { IdaasTokenError } from "./errors.js";

/** The user, as carried by the `api` claim (a JSON string inside the token). */
export interface IdTokenUser {
  name?: string;
  mobile?: string;
  id?: string;
  userName?: string;
  email?: string;
  [claim: string]: unknown;
}

export interface IdTokenClaims extends Omit<JWTPayload, "api"> {
  /** The `api` claim parsed; undefined when the token has none. */
  api: IdTokenUser | undefined;
}

export interface VerifyIdTokenOptions {
  /** The tenant's JWKS address; or pass `jwks`. */
  jwksUri?: string;
  /** A JSON Web Key Set held by the app. */
  jwks?: JSONWebKeySet;
  issuer?: string;
  audience?: string | string[];
  /** Seconds of clock skew tolerated. Default 0. */
  clockTolerance?: number;
  /** The time to check `exp` / `nbf` against; default now. */
  currentDate?: Date;
}

function withUser(payload: JWTPayload): IdTokenClaims {
  const { api, ...claims } = payload;
  if (api === undefined) return { ...claims, api: undefined };
  let user: unknown = api;
  if (typeof api === "string") {
    try {
      user = JSON.parse(api);
    } catch {
      throw new IdaasTokenError("malformed", 'the id_token\'s "api" claim is not JSON');
    }
  }
  if (typeof user !== "object" || user === null || Array.isArray(user)) {
    throw new IdaasTokenError("malformed", 'the id_token\'s "api" claim is not a JSON object');
  }
  return { ...claims, api: user as IdTokenUser };
}

/** Decodes an id_token WITHOUT verifying it: for display only. Use {@link verifyIdToken} to trust it. */
export function decodeIdToken(idToken: string): IdTokenClaims {
  let payload: JWTPayload;
  try {
    payload = decodeJwt(idToken);
  } catch {
    throw new IdaasTokenError("malformed", "the id_token is not a well-formed JWT");
  }
  return withUser(payload);
}

/** Verifies the id_token's RS256 signature (and issuer / audience / lifetime) and returns its claims. */
export async function verifyIdToken(idToken: string, options: VerifyIdTokenOptions): Promise<IdTokenClaims> {
  const keys = options.jwks
    ? createLocalJWKSet(options.jwks)
    : options.jwksUri
      ? createRemoteJWKSet(new URL(options.jwksUri))
      : undefined;
  if (!keys) throw new IdaasTokenError("options", "verifyIdToken needs options.jwksUri or options.jwks");
  try {
    const { payload } = await jwtVerify(idToken, keys, {
      algorithms: ["RS256"],
      ...(options.issuer !== undefined && { issuer: options.issuer }),
      ...(options.audience !== undefined && { audience: options.audience }),
      ...(options.clockTolerance !== undefined && { clockTolerance: options.clockTolerance }),
      ...(options.currentDate !== undefined && { currentDate: options.currentDate }),
    });
    return withUser(payload);
  } catch (error) {
    if (error instanceof IdaasTokenError) throw error;
    // jose's errors may carry the claims (personal data) as properties: keep only the code and message.
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    throw new IdaasTokenError(typeof code === "string" ? code : "invalid", `the id_token was rejected: ${message}`);
  }
}
