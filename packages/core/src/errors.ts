// The errors every client raises. Messages are built by the SDK from redacted values only; a thrown error never
// carries a secret in its message, cause, toString() or JSON form.

/** Base class of every error the SDK raises. */
export class IdaasError extends Error {
  override name = "IdaasError";

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (key !== "cause") json[key] = value;
    return json;
  }
}

/** The service answered with one of the errors documented for the operation. */
export class IdaasApiError<Code extends string = string, Operation extends string = string> extends IdaasError {
  override name = "IdaasApiError";
  readonly operation: Operation;
  readonly httpStatus: number;
  /** The documented `error_code`; an undocumented one is kept as is. */
  readonly code: Code | (string & {});

  constructor(init: { operation: Operation; httpStatus: number; code: string; message: string }) {
    super(init.message);
    this.operation = init.operation;
    this.httpStatus = init.httpStatus;
    this.code = init.code;
  }
}

/** The call did not complete within `timeoutMs`; the request was aborted. */
export class IdaasTimeoutError extends IdaasError {
  override name = "IdaasTimeoutError";
  readonly operation: string;
  readonly timeoutMs: number;

  constructor(operation: string, timeoutMs: number) {
    super(`${operation}: no answer within ${timeoutMs} ms; the request was aborted`);
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}

/** The request could not reach the service (DNS, TLS, connection refused or reset). */
export class IdaasNetworkError extends IdaasError {
  override name = "IdaasNetworkError";
  readonly operation: string;

  constructor(operation: string, message: string, cause?: Error) {
    super(`${operation}: ${message}`, cause ? { cause } : undefined);
    this.operation = operation;
  }
}

/** The service (or a proxy in front of it) answered something the spec does not document. */
export class IdaasResponseError extends IdaasError {
  override name = "IdaasResponseError";
  readonly operation: string;
  readonly httpStatus: number | undefined;

  constructor(operation: string, problem: string, httpStatus?: number) {
    super(`${operation}: ${problem}`);
    this.operation = operation;
    this.httpStatus = httpStatus;
  }
}

/** A client option or call argument cannot be used; raised before any request is sent. */
export class IdaasConfigError extends IdaasError {
  override name = "IdaasConfigError";
  /** The option or argument at fault, e.g. `device.fingerprint`. */
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`${field} ${problem}`);
    this.field = field;
  }
}

/** Narrows `error` to an {@link IdaasApiError}, of the given `code` when one is passed. */
export function isIdaasApiError(error: unknown): error is IdaasApiError;
export function isIdaasApiError<Code extends string>(
  error: unknown,
  code: Code,
): error is IdaasApiError<Code> & { code: Code };
export function isIdaasApiError(error: unknown, code?: string): boolean {
  return error instanceof IdaasApiError && (code === undefined || error.code === code);
}

/** An id_token that is not a well-formed JWT, or that fails verification. */
export class IdaasTokenError extends IdaasError {
  override name = "IdaasTokenError";
  /** Why, e.g. `malformed`, or jose's code such as `ERR_JWT_EXPIRED`. */
  readonly reason: string;

  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}
