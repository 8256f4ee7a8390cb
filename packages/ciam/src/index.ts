import type { PasswordPolicy as CorePasswordPolicy } from "@idaas-sdk/core";
import type { Assert } from "@idaas-sdk/core/internal";
import type { PasswordPolicy } from "./results.js";

export {
  type CallOptions,
  type CaptchaPoint,
  checkPassword,
  type DeviceInfo,
  IdaasApiError,
  IdaasConfigError,
  IdaasError,
  IdaasNetworkError,
  IdaasResponseError,
  IdaasTimeoutError,
  IdaasTokenError,
  type LogEvent,
  type Logger,
  type PasswordRule,
  type RetryOptions,
} from "@idaas-sdk/core";
export {
  type CiamClient,
  type CiamClientOptions,
  type CiamPaths,
  createCiamClient,
  type LoginWithEmailCodeInput,
  type LoginWithMobileCodeInput,
  type LoginWithMobilePasswordInput,
  type RefreshIdTokenInput,
  type SendEmailCodeInput,
  type SendSmsCodeInput,
  type SkipPasswordUpdateInput,
  type UpdatePasswordInput,
  type VerifyCaptchaInput,
} from "./client.js";
export { type CiamApiError, type CiamErrorCode, isIdaasApiError } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export type {
  AccessDeniedResult,
  CaptchaChallengeResult,
  LoginSuccessResult,
  LoginWithEmailCodeResult,
  LoginWithMobileCodeResult,
  LoginWithMobilePasswordResult,
  PasswordExpiredResult,
  PasswordPolicy,
  PasswordUpdateResult,
  PasswordWarnResult,
  RefreshIdTokenResult,
  VerifyCaptchaResult,
} from "./results.js";

// The policy the service returns must be accepted by checkPassword.
export type _PolicyFitsCheckPassword = Assert<PasswordPolicy extends CorePasswordPolicy ? true : false>;
