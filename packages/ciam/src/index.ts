// The main entry: the client, its inputs and results, the errors; what both products give of core is core's
// /product-entry, re-exported as a whole.
export * from "@idaas-sdk/core/product-entry";
export {
  type ChangePasswordInput,
  type ChangePasswordWithEmailCodeInput,
  type ChangePasswordWithSmsCodeInput,
  type CiamClient,
  type CiamClientOptions,
  type CiamPaths,
  createCiamClient,
  type HasPasswordInput,
  type LoginWithEmailCodeInput,
  type LoginWithMobileCodeInput,
  type LoginWithMobilePasswordInput,
  type LoginWithPasswordInput,
  type RefreshIdTokenInput,
  type RegisterWithEmailCodeInput,
  type RegisterWithMobileCodeInput,
  type SendEmailCodeInput,
  type SendSmsCodeInput,
  type SkipPasswordUpdateInput,
  type UpdateEmailInput,
  type UpdateMobileInput,
  type UpdatePasswordInput,
  type VerifyCaptchaInput,
} from "./client.js";
export { type CiamApiError, type CiamErrorCode, isIdaasApiError, isIdaasApiError as isCiamApiError } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export type {
  LoginWithEmailCodeResult,
  LoginWithMobileCodeResult,
  LoginWithMobilePasswordResult,
  LoginWithPasswordResult,
  PasswordUpdateResult,
  RegisterResult,
} from "./results.js";
