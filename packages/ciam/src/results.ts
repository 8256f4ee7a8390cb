// The results of the CIAM calls: camelCase, discriminated on `status`, every field typed from the generated schema.
// The results both products share (a login's outcomes, the captcha, the refresh, the password check, the country
// codes) and their readers are @idaas-sdk/core's; the assertions below keep this spec fitting them.

import type { Assert, Equal, SharedSchemas, UnreadStatusBodies } from "@idaas-sdk/core/internal";
import type { OperationResult, Schemas } from "./facts.js";
import type { operations } from "./generated/schema.js";

export type {
  AccessDeniedResult,
  CaptchaChallengeResult,
  CountryCodesResult,
  LoginSuccessResult,
  PasswordExpiredResult,
  PasswordPolicy,
  PasswordWarnResult,
  PhoneAreaCodeDefinition,
  RefreshIdTokenResult,
  VerifyCaptchaResult,
} from "@idaas-sdk/core";

export type LoginWithMobilePasswordResult = OperationResult<"loginWithMobilePassword">;
export type LoginWithPasswordResult = OperationResult<"loginWithPassword">;
export type LoginWithEmailCodeResult = OperationResult<"loginWithEmailCode">;
export type LoginWithMobileCodeResult = OperationResult<"loginWithMobileCode">;
/** The result of `updatePassword` and of `skipPasswordUpdate`. */
export type PasswordUpdateResult = OperationResult<"updatePassword">;
/** The result of `registerWithMobileCode` and `registerWithEmailCode` (assumed by the spec: no page shows it). */
export type RegisterResult = OperationResult<"registerWithMobileCode">;

// The results named after one operation are the other operations' too.
export type _SharedResults = Assert<
  Equal<
    [PasswordUpdateResult, RegisterResult],
    [OperationResult<"skipPasswordUpdate">, OperationResult<"registerWithEmailCode">]
  >
>;
// A `status` added to the spec must have its reader in @idaas-sdk/core, and each status's body must still fit it.
export type _EveryStatusRead = Assert<Equal<UnreadStatusBodies<operations>, never>>;
// The bodies without a status that @idaas-sdk/core reads: the spec's fields must still fit its readers.
export type _SharedSchemas = Assert<
  Pick<Schemas, keyof SharedSchemas> extends Pick<SharedSchemas, keyof SharedSchemas> ? true : false
>;
