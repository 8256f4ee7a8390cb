// id_token helpers, in their own entry point so that the main bundle does not carry jose.

import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  type FetchImplementation,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from "jose";
import { readCappedBody } from "./capped-body.js";
import { checkServiceUrl } from "./config.js";
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

interface VerifyIdTokenCommonOptions {
  /** The tenant's issuer: the token's `iss` must equal it (OpenID Connect Core §3.1.3.7). */
  issuer: string;
  /** Your application's client id (or ids): the token's `aud` must contain one of them. */
  audience: string | string[];
  /** Seconds of clock skew tolerated for `exp`, `nbf` and `iat`. Default 0. */
  clockTolerance?: number;
  /** The time to check `exp` / `nbf` against; default now. */
  currentDate?: Date;
  /** Milliseconds the download of the JWKS from `jwksUri` may take, reading it included. Default 5000. */
  timeoutMs?: number;
  /** Largest JWKS read from `jwksUri`, in bytes; past it the download is cancelled. Default 65 536 (64 KiB). */
  maxResponseBytes?: number;
}

/** The options of {@link verifyIdToken}: `issuer`, `audience`, and the keys as exactly one of `jwksUri` or `jwks`. */
export type VerifyIdTokenOptions = VerifyIdTokenCommonOptions &
  (
    | {
        /** The tenant's JWKS address: `https://…`, or `http://` to localhost / 127.0.0.1 / [::1]. */
        jwksUri: string;
        jwks?: undefined;
      }
    | {
        /** A JSON Web Key Set held by the app. */
        jwks: JSONWebKeySet;
        jwksUri?: undefined;
      }
  );

const DEFAULT_JWKS_TIMEOUT_MS = 5_000;
/** A tenant's JWKS holds a few keys, about 500 bytes each. */
const DEFAULT_JWKS_MAX_BYTES = 64 * 1024;

/**
 * jose's fetch of the JWKS, reading at most `maxBytes` of it. jose passes `redirect: "manual"` (a redirect is an
 * error, never followed) and a signal that aborts after its timeoutDuration, which then covers reading the body too.
 */
function cappedFetch(maxBytes: number): FetchImplementation {
  return async (url, init) => {
    const response = await globalThis.fetch(url, init);
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return response; // jose refuses it
    }
    const tooLarge = () =>
      new IdaasTokenError(
        "jwks-too-large",
        `the JSON Web Key Set from options.jwksUri is larger than options.maxResponseBytes (${maxBytes} bytes); ` +
          "reading stopped. Raise options.maxResponseBytes if the tenant's key set really is that large",
      );
    const body = await readCappedBody(response, maxBytes, init.signal, tooLarge);
    return new Response(body as BodyInit, { status: 200 });
  };
}

// One remote key set per address and limits, so that jose's cache (and its cooldown between fetches) serves every
// call instead of each call downloading the JWKS again. Bounded: an app verifies against a few tenants.
const remoteKeySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
const MAX_REMOTE_KEY_SETS = 32;

function remoteKeys(url: URL, timeoutDuration: number, maxBytes: number): ReturnType<typeof createRemoteJWKSet> {
  const key = `${timeoutDuration} ${maxBytes} ${url.href}`;
  let keys = remoteKeySets.get(key);
  if (!keys) {
    if (remoteKeySets.size >= MAX_REMOTE_KEY_SETS) remoteKeySets.delete(remoteKeySets.keys().next().value as string);
    keys = createRemoteJWKSet(url, { timeoutDuration, [customFetch]: cappedFetch(maxBytes) });
    remoteKeySets.set(key, keys);
  }
  return keys;
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

const badOption = (name: string, problem: string): never => {
  throw new IdaasTokenError("options", `options.${name} ${problem}`);
};

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** The JWKS address, checked like a client's `baseUrl` (query allowed). Messages never repeat its credentials. */
const checkJwksUri = (value: unknown): URL =>
  checkServiceUrl("jwksUri", value, (name, problem) => new IdaasTokenError("options", `options.${name} ${problem}`));

interface CheckedOptions {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string | string[];
  clockTolerance: number | undefined;
  currentDate: Date | undefined;
}

/** Checks every option before anything is fetched; a bad one is an {@link IdaasTokenError} with reason `options`. */
function checkOptions(options: unknown): CheckedOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new IdaasTokenError(
      "options",
      "verifyIdToken needs an options object with issuer, audience and jwksUri or jwks",
    );
  }
  const given = options as Record<keyof VerifyIdTokenCommonOptions | "jwksUri" | "jwks", unknown>;
  const issuer = isText(given.issuer) ? given.issuer : badOption("issuer", "must be a non-empty string");
  const audience =
    isText(given.audience) ||
    (Array.isArray(given.audience) && given.audience.length > 0 && given.audience.every(isText))
      ? (given.audience as string | string[])
      : badOption("audience", "must be a non-empty string or a non-empty array of them (your client id)");
  const { clockTolerance, currentDate, timeoutMs, maxResponseBytes } = given;
  if (
    clockTolerance !== undefined &&
    !(typeof clockTolerance === "number" && Number.isFinite(clockTolerance) && clockTolerance >= 0)
  ) {
    badOption("clockTolerance", "must be a non-negative number of seconds");
  }
  if (currentDate !== undefined && !(currentDate instanceof Date && Number.isFinite(currentDate.getTime()))) {
    badOption("currentDate", "must be a valid Date");
  }
  if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    badOption("timeoutMs", "must be a positive number of milliseconds");
  }
  if (
    maxResponseBytes !== undefined &&
    !(typeof maxResponseBytes === "number" && Number.isSafeInteger(maxResponseBytes) && maxResponseBytes > 0)
  ) {
    badOption("maxResponseBytes", "must be a positive integer number of bytes");
  }
  if (given.jwks !== undefined && given.jwksUri !== undefined) {
    throw new IdaasTokenError("options", "verifyIdToken takes options.jwksUri or options.jwks, not both");
  }
  let keys: CheckedOptions["keys"];
  if (given.jwks !== undefined) {
    const jwks = given.jwks as { keys?: unknown } | null;
    if (typeof jwks !== "object" || jwks === null || !Array.isArray(jwks.keys)) {
      return badOption("jwks", "must be a JSON Web Key Set ({ keys: [...] })");
    }
    try {
      keys = createLocalJWKSet(jwks as JSONWebKeySet);
    } catch {
      return badOption("jwks", "must be a JSON Web Key Set ({ keys: [...] })");
    }
  } else if (given.jwksUri !== undefined) {
    keys = remoteKeys(
      checkJwksUri(given.jwksUri),
      Math.ceil((timeoutMs as number | undefined) ?? DEFAULT_JWKS_TIMEOUT_MS),
      (maxResponseBytes as number | undefined) ?? DEFAULT_JWKS_MAX_BYTES,
    );
  } else {
    throw new IdaasTokenError("options", "verifyIdToken needs options.jwksUri or options.jwks");
  }
  return {
    keys,
    issuer,
    audience,
    clockTolerance: clockTolerance as number | undefined,
    currentDate: currentDate as Date | undefined,
  };
}

/**
 * Verifies the id_token as OpenID Connect requires: its RS256 signature against the tenant's keys, `iss` equal to
 * `issuer`, `aud` containing `audience`, and `exp` and `iat` present (and `exp` / `nbf` in force); returns its
 * claims. Every failure, bad options included, is an {@link IdaasTokenError}; no message carries the token or a
 * claim's value.
 */
export async function verifyIdToken(idToken: string, options: VerifyIdTokenOptions): Promise<IdTokenClaims> {
  const checked = checkOptions(options);
  if (typeof idToken !== "string" || idToken === "") {
    throw new IdaasTokenError("malformed", "the id_token is not a non-empty string");
  }
  try {
    const { payload } = await jwtVerify(idToken, checked.keys, {
      algorithms: ["RS256"],
      issuer: checked.issuer,
      audience: checked.audience,
      requiredClaims: ["exp", "iat"],
      ...(checked.clockTolerance !== undefined && { clockTolerance: checked.clockTolerance }),
      ...(checked.currentDate !== undefined && { currentDate: checked.currentDate }),
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
