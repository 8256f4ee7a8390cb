// The main entry: the client, its inputs and results, the errors; what both products give of core is core's
// /product-entry, re-exported as a whole.

export type { MfaAuthResult } from "@idaas-sdk/core";
export * from "@idaas-sdk/core/product-entry";
export {
  type ChangePasswordWithEmailCodeInput,
  type ChangePasswordWithSmsCodeInput,
  createEiamClient,
  type EiamClient,
  type EiamClientOptions,
  type EiamPaths,
  type GetMobileByStateTokenInput,
  type HasPasswordInput,
  type LoginWithEmailCodeInput,
  type LoginWithMobileCodeInput,
  type LoginWithPasswordInput,
  type RefreshIdTokenInput,
  type RegisterWithMobileCodeInput,
  type ResetPasswordWithEmailCodeInput,
  type ResetPasswordWithSmsCodeInput,
  type SendEmailCodeInput,
  type SendSmsCodeInput,
  type SkipPasswordUpdateInput,
  type UpdateEmailInput,
  type UpdatePasswordInput,
  type UpdatePasswordWithEmailCodeInput,
  type UpdatePasswordWithSmsCodeInput,
  type VerifyCaptchaInput,
  type VerifyMfaEmailInput,
  type VerifyMfaSmsInput,
} from "./client.js";
export { type EiamApiError, type EiamErrorCode, isIdaasApiError, isIdaasApiError as isEiamApiError } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export type {
  LoginWithEmailCodeResult,
  LoginWithMobileCodeResult,
  LoginWithPasswordResult,
  MobileByStateTokenResult,
  PasswordUpdateResult,
  RegisterResult,
  VerifyMfaEmailResult,
  VerifyMfaSmsResult,
} from "./results.js";
