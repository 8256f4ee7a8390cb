// The user-facing API of @idaas-sdk/core. The product packages re-export what applications need; the plumbing
// they are built from is in ./internal.ts (`@idaas-sdk/core/internal`), which semver does not cover.
export type { CaptchaPoint, VerifyCaptchaInput } from "./captcha.js";
export type { ClientOptions, DeviceInfo } from "./config.js";
export {
  IdaasApiError,
  IdaasConfigError,
  IdaasError,
  IdaasNetworkError,
  IdaasResponseError,
  IdaasTimeoutError,
  IdaasTokenError,
  isIdaasApiError,
} from "./errors.js";
export type { ClientCore } from "./functions.js";
export type { LogEvent, Logger } from "./logger.js";
export { JWKS_PATH, OAUTH2_PATH } from "./oauth2.js";
export { checkPassword, type PasswordPolicy, type PasswordRule } from "./password.js";
export { maskEmail, maskMobile } from "./redact.js";
export type {
  CaptchaChallengeResult,
  CountryCodesResult,
  PhoneAreaCodeDefinition,
  RefreshIdTokenResult,
  VerifyCaptchaResult,
} from "./results.js";
export type { RetryOptions } from "./retry.js";
export type {
  AccessDeniedResult,
  LoginSuccessResult,
  MfaAuthResult,
  PasswordExpiredResult,
  PasswordWarnResult,
  ResultOf,
  ResultStatus,
  StatusResults,
} from "./status-results.js";
export type { CallOptions } from "./transport.js";
