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
export { facadeOf, type OperationFunctions } from "./facade.js";
export {
  type ClientCore,
  createClientCore,
  type OperationFunction,
  operationFunction,
  transportOf,
  withDevice,
} from "./functions.js";
export { checkHeaderValue } from "./headers.js";
export { type RawClientOf, type RawOptions, rawClientOf } from "./raw-client.js";
export { type BodyReader, readBody, readStatus, unknownStatus } from "./read.js";
export { createScrubber, type FieldKind, MIN_SCRUBBED_LENGTH, REDACTED, type Scrubber, serverText } from "./redact.js";
export {
  type SharedSchemas,
  toCaptchaChallenge,
  toCaptchaVerifyResult,
  toCountryCodes,
  toIdTokenRefresh,
  toNothing,
  toPasswordExists,
} from "./results.js";
export { backoffDelay, parseRetryAfter } from "./retry.js";
export { type StatusSchemas, toStatusResult } from "./status-results.js";
export {
  argumentOf,
  createRawFetch,
  createTransport,
  type ErrorFields,
  type OperationCall,
  type Transport,
} from "./transport.js";
export type {
  ApiErrorOf,
  ArgumentFields,
  ArgumentOf,
  Assert,
  CommonHeaderOf,
  DocumentedStatuses,
  Equal,
  ErrorCodeOf,
  ErrorCodesOf,
  FieldFact,
  InjectedHeaderOf,
  IsApiError,
  MisfitInputs,
  OperationFact,
  OperationFacts,
  RequestBodyOf,
  SuccessStatusOf,
  UnreadStatusBodies,
  WithInjectedHeaders,
} from "./types.js";
