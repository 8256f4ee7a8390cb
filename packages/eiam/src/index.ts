export {
  type CallOptions,
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
  type SendSmsCodeInput,
  type VerifyMfaEmailInput,
} from "./client.js";
export { type EiamApiError, type EiamErrorCode, isIdaasApiError } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export type {
  AccessDeniedResult,
  LoginSuccessResult,
  LoginWithMobileCodeResult,
  MfaAuthResult,
  VerifyMfaEmailResult,
} from "./results.js";
