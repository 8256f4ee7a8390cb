// Plumbing of the product packages (@idaas-sdk/eiam, @idaas-sdk/ciam) and their generated code. Not covered by
// semver: it changes whenever the clients need it to. Applications import from `@idaas-sdk/core` instead.
export { encodeCaptchaPoint, withCaptchaPoint } from "./captcha.js";
export {
  checkServiceUrl,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type HeaderNames,
  type ResolvedConfig,
  resolveConfig,
} from "./config.js";
export { checkHeaderValue } from "./headers.js";
export { type BodyReader, readBody, readStatus, unknownStatus } from "./read.js";
export { createScrubber, type FieldKind, REDACTED, type Scrubber, serverText } from "./redact.js";
export { type SharedSchemas, toCaptchaChallenge, toCaptchaToken, toIdTokenRefresh } from "./results.js";
export { backoffDelay, parseRetryAfter } from "./retry.js";
export { createTransport, type ErrorFields, type OperationCall, type Transport } from "./transport.js";
export type {
  Assert,
  CommonHeaderOf,
  DocumentedStatuses,
  Equal,
  ErrorCodeOf,
  FieldFact,
  OperationFact,
  OperationFacts,
  WithInjectedHeaders,
} from "./types.js";
