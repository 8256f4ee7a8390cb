// The results of the CIAM calls: camelCase, discriminated on `status`, every field typed from the generated
// schema, and the mapping from the service's body to them.

import {
  type Assert,
  type Equal,
  readBody,
  readStatus,
  type Scrubber,
  type SharedSchemas,
  unknownStatus,
} from "@idaas-sdk/core/internal";
import { type Schemas, type SuccessStatus, statusField } from "./facts.js";

type Success = Schemas["LoginSuccess"];
type Warn = Schemas["PasswordWarn"];
type Expired = Schemas["PasswordExpired"];
type Denied = Schemas["AccessDenied"];
type Policy = Schemas["PasswordPolicy"];

/** The user is logged in. */
export interface LoginSuccessResult {
  status: Success["status"];
  sessionToken: Success["session_token"];
  /** Seconds the session token stays valid. */
  expire: Success["expire"];
  idToken: Success["id_token"];
}

/** The tenant's password policy: check a new password with `checkPassword`, show `tip` to the user. */
export interface PasswordPolicy {
  minLength: Policy["minLength"];
  maxLength: Policy["maxLength"];
  regEx: Policy["regEx"];
  tip: Policy["tip"];
}

/**
 * The password expires soon. The user has no session yet: pass `stateToken` to `updatePassword` (change it now) or
 * to `skipPasswordUpdate` (keep it for now); either logs the user in.
 */
export interface PasswordWarnResult {
  status: Warn["status"];
  stateToken: Warn["state_token"];
  passwordPolicy: PasswordPolicy;
}

/** The password has expired. The user has no session yet: pass `stateToken` to `updatePassword` to log in. */
export interface PasswordExpiredResult {
  status: Expired["status"];
  stateToken: Expired["state_token"];
  passwordPolicy: PasswordPolicy;
}

/** The tenant's policy refused the login. */
export interface AccessDeniedResult {
  status: Denied["status"];
  /** The service's explanation, as text. */
  reason: Denied["data"];
  stateToken?: Denied["state_token"];
}

export type LoginWithMobilePasswordResult =
  | LoginSuccessResult
  | PasswordWarnResult
  | PasswordExpiredResult
  | AccessDeniedResult;
export type LoginWithEmailCodeResult = LoginSuccessResult;
export type LoginWithMobileCodeResult = LoginSuccessResult;
/** The result of `updatePassword` and of `skipPasswordUpdate`. */
export type PasswordUpdateResult = LoginSuccessResult | AccessDeniedResult;

// The captcha and refresh results are the same in both products: @idaas-sdk/core has them and their readers.
export type { CaptchaChallengeResult, RefreshIdTokenResult, VerifyCaptchaResult } from "@idaas-sdk/core";
export { toCaptchaChallenge, toCaptchaToken, toIdTokenRefresh } from "@idaas-sdk/core/internal";
export type _SharedSchemas = Assert<
  [Schemas["CaptchaChallenge"], Schemas["CaptchaVerifyResult"], Schemas["IdTokenRefresh"]] extends [
    SharedSchemas["CaptchaChallenge"],
    SharedSchemas["CaptchaVerifyResult"],
    SharedSchemas["IdTokenRefresh"],
  ]
    ? true
    : false
>;

// A status added to (or removed from) the spec must be followed here.
export type _PasswordStatuses = Assert<
  Equal<LoginWithMobilePasswordResult["status"], Schemas["MobilePasswordLoginResult"]["status"]>
>;
export type _MobileCodeStatuses = Assert<
  Equal<LoginWithMobileCodeResult["status"], SuccessStatus<"loginWithMobileCode">>
>;
export type _PasswordUpdateStatuses = Assert<Equal<PasswordUpdateResult["status"], SuccessStatus<"updatePassword">>>;
export type _PasswordSkipStatuses = Assert<Equal<PasswordUpdateResult["status"], SuccessStatus<"skipPasswordUpdate">>>;

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
const POLICY = "a JSON password policy (minLength, maxLength, regEx, tip)";
/** A fresh object of the known fields only: no other key of the service's JSON (`__proto__` included) gets through. */
const toPolicy = ({ minLength, maxLength, regEx, tip }: PasswordPolicy): PasswordPolicy => ({
  minLength,
  maxLength,
  regEx,
  tip,
});

export function success(operation: string, body: unknown, scrub: () => Scrubber): LoginSuccessResult {
  const status = readStatus(operation, body, statusField) as Success["status"];
  if (status !== "SUCCESS") return unknownStatus(operation, status, scrub);
  const read = readBody<Success>(operation, body, "SUCCESS");
  return {
    status: "SUCCESS",
    sessionToken: read.string("session_token"),
    expire: read.integer("expire"),
    idToken: read.string("id_token"),
  };
}

function passwordWarn(operation: string, body: unknown): PasswordWarnResult {
  const read = readBody<Warn>(operation, body, "PASSWORD_WARN");
  return {
    status: "PASSWORD_WARN",
    stateToken: read.string("state_token"),
    passwordPolicy: toPolicy(read.json("data", isPolicy, POLICY)),
  };
}

function passwordExpired(operation: string, body: unknown): PasswordExpiredResult {
  const read = readBody<Expired>(operation, body, "PASSWORD_EXPIRED");
  return {
    status: "PASSWORD_EXPIRED",
    stateToken: read.string("state_token"),
    passwordPolicy: toPolicy(read.json("data", isPolicy, POLICY)),
  };
}

function accessDenied(operation: string, body: unknown): AccessDeniedResult {
  const read = readBody<Denied>(operation, body, "ACCESS_DENIED");
  const stateToken = read.optionalString("state_token");
  return { status: "ACCESS_DENIED", reason: read.string("data"), ...(stateToken !== undefined && { stateToken }) };
}

export function toPasswordLoginResult(
  operation: string,
  body: unknown,
  scrub: () => Scrubber,
): LoginWithMobilePasswordResult {
  const status = readStatus(operation, body, statusField) as Schemas["MobilePasswordLoginResult"]["status"];
  switch (status) {
    case "SUCCESS":
      return success(operation, body, scrub);
    case "PASSWORD_WARN":
      return passwordWarn(operation, body);
    case "PASSWORD_EXPIRED":
      return passwordExpired(operation, body);
    case "ACCESS_DENIED":
      return accessDenied(operation, body);
    default:
      return unknownStatus(operation, status satisfies never, scrub);
  }
}

export function toPasswordUpdateResult(operation: string, body: unknown, scrub: () => Scrubber): PasswordUpdateResult {
  const status = readStatus(operation, body, statusField) as Schemas["PasswordUpdateResult"]["status"];
  switch (status) {
    case "SUCCESS":
      return success(operation, body, scrub);
    case "ACCESS_DENIED":
      return accessDenied(operation, body);
    default:
      return unknownStatus(operation, status satisfies never, scrub);
  }
}

/** A code send answers 200 with an empty body: there is nothing to return. */
export const sent = (): void => undefined;
