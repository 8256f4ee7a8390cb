// id_token helpers, in their own entry point so that the main bundle does not carry jose.

import { decodeJwt, type JSONWebKeySet, type JWTPayload, jwtVerify } from "jose";
import { checkServiceUrl } from "./config.js";
import { IdaasTokenError } from "./errors.js";
import { type IdTokenClaims, readClaims, type VerifiedIdTokenClaims } from "./id-token-claims.js";
import { rejection, type VerificationContext } from "./id-token-errors.js";
import { type KeySource, localKeys, type RemoteKeysOptions, remoteKeys, sharedRemoteKeys } from "./id-token-keys.js";
import { JWKS_PATH, OAUTH2_PATH } from "./oauth2.js";

export type { IdTokenClaims, IdTokenUser, VerifiedIdTokenClaims } from "./id-token-claims.js";

/** The tenant by its base URL: its issuer and its keys' address follow from it. */
interface TenantByBaseUrl {
  /**
   * The tenant's base URL, the client's `baseUrl`: the token's `iss` must be `<baseUrl>/api/v1/oauth2`, and its keys
   * are fetched from `<baseUrl>/api/v1/oauth2/keys`, where the vendor's id_token page puts them. `https://…`, or
   * `http://` to localhost / 127.0.0.1 / [::1] (the mock).
   */
  baseUrl: string;
  /** The issuer, when it is not the one `baseUrl` gives. */
  issuer?: string;
}
/** The tenant by its issuer, with its keys given. */
interface TenantByIssuer {
  baseUrl?: undefined;
  /** The tenant's issuer, `<baseUrl>/api/v1/oauth2`: the token's `iss` must equal it (OpenID Connect Core §3.1.3.7). */
  issuer: string;
}
interface KeysAt {
  /** The tenant's JWKS address: `https://…`, or `http://` to localhost / 127.0.0.1 / [::1]. */
  jwksUri: string;
  jwks?: undefined;
}
interface KeysHeld {
  /** A JSON Web Key Set held by the app. */
  jwks: JSONWebKeySet;
  jwksUri?: undefined;
}
/**
 * The tenant whose id_tokens are verified: its `baseUrl` (the issuer and the keys follow from it; `issuer` and
 * `jwksUri` or `jwks` override them), or its `issuer` with `jwksUri` or `jwks`.
 */
export type IdTokenTenant = (TenantByBaseUrl & (Partial<KeysAt> | KeysHeld)) | (TenantByIssuer & (KeysAt | KeysHeld));

/** How the tenant's JWKS is downloaded and the token's times checked. */
interface VerificationLimits {
  /** Seconds of clock skew tolerated for `exp` and `nbf`. Default 0. */
  clockTolerance?: number;
  /** Milliseconds the download of the JWKS may take, reading it included. Default 5000. */
  timeoutMs?: number;
  /** Largest JWKS read, in bytes; past it the download is cancelled. Default 65 536 (64 KiB). */
  maxResponseBytes?: number;
  /** A `fetch` to download the JWKS with instead of the global one (it must not follow redirects). */
  fetch?: typeof globalThis.fetch;
}

/** The options of {@link verifyIdToken}: the tenant (`baseUrl`, or `issuer` with its keys) and your `audience`. */
export type VerifyIdTokenOptions = VerificationLimits & {
  /** Your application's client id (or ids): the token's `aud` must contain one of them. */
  audience: string | string[];
  /** The time to check `exp` / `nbf` against; default now. */
  currentDate?: Date;
} & IdTokenTenant;

/** The options of {@link createIdTokenVerifier}: the tenant (`baseUrl`, or `issuer` with its keys) and your `clientId`. */
export type IdTokenVerifierOptions = VerificationLimits & {
  /** Your application's client id (or ids): each token's `aud` must contain one of them. */
  clientId: string | string[];
  /** The clock to check `exp` / `nbf` against, in milliseconds since the epoch, like `Date.now` (the default). */
  now?: () => number;
} & IdTokenTenant;

/** Verifies the id_tokens of one tenant for one application, with one key set fetched once and cached. */
export interface IdTokenVerifier {
  /** Verifies `idToken` as {@link verifyIdToken} does and returns its claims. */
  verify(idToken: string): Promise<VerifiedIdTokenClaims>;
  /** The issuer each token must name (`<baseUrl>/api/v1/oauth2` unless `issuer` was given). */
  readonly issuer: string;
  /** Where the keys are fetched from; undefined when `jwks` holds them. */
  readonly jwksUri: string | undefined;
}

const DEFAULT_JWKS_TIMEOUT_MS = 5_000;
/** A tenant's JWKS holds a few keys, about 500 bytes each. */
const DEFAULT_JWKS_MAX_BYTES = 64 * 1024;

/** Decodes an id_token WITHOUT verifying it: for display only. Use {@link verifyIdToken} to trust it. */
export function decodeIdToken(idToken: string): IdTokenClaims {
  let payload: JWTPayload;
  try {
    payload = decodeJwt(idToken);
  } catch {
    throw new IdaasTokenError("malformed", "the id_token is not a well-formed JWT");
  }
  return readClaims(payload);
}

const badOption = (name: string, problem: string): never => {
  throw new IdaasTokenError("options", `options.${name} ${problem}`);
};

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** An address option, checked like a client's `baseUrl`. Messages never repeat its credentials. */
const checkAddress = (name: "baseUrl" | "jwksUri", value: unknown): URL =>
  checkServiceUrl(name, value, (field, problem) => new IdaasTokenError("options", `options.${field} ${problem}`));

interface CheckedOptions {
  keys: KeySource;
  jwksUri: string | undefined;
  context: VerificationContext;
  clockTolerance: number | undefined;
}

type GivenOptions = Record<
  keyof VerificationLimits | "baseUrl" | "issuer" | "jwksUri" | "jwks" | "audience" | "clientId",
  unknown
>;

/** Checks the options both verifications share; a bad one is an {@link IdaasTokenError} with reason `options`. */
function checkOptions(
  given: GivenOptions,
  audienceFrom: "audience" | "clientId",
  keysOf: (options: RemoteKeysOptions) => KeySource,
): CheckedOptions {
  let base: string | undefined;
  if (given.baseUrl !== undefined) {
    const url = checkAddress("baseUrl", given.baseUrl);
    // An empty query (`…?`) counts too: the tenant's paths would be added to it.
    if (url.href.includes("?")) {
      badOption("baseUrl", "must not contain a query (?…): the tenant's paths are added to it; remove it");
    }
    base = url.href.replace(/\/+$/, "");
  }
  let issuer: string;
  if (given.issuer !== undefined || base === undefined) {
    issuer = isText(given.issuer)
      ? given.issuer
      : badOption("issuer", "must be a non-empty string (or give options.baseUrl, the tenant's address, instead)");
  } else {
    issuer = `${base}${OAUTH2_PATH}`;
  }
  const clientIds = given[audienceFrom];
  const audience =
    isText(clientIds) || (Array.isArray(clientIds) && clientIds.length > 0 && clientIds.every(isText))
      ? (clientIds as string | string[])
      : badOption(audienceFrom, "must be a non-empty string or a non-empty array of them (your client id)");
  const { clockTolerance, timeoutMs, maxResponseBytes, fetch } = given;
  if (
    clockTolerance !== undefined &&
    !(typeof clockTolerance === "number" && Number.isFinite(clockTolerance) && clockTolerance >= 0)
  ) {
    badOption("clockTolerance", "must be a non-negative number of seconds");
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
  if (fetch !== undefined && typeof fetch !== "function") badOption("fetch", "must be a function");
  if (given.jwks !== undefined && given.jwksUri !== undefined) {
    throw new IdaasTokenError("options", "give options.jwksUri or options.jwks, not both");
  }
  const limits = {
    timeoutMs: (timeoutMs as number | undefined) ?? DEFAULT_JWKS_TIMEOUT_MS,
    maxBytes: (maxResponseBytes as number | undefined) ?? DEFAULT_JWKS_MAX_BYTES,
    fetch: fetch as typeof globalThis.fetch | undefined,
  };
  let keys: KeySource;
  let jwksUri: string | undefined;
  if (given.jwks !== undefined) {
    keys = localKeys(given.jwks) ?? badOption("jwks", "must be a JSON Web Key Set ({ keys: [...] })");
  } else if (given.jwksUri !== undefined || base === undefined) {
    if (given.jwksUri === undefined) {
      throw new IdaasTokenError(
        "options",
        "options.jwksUri or options.jwks is needed when options.baseUrl is not given",
      );
    }
    const url = checkAddress("jwksUri", given.jwksUri);
    keys = keysOf({ url, from: "options.jwksUri", ...limits });
    jwksUri = url.href;
  } else {
    const url = new URL(`${base}${JWKS_PATH}`);
    keys = keysOf({ url, from: "options.baseUrl", ...limits });
    jwksUri = url.href;
  }
  return {
    keys,
    jwksUri,
    clockTolerance: clockTolerance as number | undefined,
    context: {
      keys,
      issuer,
      issuerFrom: given.issuer === undefined ? "options.baseUrl" : "options.issuer",
      audience: typeof audience === "string" ? [audience] : audience,
      audienceFrom: `options.${audienceFrom}`,
      timeoutMs: limits.timeoutMs,
    },
  };
}

const requireOptions = (options: unknown, needs: string): GivenOptions => {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new IdaasTokenError("options", needs);
  }
  return options as GivenOptions;
};

async function verifyWith(
  idToken: string,
  checked: CheckedOptions,
  currentDate: Date | undefined,
): Promise<VerifiedIdTokenClaims> {
  if (typeof idToken !== "string" || idToken === "") {
    throw new IdaasTokenError("malformed", "the id_token is not a non-empty string");
  }
  const { context, clockTolerance } = checked;
  try {
    const { payload } = await jwtVerify(idToken, checked.keys.keys, {
      algorithms: ["RS256"],
      issuer: context.issuer,
      audience: [...context.audience],
      requiredClaims: ["exp", "iat"],
      ...(clockTolerance !== undefined && { clockTolerance }),
      ...(currentDate !== undefined && { currentDate }),
    });
    // jose checked iss, aud, exp and iat are there; readClaims checks every typed claim's type.
    return readClaims(payload) as VerifiedIdTokenClaims;
  } catch (error) {
    throw rejection(error, idToken, context);
  }
}

/**
 * Verifies the id_token as OpenID Connect requires: its RS256 signature against the tenant's keys, `iss` equal to
 * the tenant's issuer, `aud` containing `audience`, and `exp` and `iat` present (and `exp` / `nbf` in force);
 * returns its claims. Give the tenant's `baseUrl` (the client's): the issuer is `<baseUrl>/api/v1/oauth2` and the
 * keys are at `<baseUrl>/api/v1/oauth2/keys`. Every failure, bad options included, is an {@link IdaasTokenError}
 * that says what to do; no message carries the token or a claim's value but its issuer and expiry time.
 */
export async function verifyIdToken(idToken: string, options: VerifyIdTokenOptions): Promise<VerifiedIdTokenClaims> {
  const given = requireOptions(
    options,
    "verifyIdToken needs an options object with baseUrl and audience (or issuer, audience and jwksUri or jwks)",
  );
  const checked = checkOptions(given, "audience", sharedRemoteKeys);
  const { currentDate } = given as { currentDate?: unknown };
  if (currentDate !== undefined && !(currentDate instanceof Date && Number.isFinite(currentDate.getTime()))) {
    badOption("currentDate", "must be a valid Date");
  }
  return verifyWith(idToken, checked, currentDate as Date | undefined);
}

/**
 * A verifier of the id_tokens one tenant issues to your application: the options are checked once, here, and the
 * tenant's key set is fetched on the first verification and then served from jose's cache (fetched again when it
 * is 10 minutes old, or when a token names a key it lacks, at most every 30 seconds).
 */
export function createIdTokenVerifier(options: IdTokenVerifierOptions): IdTokenVerifier {
  const given = requireOptions(
    options,
    "createIdTokenVerifier needs an options object with baseUrl and clientId (or issuer, clientId and jwksUri or jwks)",
  );
  const checked = checkOptions(given, "clientId", remoteKeys);
  const { now } = given as { now?: unknown };
  if (now !== undefined && typeof now !== "function") badOption("now", "must be a function returning milliseconds");
  const clock = now as (() => number) | undefined;
  return Object.freeze({
    issuer: checked.context.issuer,
    jwksUri: checked.jwksUri,
    verify(idToken: string): Promise<VerifiedIdTokenClaims> {
      if (!clock) return verifyWith(idToken, checked, undefined);
      const date = new Date(clock());
      if (!Number.isFinite(date.getTime())) {
        return Promise.reject(
          new IdaasTokenError("options", "options.now must return milliseconds since the epoch, as Date.now does"),
        );
      }
      return verifyWith(idToken, checked, date);
    },
  });
}
