// The results of the EIAM calls: camelCase, discriminated on `status`, every field typed from the generated
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
type Mfa = Schemas["MfaAuth"];
type Denied = Schemas["AccessDenied"];

/** The user is logged in. */
export interface LoginSuccessResult {
  status: Success["status"];
  sessionToken: Success["session_token"];
  /** Seconds the session token stays valid. */
  expire: Success["expire"];
  idToken: Success["id_token"];
}

/** A second factor is needed: pass `stateToken` to `verifyMfaEmail`. */
export interface MfaAuthResult {
  status: Mfa["status"];
  stateToken: Mfa["state_token"];
  /** The second factors the user may use, e.g. `["EMAIL"]`. */
  mfaMethods: Schemas["MfaMethods"];
}

/** The tenant's policy refused the login. */
export interface AccessDeniedResult {
  status: Denied["status"];
  /** The service's explanation, as text. */
  reason: Denied["data"];
  stateToken?: Denied["state_token"];
}

export type LoginWithMobileCodeResult = LoginSuccessResult | MfaAuthResult | AccessDeniedResult;
export type VerifyMfaEmailResult = LoginSuccessResult | AccessDeniedResult;
export type VerifyMfaSmsResult = LoginSuccessResult | AccessDeniedResult;

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
export type _LoginStatuses = Assert<
  Equal<LoginWithMobileCodeResult["status"], Schemas["MobileVerifyCodeLoginResult"]["status"]>
>;
export type _MfaStatuses = Assert<Equal<VerifyMfaEmailResult["status"], Schemas["MfaEmailResult"]["status"]>>;
export type _MfaSmsStatuses = Assert<Equal<VerifyMfaSmsResult["status"], SuccessStatus<"verifyMfaSms">>>;

const isMfaMethods = (value: unknown): value is Schemas["MfaMethods"] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string" && item !== "");

function success(operation: string, body: unknown): LoginSuccessResult {
  const read = readBody<Success>(operation, body, "SUCCESS");
  return {
    status: "SUCCESS",
    sessionToken: read.string("session_token"),
    expire: read.integer("expire"),
    idToken: read.string("id_token"),
  };
}

function mfaAuth(operation: string, body: unknown): MfaAuthResult {
  const read = readBody<Mfa>(operation, body, "MFA_AUTH");
  return {
    status: "MFA_AUTH",
    stateToken: read.string("state_token"),
    mfaMethods: read.json("data", isMfaMethods, "a non-empty JSON array of method names"),
  };
}

function accessDenied(operation: string, body: unknown): AccessDeniedResult {
  const read = readBody<Denied>(operation, body, "ACCESS_DENIED");
  const stateToken = read.optionalString("state_token");
  return { status: "ACCESS_DENIED", reason: read.string("data"), ...(stateToken !== undefined && { stateToken }) };
}

export function toLoginResult(operation: string, body: unknown, scrub: () => Scrubber): LoginWithMobileCodeResult {
  const status = readStatus(operation, body, statusField) as Schemas["MobileVerifyCodeLoginResult"]["status"];
  switch (status) {
    case "SUCCESS":
      return success(operation, body);
    case "MFA_AUTH":
      return mfaAuth(operation, body);
    case "ACCESS_DENIED":
      return accessDenied(operation, body);
    default:
      return unknownStatus(operation, status satisfies never, scrub);
  }
}

export function toMfaResult(operation: string, body: unknown, scrub: () => Scrubber): VerifyMfaEmailResult {
  const status = readStatus(operation, body, statusField) as Schemas["MfaEmailResult"]["status"];
  switch (status) {
    case "SUCCESS":
      return success(operation, body);
    case "ACCESS_DENIED":
      return accessDenied(operation, body);
    default:
      return unknownStatus(operation, status satisfies never, scrub);
  }
}
