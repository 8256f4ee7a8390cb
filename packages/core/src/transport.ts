// The one place where requests leave the SDK, for facade calls and `raw` calls alike: input checks, headers, the
// time limit (reading the answer included), the caller's abort, opt-in retries, no redirects, a cap on the body,
// logging, and the decoding of the answer into a body, an IdaasApiError or an IdaasResponseError.
//
// Facade calls are data: an operation's generated facts (method, path, statuses, headers, body fields) say how to
// build its request from the call's input, so one implementation runs every call.

import { readCappedBody } from "./capped-body.js";
import { checkMs, type DeviceInfo, type ResolvedConfig, withDevice } from "./config.js";
import {
  IdaasApiError,
  IdaasConfigError,
  IdaasError,
  IdaasNetworkError,
  IdaasResponseError,
  IdaasTimeoutError,
} from "./errors.js";
import { CONTENT_TYPE, checkCallHeaders, checkHeaderValue, redactHeaders } from "./headers.js";
import { emit } from "./logger.js";
import { createScrubber, type FieldKind, MAX_SERVER_NAME, type Scrubber, serverText } from "./redact.js";
import { backoffDelay, sleep as defaultSleep, parseRetryAfter, RETRYABLE_STATUSES } from "./retry.js";
import type { FieldFact, OperationFact } from "./types.js";

/** Per-call options, the optional second argument of every client method. */
export interface CallOptions {
  /** Aborts the call; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Time limit of this call, retries and reading the answer included; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /**
   * Extra request headers the SDK does not manage, e.g. `{ Prefer: "example=password-expired" }` for the mock.
   * A header the SDK sets (a client option's, a call argument's, a credential's, the content type) is refused.
   * Their values are logged, scrubbed of the call's secrets: do not put credentials in them.
   */
  headers?: Record<string, string>;
  /**
   * The device of this call, over the client's (any of its fields): a server sends each of its users' own. Checked
   * like the client's `device`; sent with this call only.
   */
  device?: Partial<DeviceInfo>;
}

/** Names of the code and message fields of the service's error body. */
export interface ErrorFields {
  code: string;
  message: string;
}

export interface SenderOptions {
  config: ResolvedConfig;
  /** Replaceable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface TransportOptions extends SenderOptions {
  errorFields: ErrorFields;
  /** Header names the client options fill in; every other header an operation takes is a call argument. */
  optionHeaders: readonly string[];
}

/** A facade method: checks `input`, sends the call, and turns the documented answer into a result. */
export type OperationCall<Result> = (input: unknown, options?: CallOptions) => Promise<Result>;

export interface Transport {
  /**
   * The method of operation `name`: `read` turns the parsed JSON body of a documented success status (undefined
   * when empty) into the result; `scrub` gives what hides the call's secrets in server text it quotes. It rejects
   * with an IdaasError, or with the caller's abort reason.
   */
  operation<Result>(
    name: string,
    fact: OperationFact,
    read: (body: unknown, scrub: () => Scrubber) => Result,
  ): OperationCall<Result>;
  /** The same transport sending `device` over its device headers; only `device` is checked. */
  withDevice(device: unknown): Transport;
  /** The resolved options it sends with (`raw` builds on them). */
  readonly config: ResolvedConfig;
}

/** One request to send, attempt after attempt. */
interface Exchange {
  operation: string;
  retry: boolean;
  signal: AbortSignal;
  /** Makes the fetch of one attempt. */
  send(signal: AbortSignal): Promise<Response>;
  /** For the logger. */
  method: string;
  url: string;
  headers: Headers | Record<string, string>;
  body?: Record<string, unknown>;
  kinds?: Readonly<Record<string, FieldKind>>;
  scrubber(): Scrubber;
}

const RAW = "raw";
/** Statuses whose Response cannot carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/** Checks the per-call options; returns the caller's extra headers (none when not given). */
function checkCallOptions(operation: string, options: unknown, managed: ReadonlySet<string>): Record<string, string> {
  if (typeof options !== "object" || options === null) {
    throw new IdaasConfigError(`${operation} options`, "must be an object");
  }
  const { signal, timeoutMs, headers } = options as CallOptions;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new IdaasConfigError(`${operation} options.signal`, "must be an AbortSignal");
  }
  checkMs(`${operation} options.timeoutMs`, timeoutMs);
  return headers === undefined ? {} : checkCallHeaders(`${operation} options.headers`, headers, managed);
}

type FieldType = NonNullable<FieldFact["type"]>;
/** `a string`, `an integer`: a field's type in a message. */
const typeName = (type: FieldType) => `${type === "integer" ? "an" : "a"} ${type}`;

function hasType(value: unknown, type: FieldType): boolean {
  if (type === "integer") return Number.isInteger(value);
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  return typeof value === type;
}

/** `verify_code` → `verifyCode`: a body field's call argument unless its fact names another (as the generator does). */
export const argumentOf = (field: string, fact: FieldFact): string =>
  fact.argument ?? field.replace(/[_-]([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** The JSON body of a call from its input; throws IdaasConfigError naming the first bad argument. */
function bodyOf(operation: string, fields: Readonly<Record<string, FieldFact>>, input: Record<string, unknown>) {
  const body: Record<string, unknown> = {};
  for (const field in fields) {
    const fact = fields[field] as FieldFact;
    const argument = argumentOf(field, fact);
    const value = input[argument];
    const where = `${operation} input.${argument}`;
    const type = fact.type ?? "string";
    if (value === undefined) {
      if (!fact.optional) throw new IdaasConfigError(where, `is required: ${typeName(type)}`);
      continue;
    }
    if (!hasType(value, type)) {
      const got = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
      throw new IdaasConfigError(where, `must be ${typeName(type)}, got ${got}`);
    }
    if (fact.enum && !fact.enum.includes(value)) {
      throw new IdaasConfigError(where, `must be one of ${fact.enum.join(", ")}`);
    }
    body[field] = value;
  }
  return body;
}

/** `HTTP 418 (text/html)`: the content type is server text, scrubbed and cut short. */
function describeAnswer(response: Response, scrub: Scrubber): string {
  const type = contentType(response);
  return `HTTP ${response.status} (${type ? serverText(type, scrub, MAX_SERVER_NAME) : "no content-type"})`;
}

function contentType(response: Response): string {
  return response.headers.get("content-type")?.split(";")[0]?.trim() ?? "";
}

/** An Error safe to keep as `cause`: same name, message scrubbed, no stack of the original. */
function safeCause(error: unknown, scrub: Scrubber): Error {
  const original = error instanceof Error ? error : new Error(String(error));
  const cause = new Error(serverText(original.message, scrub));
  cause.name = original.name;
  cause.stack = `${cause.name}: ${cause.message}`;
  const inner = (original as { cause?: unknown }).cause;
  if (inner instanceof Error) (cause as { cause?: unknown }).cause = safeCause(inner, scrub);
  return cause;
}

/**
 * Where and why a request got no answer: the base URL's origin (never its path) and the system error code of the
 * failure (`ECONNREFUSED`, `ENOTFOUND`, `ECONNRESET`, `ERR_SSL_…`) from the error or its cause, scrubbed. A browser
 * gives no code (a refused connection, a DNS failure and a CORS refusal all read "Failed to fetch").
 */
function unreached(origin: string, error: unknown, scrub: Scrubber): string {
  type Failure = { code?: unknown; cause?: Failure } | undefined;
  const found = (error as Failure)?.code ?? (error as Failure)?.cause?.code;
  return `could not connect to ${origin}${typeof found === "string" ? ` (${serverText(found, scrub, MAX_SERVER_NAME)})` : ""}`;
}

/** A signal that aborts when `timeoutMs` passes or `parent` aborts; `done` releases the timer and the listener. */
function timeLimitSignal(timeoutMs: number, parent: AbortSignal | undefined | null, onTimeout: () => unknown) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(onTimeout()), timeoutMs);
  const onAbort = () => controller.abort(parent?.reason);
  parent?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onAbort);
    },
  };
}

function isRedirect(response: Response): boolean {
  return response.type === "opaqueredirect" || response.redirected || (response.status >= 300 && response.status < 400);
}

const utf8 = new TextDecoder();

/**
 * What sends every request, for facade and `raw` calls alike: no redirects, the retries an exchange allows, the cap
 * on the body, logging, and the time limit and the caller's abort around all of it.
 */
function createSender({ config, sleep = defaultSleep, random = Math.random }: SenderOptions) {
  const { logger, maxResponseBytes } = config;
  // Named in network errors: the scheme, host and port of the base URL, never its path.
  const origin = new URL(config.baseUrl).origin;

  /** The body of `response`, read to its end or to the cap, whichever comes first; the signal stops the read. */
  function readBytes(exchange: Exchange, response: Response): Promise<Uint8Array> {
    return readCappedBody(
      response,
      maxResponseBytes,
      exchange.signal,
      () =>
        new IdaasResponseError(
          exchange.operation,
          `the HTTP ${response.status} body is larger than maxResponseBytes (${maxResponseBytes} bytes); reading stopped`,
          response.status,
        ),
    );
  }

  /**
   * Sends the exchange, repeating it when it may be retried and the policy allows, and reads the answer's body.
   * A redirect is never followed: it is an IdaasResponseError.
   */
  async function send(exchange: Exchange): Promise<{ response: Response; bytes: Uint8Array }> {
    const { operation, signal } = exchange;
    const policy = exchange.retry ? config.retry : undefined;
    const retries = policy?.retries ?? 0;
    for (let attempt = 1; ; attempt++) {
      const mayRetry = policy !== undefined && attempt <= retries;
      if (logger) {
        emit(logger, {
          type: "request",
          operation,
          attempt,
          method: exchange.method,
          url: exchange.url,
          headers: redactHeaders(new Headers(exchange.headers), config.secretHeaders, (text) =>
            exchange.scrubber().text(text),
          ),
          ...(exchange.body && { body: exchange.scrubber().fields(exchange.body, exchange.kinds ?? {}) }),
        });
      }
      const started = logger ? Date.now() : 0;
      let response: Response;
      try {
        response = await exchange.send(signal);
      } catch (error) {
        if (signal.aborted) throw error;
        if (!policy || !mayRetry) {
          const scrub = exchange.scrubber();
          const problem = unreached(origin, error, scrub);
          throw new IdaasNetworkError(operation, problem, safeCause(error, scrub));
        }
        const delayMs = backoffDelay(attempt, policy, random);
        emit(logger, { type: "retry", operation, attempt, delayMs, reason: "no response" });
        await sleep(delayMs, signal);
        continue;
      }
      const { status } = response;
      emit(logger, { type: "response", operation, attempt, httpStatus: status, elapsedMs: Date.now() - started });
      if (isRedirect(response)) {
        await response.body?.cancel().catch(() => undefined);
        const shown = response.type === "opaqueredirect" ? "a redirect" : `HTTP ${status}`;
        throw new IdaasResponseError(
          operation,
          `the service answered ${shown}; the SDK does not follow redirects (check baseUrl)`,
          status || undefined,
        );
      }
      if (policy && mayRetry && RETRYABLE_STATUSES.has(status)) {
        const delayMs = parseRetryAfter(response.headers.get("retry-after")) ?? backoffDelay(attempt, policy, random);
        if (delayMs <= policy.maxRetryAfterMs) {
          await response.body?.cancel().catch(() => undefined);
          emit(logger, { type: "retry", operation, attempt, delayMs, reason: `HTTP ${status}` });
          await sleep(delayMs, signal);
          continue;
        }
      }
      return { response, bytes: await readBytes(exchange, response) };
    }
  }

  /** Runs `work` under the time limit and the caller's signal, turning their aborts into the right error. */
  async function withinTimeLimit<T>(
    operation: string,
    timeoutMs: number,
    callerSignal: AbortSignal | undefined | null,
    scrub: () => Scrubber,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    let timedOut = false;
    const deadline = timeLimitSignal(timeoutMs, callerSignal, () => {
      timedOut = true;
      return new IdaasTimeoutError(operation, timeoutMs);
    });
    try {
      return await work(deadline.signal);
    } catch (error) {
      let thrown: unknown = error;
      if (timedOut) thrown = new IdaasTimeoutError(operation, timeoutMs);
      else if (callerSignal?.aborted) thrown = callerSignal.reason;
      else if (!(error instanceof IdaasError)) {
        thrown = new IdaasNetworkError(operation, "the response could not be read", safeCause(error, scrub()));
      }
      emit(logger, { type: "error", operation, error: String(thrown) });
      throw thrown;
    } finally {
      deadline.done();
    }
  }

  return { send, withinTimeLimit };
}

export function createTransport(options: TransportOptions): Transport {
  const { config, errorFields, optionHeaders } = options;
  const { send, withinTimeLimit } = createSender(options);
  const fetchImpl = config.fetch;
  const clientHeaders = new Set(optionHeaders.map((name) => name.toLowerCase()));

  /** The answer's JSON body, an IdaasApiError for a documented error's, or an IdaasResponseError naming what is off. */
  function decode(
    operation: string,
    statuses: Readonly<Record<number, true>>,
    response: Response,
    bytes: Uint8Array,
    scrub: () => Scrubber,
  ): unknown {
    const { status } = response;
    const text = bytes.byteLength === 0 ? "" : utf8.decode(bytes);
    // A body counts only with the JSON media type the spec documents (an HTML page around JSON does not).
    let body: unknown;
    try {
      body = JSON_TYPE.test(contentType(response)) ? JSON.parse(text) : undefined;
    } catch {}
    const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
    const code = fields[errorFields.code];
    const message = fields[errorFields.message];
    const hasError = typeof code === "string" && typeof message === "string";
    if (!statuses[status]) {
      // What the server said in a JSON error body, short and scrubbed.
      const said = hasError
        ? `; the server said ${serverText(code, scrub(), MAX_SERVER_NAME)}: ${JSON.stringify(serverText(message, scrub()))}`
        : "";
      throw new IdaasResponseError(
        operation,
        `the spec does not document ${describeAnswer(response, scrub())}${said}`,
        status,
      );
    }
    if (text === "" && status < 400) return undefined;
    if (status < 400) {
      if (body === undefined)
        throw new IdaasResponseError(operation, `${describeAnswer(response, scrub())} body is not JSON`, status);
      return body;
    }
    if (!hasError) {
      throw new IdaasResponseError(
        operation,
        `${describeAnswer(response, scrub())} without the documented error body`,
        status,
      );
    }
    const scrubber = scrub();
    return new IdaasApiError({
      operation,
      httpStatus: status,
      code: serverText(code, scrubber, MAX_SERVER_NAME),
      message: serverText(message, scrubber),
    });
  }

  return {
    operation(name, fact, read) {
      const url = config.baseUrl + fact.path;
      const method = fact.method.toUpperCase();
      const kinds: Record<string, FieldKind> = {};
      for (const field in fact.fields) kinds[field] = (fact.fields[field] as FieldFact).kind ?? "secret";
      // The operation's own headers: the generated facts list the client options' once, not per operation.
      const argumentHeaders = Object.entries(fact.headers);
      const hasBody = Object.keys(fact.fields).length > 0;
      // The headers a caller may not set per call: every one the SDK sets, and every credential header. Made at
      // the first call that passes options, so that a client made per request (withDevice) costs little.
      let managed: Set<string> | undefined;

      return async (input, options) => {
        managed ??= new Set([
          ...clientHeaders,
          ...Object.values(fact.headers).map((header) => header.toLowerCase()),
          ...config.secretHeaders,
          CONTENT_TYPE,
        ]);
        const extraHeaders = options === undefined ? {} : checkCallOptions(name, options, managed);
        // The call's device over the client's: checked like the client's own, sent with this call only.
        const device = options?.device;
        const sent = device === undefined ? config : withDevice(config, `${name} options.device`, device);
        if (typeof input !== "object" || input === null || Array.isArray(input)) {
          if (!(input === undefined && !hasBody && argumentHeaders.length === 0)) {
            throw new IdaasConfigError(`${name} input`, "must be an object");
          }
        }
        const given = (input ?? {}) as Record<string, unknown>;
        const body = hasBody ? bodyOf(name, fact.fields, given) : undefined;
        const headers: Record<string, string> = { ...extraHeaders, ...sent.headers };
        const secrets: Array<readonly [FieldKind, unknown]> = sent.secrets.map((value) => ["secret", value]);
        for (const [argument, header] of argumentHeaders) {
          const value = given[argument];
          checkHeaderValue(`${name} input.${argument}`, header, value);
          headers[header] = `${fact.headerPrefixes?.[header] ?? ""}${value as string}`;
          if (config.secretHeaders.has(header.toLowerCase())) secrets.push(["secret", value]);
        }
        if (body) headers[CONTENT_TYPE] = "application/json";
        const payload = body && JSON.stringify(body);
        let scrubber: Scrubber | undefined;
        const scrub = () => {
          if (!scrubber) {
            for (const field in body) secrets.push([kinds[field] as FieldKind, body[field]]);
            scrubber = createScrubber(secrets);
          }
          return scrubber;
        };
        options?.signal?.throwIfAborted();
        const timeoutMs = options?.timeoutMs ?? config.timeoutMs;
        return withinTimeLimit(name, timeoutMs, options?.signal, scrub, async (signal) => {
          const init: RequestInit = { method, headers, body: payload, signal, redirect: "manual" };
          const exchange: Exchange = {
            operation: name,
            retry: fact.retry,
            signal,
            send: fetchImpl ? () => fetchImpl(new Request(url, init)) : () => globalThis.fetch(url, init),
            method,
            url,
            headers,
            ...(body && { body, kinds }),
            scrubber: scrub,
          };
          const { response, bytes } = await send(exchange);
          const result = decode(name, fact.httpStatuses, response, bytes, scrub);
          if (result instanceof IdaasApiError) throw result;
          return read(result, scrub);
        });
      };
    },
    withDevice: (device) => createTransport({ ...options, config: withDevice(config, "device", device) }),
    config,
  };
}

/**
 * The fetch of openapi-fetch's `raw` client, with the guarantees of the methods (no redirects, the time limit and
 * the body cap, the redacting logger); never retried. Its own function, so that only the `/raw` entries carry it.
 */
export function createRawFetch(options: SenderOptions): (request: Request) => Promise<Response> {
  const { config } = options;
  const { send, withinTimeLimit } = createSender(options);
  const fetchImpl = config.fetch;
  return async (request) => {
    // A signal aborted already fires no abort event for the time limit to follow: the call ends here, unsent.
    request.signal.throwIfAborted();
    const secrets: Array<readonly [FieldKind, unknown]> = [];
    request.headers.forEach((value, header) => {
      if (!config.secretHeaders.has(header)) return;
      secrets.push(["secret", value]);
      // The credentials of `<scheme> <credentials>` (Authorization: Bearer <id_token>) are a secret on their own.
      const credentials = / (\S+)$/.exec(value)?.[1];
      if (credentials) secrets.push(["secret", credentials]);
    });
    let scrubber: Scrubber | undefined;
    const scrub = () => {
      scrubber ??= createScrubber(secrets);
      return scrubber;
    };
    return withinTimeLimit(RAW, config.timeoutMs, request.signal, scrub, async (signal) => {
      const exchange: Exchange = {
        operation: RAW,
        retry: false,
        signal,
        send: async (attemptSignal) => {
          // The body read once and given as the new request's own: `new Request(request)` and `fetch(request)`
          // without one copy a body through another stream each (undici: about 200 µs of CPU per call).
          const init: RequestInit = {
            body: request.body && (await request.arrayBuffer()),
            signal: attemptSignal,
            redirect: "manual",
          };
          return fetchImpl ? fetchImpl(new Request(request, init)) : globalThis.fetch(request, init);
        },
        method: request.method,
        url: request.url,
        headers: request.headers,
        scrubber: scrub,
      };
      const { response, bytes } = await send(exchange);
      const body = NULL_BODY_STATUSES.has(response.status) ? null : bytes;
      return new Response(body as BodyInit | null, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    });
  };
}
