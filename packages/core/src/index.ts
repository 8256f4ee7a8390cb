export {
  type ClientOptions,
  DEFAULT_TIMEOUT_MS,
  type DeviceInfo,
  type HeaderNames,
  type ResolvedConfig,
  resolveConfig,
} from "./config.js";
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
export { checkHeaderValue } from "./headers.js";
export type { LogEvent, Logger } from "./logger.js";
export { checkPassword, type PasswordPolicy, type PasswordRule } from "./password.js";
export { type BodyReader, readBody, readStatus, unknownStatus } from "./read.js";
export { type FieldKind, maskEmail, maskMobile } from "./redact.js";
export { backoffDelay, parseRetryAfter, type RetryOptions } from "./retry.js";
export {
  type CallOptions,
  type CallPlan,
  createTransport,
  type ErrorFields,
  type SentRequest,
  type Transport,
} from "./transport.js";
export type {
  Assert,
  CommonHeaderOf,
  DocumentedStatuses,
  Equal,
  ErrorCodeOf,
  OperationFacts,
  WithInjectedHeaders,
} from "./types.js";
