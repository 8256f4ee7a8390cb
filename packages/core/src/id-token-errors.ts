// What a rejected id_token's error says: what is wrong and what to do, in terms of the options the app gave. The
// only values of the token it shows are its issuer (not a secret, and needed to see which tenant it comes from),
// its expiry time, and from its header the key id and algorithm: never another claim, never the token.
import { decodeProtectedHeader } from "jose";
import { IdaasTokenError } from "./errors.js";
import type { KeySource } from "./id-token-keys.js";
import { OAUTH2_PATH } from "./oauth2.js";

/** What a verification checked against, for its messages. */
export interface VerificationContext {
  keys: KeySource;
  issuer: string;
  /** Where the issuer came from. */
  issuerFrom: "options.baseUrl" | "options.issuer";
  audience: readonly string[];
  /** The option that gave the audience. */
  audienceFrom: "options.audience" | "options.clientId";
  timeoutMs: number;
}

/** A value of the token, shown: on one line, cut short, quoted; a non-string by its type only. */
function quoted(value: unknown, max = 100): string {
  if (typeof value !== "string") return `a ${value === null ? "null" : typeof value}`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
  return `"${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}"`;
}

/** The token's protected header, or an empty one when it cannot be read. */
function headerOf(idToken: string): { kid?: unknown; alg?: unknown } {
  try {
    return decodeProtectedHeader(idToken);
  } catch {
    return {};
  }
}

/** A time in seconds since the epoch as an ISO 8601 date, or undefined when it is none. */
function isoTime(seconds: unknown): string | undefined {
  const date = new Date(typeof seconds === "number" ? seconds * 1000 : Number.NaN);
  return Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}

function wrongIssuer(received: unknown, context: VerificationContext): string {
  const expected =
    context.issuerFrom === "options.baseUrl"
      ? `${quoted(context.issuer, 300)} (options.baseUrl followed by ${OAUTH2_PATH})`
      : `${quoted(context.issuer, 300)} (options.issuer)`;
  const check =
    context.issuerFrom === "options.baseUrl"
      ? "check that options.baseUrl is the address of the tenant and product that issued the token"
      : "check options.issuer";
  const got = typeof received === "string" ? `is ${quoted(received, 300)}` : `is not a string (${quoted(received)})`;
  return `the id_token's issuer ${got}, expected ${expected}: ${check}`;
}

function wrongAudience(context: VerificationContext): string {
  const { audience, audienceFrom } = context;
  const expected =
    audience.length === 1 ? quoted(audience[0], 300) : `any of ${audience.map((a) => quoted(a, 300)).join(", ")}`;
  return `the id_token is not for this application: its audience does not contain ${expected} (${audienceFrom}, your client id)`;
}

/** The message of a failure of jose's claim checks (its `claim` and `reason`), or undefined for its own. */
function claimProblem(error: { claim?: unknown; reason?: unknown; payload?: unknown }, context: VerificationContext) {
  const { claim, reason } = error;
  const payload = (error.payload ?? {}) as Record<string, unknown>;
  if (reason === "missing") return `the id_token has no "${String(claim)}" claim, which OpenID Connect requires`;
  if (reason === "invalid") return `the id_token's "${String(claim)}" claim is not a number`;
  if (claim === "iss") return wrongIssuer(payload.iss, context);
  if (claim === "aud") return wrongAudience(context);
  if (claim === "nbf") {
    return (
      `the id_token is not valid yet (its "nbf" is later than this machine's clock): check the clock, or allow ` +
      "for clock skew with options.clockTolerance"
    );
  }
  if (claim === "exp") {
    const at = isoTime(payload.exp);
    return `the id_token expired${at ? ` at ${at}` : ""}: refresh it with refreshIdToken`;
  }
  return undefined;
}

/** The message of a failure to find or use the tenant's keys, or undefined for another failure. */
function keyProblem(code: string, idToken: string, context: VerificationContext): string | undefined {
  const { named } = context.keys;
  const { kid, alg } = headerOf(idToken);
  const key = kid === undefined ? undefined : quoted(kid);
  switch (code) {
    case "ERR_JWKS_NO_MATCHING_KEY":
      return key
        ? `${named} have no key ${key}: the id_token was signed with another key (another tenant's or product's, ` +
            "or one the tenant no longer publishes)"
        : `${named} have no key for the id_token, whose header names no key id (kid)`;
    case "ERR_JWKS_MULTIPLE_MATCHING_KEYS":
      return `${named} have several keys that fit the id_token, whose header names no key id (kid)`;
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
      return (
        `the id_token's signature does not verify with ${key ? `key ${key} of ` : ""}${named}: the token was ` +
        "altered, or not signed by this tenant"
      );
    case "ERR_JOSE_ALG_NOT_ALLOWED":
      return `the id_token is signed with ${quoted(alg)}, not RS256 as the tenant signs its id_tokens`;
    case "ERR_JWKS_TIMEOUT":
      return `${named} did not arrive within ${context.timeoutMs} ms (options.timeoutMs)`;
    case "ERR_JWKS_INVALID":
      return `${named} are not a JSON Web Key Set`;
    default:
      return undefined;
  }
}

/** The IdaasTokenError for whatever `jwtVerify` threw; jose's code (when it has one) is its reason. */
export function rejection(error: unknown, idToken: string, context: VerificationContext): IdaasTokenError {
  if (error instanceof IdaasTokenError) return error;
  // jose's errors may carry the claims (personal data) as properties: keep only what the message needs.
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === "string" ? code : "invalid";
  const message = error instanceof Error ? error.message : String(error);
  const explained =
    code === "ERR_JWT_CLAIM_VALIDATION_FAILED" || code === "ERR_JWT_EXPIRED"
      ? claimProblem(error as Parameters<typeof claimProblem>[0], context)
      : keyProblem(reason, idToken, context);
  if (explained) return new IdaasTokenError(reason, explained);
  if (message.startsWith("Failed to parse the JSON Web Key Set")) {
    return new IdaasTokenError(reason, `${context.keys.named} are not JSON`);
  }
  return new IdaasTokenError(reason, `the id_token was rejected: ${message}`);
}
