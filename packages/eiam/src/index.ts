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
  type PasswordPolicy,
  type PasswordRule,
  type RetryOptions,
} from "@idaas-sdk/core";
export {
  createEiamClient,
  type EiamClient,
  type EiamClientOptions,
  type EiamPaths,
  type LoginWithMobileCodeInput,
  type RefreshIdTokenInput,
  type SendEmailCodeInput,
  type SendSmsCodeInput,
  type VerifyCaptchaInput,
  type VerifyMfaEmailInput,
  type VerifyMfaSmsInput,
} from "./client.js";
export { type EiamApiError, type EiamErrorCode, isIdaasApiError } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export type {
  AccessDeniedResult,
  CaptchaChallengeResult,
  LoginSuccessResult,
  LoginWithMobileCodeResult,
  MfaAuthResult,
  RefreshIdTokenResult,
  VerifyCaptchaResult,
  VerifyMfaEmailResult,
  VerifyMfaSmsResult,
} from "./results.js";
