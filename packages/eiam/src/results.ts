// The results of the EIAM calls: camelCase, discriminated on `status`, every field typed from the generated schema.
// The results both products share (a login's outcomes, the captcha, the refresh, the password check, the country
// codes) and their readers are @idaas-sdk/core's; the assertions below keep this spec fitting them.

import {
  type Assert,
  type Equal,
  readBody,
  type SharedSchemas,
  type UnreadStatusBodies,
} from "@idaas-sdk/core/internal";
import type { OperationResult, Schemas } from "./facts.js";
import type { operations } from "./generated/schema.js";

export type {
  AccessDeniedResult,
  CaptchaChallengeResult,
  CountryCodesResult,
  LoginSuccessResult,
  MfaAuthResult,
  PasswordExpiredResult,
  PasswordWarnResult,
  PhoneAreaCodeDefinition,
  RefreshIdTokenResult,
  VerifyCaptchaResult,
} from "@idaas-sdk/core";

export type LoginWithMobileCodeResult = OperationResult<"loginWithMobileCode">;
export type LoginWithEmailCodeResult = OperationResult<"loginWithEmailCode">;
export type LoginWithPasswordResult = OperationResult<"loginWithPassword">;
export type VerifyMfaEmailResult = OperationResult<"verifyMfaEmail">;
export type VerifyMfaSmsResult = OperationResult<"verifyMfaSms">;
/** The result of `updatePassword`, of its code variants and of `skipPasswordUpdate`. */
export type PasswordUpdateResult = OperationResult<"updatePassword">;
/** The result of `registerWithMobileCode` (assumed by the spec: no page shows the answer). */
export type RegisterResult = OperationResult<"registerWithMobileCode">;

/** The user's mobile number, to show where the SMS code of the state token's user goes. */
export interface MobileByStateTokenResult {
  /** With its area code, e.g. `+86-15201657124`; personal data: show it to its user only. */
  mobile: Schemas["EiamMobileByStateToken"]["mobile"];
}

export function toMobileByStateToken(operation: string, body: unknown): MobileByStateTokenResult {
  return { mobile: readBody<Schemas["EiamMobileByStateToken"]>(operation, body).string("mobile") };
}

// The result named after one operation is the other operations' too.
export type _SharedResults = Assert<
  Equal<
    [PasswordUpdateResult, PasswordUpdateResult, PasswordUpdateResult],
    [
      OperationResult<"skipPasswordUpdate">,
      OperationResult<"updatePasswordWithSmsCode">,
      OperationResult<"updatePasswordWithEmailCode">,
    ]
  >
>;
// A `status` added to the spec must have its reader in @idaas-sdk/core, and each status's body must still fit it.
export type _EveryStatusRead = Assert<Equal<UnreadStatusBodies<operations>, never>>;
// The bodies without a status that @idaas-sdk/core reads: the spec's fields must still fit its readers.
export type _SharedSchemas = Assert<
  Pick<Schemas, keyof SharedSchemas> extends Pick<SharedSchemas, keyof SharedSchemas> ? true : false
>;
