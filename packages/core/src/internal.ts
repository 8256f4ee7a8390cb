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
export { methodsOf, type ResultMappings } from "./facade.js";
export { checkHeaderValue } from "./headers.js";
export { type BodyReader, readBody, readStatus, unknownStatus } from "./read.js";
export { createScrubber, type FieldKind, REDACTED, type Scrubber, serverText } from "./redact.js";
export {
  type SharedSchemas,
  toCaptchaChallenge,
  toCaptchaToken,
  toCountryCodes,
  toIdTokenRefresh,
  toNothing,
  toPasswordSet,
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
  ArgumentFields,
  ArgumentOf,
  Assert,
  CommonHeaderOf,
  DocumentedStatuses,
  Equal,
  ErrorCodeOf,
  FieldFact,
  MisfitInputs,
  OperationFact,
  OperationFacts,
  UnreadStatusBodies,
  WithInjectedHeaders,
} from "./types.js";
