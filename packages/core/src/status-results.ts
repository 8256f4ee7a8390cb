// The results of the calls that answer a login-like `status` (SUCCESS, MFA_AUTH, PASSWORD_WARN, PASSWORD_EXPIRED,
// ACCESS_DENIED), the same in both products, and the one reader that turns a 200 body into one of them: it reads
// `status`, refuses a value the operation does not document, and reads the body with that status's reader. An
// operation's result type is `ResultOf<its documented statuses>`; each product asserts that every status its spec
// documents has a reader here and that its schemas still fit the ones below (`StatusBodiesFit`).

import type { PasswordPolicy } from "./password.js";
import { type BodyReader, readBody, readStatus, unknownStatus } from "./read.js";
import type { Scrubber } from "./redact.js";
import { sessionOf } from "./results.js";

/** The user is logged in. */
export interface LoginSuccessResult {
  status: "SUCCESS";
  sessionToken: string;
  /** Seconds the session token stays valid. */
  expire: number;
  idToken: string;
}

/** A second factor is needed: pass `stateToken` to the MFA call of a method in `mfaMethods` (`verifyMfaEmail`, …). */
export interface MfaAuthResult {
  status: "MFA_AUTH";
  stateToken: string;
  /** The second factors the user may use, e.g. `["EMAIL"]`. */
  mfaMethods: string[];
}

/**
 * The password expires soon. The user has no session yet: pass `stateToken` to `updatePassword` (change it now) or
 * to `skipPasswordUpdate` (keep it for now); either logs the user in.
 */
export interface PasswordWarnResult {
  status: "PASSWORD_WARN";
  stateToken: string;
  passwordPolicy: PasswordPolicy;
}

/** The password has expired. The user has no session yet: pass `stateToken` to `updatePassword` to log in. */
export interface PasswordExpiredResult {
  status: "PASSWORD_EXPIRED";
  stateToken: string;
  passwordPolicy: PasswordPolicy;
}

/** The tenant's policy refused the login. */
export interface AccessDeniedResult {
  status: "ACCESS_DENIED";
  /** The service's explanation, as text. */
  reason: string;
  stateToken?: string;
}

/** The result of each `status` value a call can answer. */
export interface StatusResults {
  SUCCESS: LoginSuccessResult;
  MFA_AUTH: MfaAuthResult;
  PASSWORD_WARN: PasswordWarnResult;
  PASSWORD_EXPIRED: PasswordExpiredResult;
  ACCESS_DENIED: AccessDeniedResult;
}
export type ResultStatus = keyof StatusResults;
/** The result of a call whose 200 body documents the `status` values `Status`: the union of their results. */
export type ResultOf<Status extends ResultStatus> = StatusResults[Status];

/** The 200 body of each `status`, as the spec names its fields: what the readers below read. */
export interface StatusSchemas {
  SUCCESS: { status: "SUCCESS"; session_token: string; expire: number; id_token: string };
  MFA_AUTH: { status: "MFA_AUTH"; state_token: string; data: string };
  PASSWORD_WARN: { status: "PASSWORD_WARN"; state_token: string; data: string };
  PASSWORD_EXPIRED: { status: "PASSWORD_EXPIRED"; state_token: string; data: string };
  ACCESS_DENIED: { status: "ACCESS_DENIED"; state_token?: string; data: string };
}

const isMfaMethods = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string" && item !== "");
const isPolicy = (value: unknown): value is PasswordPolicy => {
  if (typeof value !== "object" || value === null) return false;
  const policy = value as Record<keyof PasswordPolicy, unknown>;
  // The spec's bounds: minLength ≥ 0, maxLength ≥ 1 (checkPassword refuses a negative length).
  return (
    Number.isInteger(policy.minLength) &&
    (policy.minLength as number) >= 0 &&
    Number.isInteger(policy.maxLength) &&
    (policy.maxLength as number) >= 1 &&
    typeof policy.regEx === "string" &&
    typeof policy.tip === "string"
  );
};

/** The state token and the password policy of PASSWORD_WARN and PASSWORD_EXPIRED. */
function passwordState(read: BodyReader<StatusSchemas["PASSWORD_WARN" | "PASSWORD_EXPIRED"]>) {
  const { minLength, maxLength, regEx, tip } = read.json("data", isPolicy, POLICY);
  // A fresh object of the known fields only: no other key of the service's JSON (`__proto__` included) gets through.
  return { stateToken: read.string("state_token"), passwordPolicy: { minLength, maxLength, regEx, tip } };
}
const POLICY = "a JSON password policy (minLength, maxLength, regEx, tip)";

/** What each status's reader reads: its result without the status. */
type Fields<Status extends ResultStatus> = Omit<StatusResults[Status], "status">;

/** Each status's reader: a status without one fails to compile here. */
const READERS: { [Status in ResultStatus]: (read: BodyReader<StatusSchemas[Status]>) => Fields<Status> } = {
  SUCCESS: sessionOf,
  MFA_AUTH: (read) => ({
    stateToken: read.string("state_token"),
    mfaMethods: read.json("data", isMfaMethods, "a non-empty JSON array of method names"),
  }),
  PASSWORD_WARN: passwordState,
  PASSWORD_EXPIRED: passwordState,
  ACCESS_DENIED(read) {
    const stateToken = read.optionalString("state_token");
    return { reason: read.string("data"), ...(stateToken !== undefined && { stateToken }) };
  },
};

/**
 * The result of a 200 body that answers a `status`: one of the operation's documented `resultStatuses` (its
 * generated facts), read by that status's reader. Any other value is an IdaasResponseError (quoted scrubbed).
 */
export function toStatusResult<Status extends ResultStatus>(
  operation: string,
  body: unknown,
  scrub: () => Scrubber,
  fact: { readonly resultStatuses: readonly Status[] },
): ResultOf<Status> {
  const status = readStatus(operation, body, "status" satisfies keyof StatusSchemas[Status]) as Status;
  if (!fact.resultStatuses.includes(status)) return unknownStatus(operation, status, scrub);
  const fields: Fields<Status> = READERS[status](readBody(operation, body, status));
  // A status and the fields its reader read are its result; TypeScript cannot join them for a generic status.
  return { status, ...fields } as ResultOf<Status>;
}
