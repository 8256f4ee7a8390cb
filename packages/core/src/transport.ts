// The one place where requests leave the SDK: headers, time limit, caller's abort, retries, logging, and the
// decoding of the answer into a body, an IdaasApiError or an IdaasResponseError.
//
// Per call it makes one AbortController and one timer; the request is built once (by openapi-fetch, with the
// call's signal) and cloned only when a retry may follow. Log events and scrubbers are built only when a logger is
// set or an error is being raised.

import type { ResolvedConfig } from "./config.js";
import {
  IdaasApiError,
  IdaasConfigError,
  IdaasError,
  IdaasNetworkError,
  IdaasResponseError,
  IdaasTimeoutError,
} from "./errors.js";
import { checkHeaderValue, redactHeaders } from "./headers.js";
import { emit } from "./logger.js";
import { createScrubber, type FieldKind, type Scrubber } from "./redact.js";
import { backoffDelay, sleep as defaultSleep, parseRetryAfter, RETRYABLE_STATUSES } from "./retry.js";

/** Per-call options, the optional second argument of every client method. */
export interface CallOptions {
  /** Aborts the call; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Time limit of this call, retries included; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
}

/** What the transport needs to know about one call; built by the product facade from its generated types. */
export interface CallPlan {
  operation: string;
  /** Every HTTP status the spec documents for the operation; statuses from 400 up carry an error body. */
  statuses: Readonly<Record<number, true>>;
  /** Whether the client's retry policy may repeat this call. */
  retry: boolean;
  /** The request body, and how each of its fields is shown in logs and errors. */
  body?: Record<string, unknown>;
  fields?: Readonly<Record<string, FieldKind>>;
  /** Headers sent with this call only whose values are credentials (name → value). */
  secretHeaders?: Readonly<Record<string, string>>;
}

/** Names of the code and message fields of the service's error body. */
export interface ErrorFields {
  code: string;
  message: string;
}

/** What openapi-fetch returns; `data` / `error` hold the body as parsed with `parseAs: "text"`. */
export interface SentRequest {
  response: Response;
  data?: unknown;
  error?: unknown;
}

export interface TransportOptions {
  config: ResolvedConfig;
  errorFields: ErrorFields;
  /** Replaceable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface Transport {
  /** A fetch for openapi-fetch's raw client: headers, timeout, logging; no retries. */
  rawFetch(request: Request): Promise<Response>;
  /**
   * openapi-fetch's `Request` option for the client `call` sends through (one made without `headers`). It only
   * records the URL and init, with the client's headers added; the transport makes the request from them once per
   * attempt, handing the global fetch the URL and init as they are (it builds its own Request from them anyway).
   */
  Request: typeof globalThis.Request;
  /**
   * Runs one call: `send` gets the fetch to hand to openapi-fetch and the call's signal, which the request must
   * carry (openapi-fetch's `signal` option) for the time limit and the caller's abort to reach it; `read` turns
   * the parsed JSON body of a documented success status (undefined when empty) into the result. Rejects with an
   * IdaasError, or with the caller's abort reason.
   */
  call<Result>(
    plan: CallPlan,
    options: CallOptions | undefined,
    send: (fetch: typeof globalThis.fetch, signal: AbortSignal) => Promise<SentRequest>,
    read: (body: unknown) => Result,
  ): Promise<Result>;
}

/** A request described by openapi-fetch through {@link Transport.Request}, not built yet. */
class PendingRequest {
  readonly url: string;
  readonly method: string | undefined;
  readonly init: RequestInit & { headers: Record<string, string> };

  constructor(url: string, init: RequestInit, clientHeaders: Readonly<Record<string, string>>) {
    const headers = { ...clientHeaders };
    const own = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    own.forEach((value, name) => {
      headers[name] = value;
    });
    this.url = url;
    this.method = init.method;
    this.init = { ...init, headers };
  }
}

/** One call in flight; its scrubber is made on first use. */
interface Call {
  plan: CallPlan;
  signal: AbortSignal;
  scrubber?: Scrubber;
}

const RAW_PLAN: CallPlan = { operation: "raw", statuses: {}, retry: false };

function checkCallOptions(operation: string, options: CallOptions): void {
  if (typeof options !== "object" || options === null)
    throw new IdaasConfigError(`${operation} options`, "must be an object");
  const { signal, timeoutMs } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new IdaasConfigError(`${operation} options.signal`, "must be an AbortSignal");
  }
  if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new IdaasConfigError(`${operation} options.timeoutMs`, "must be a positive number of milliseconds");
  }
}

function describeAnswer(response: Response): string {
  const type = response.headers.get("content-type")?.split(";")[0]?.trim() || "no content-type";
  return `HTTP ${response.status} (${type})`;
}

/** An Error safe to keep as `cause`: same name, message scrubbed, no stack of the original. */
function safeCause(error: unknown, scrub: Scrubber): Error {
  const original = error instanceof Error ? error : new Error(String(error));
  const cause = new Error(scrub.text(original.message));
  cause.name = original.name;
  const inner = (original as { cause?: unknown }).cause;
  if (inner instanceof Error) (cause as { cause?: unknown }).cause = safeCause(inner, scrub);
  return cause;
}

/** An AbortController that aborts when `timeoutMs` passes or `parent` aborts; `done` releases both. */
function limit(timeoutMs: number, parent: AbortSignal | undefined, onTimeout: () => unknown) {
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

export function createTransport({
  config,
  errorFields,
  sleep = defaultSleep,
  random = Math.random,
}: TransportOptions): Transport {
  const { logger } = config;
  const clientHeaders: Record<string, string> = {};
  for (const name in config.headers) clientHeaders[name.toLowerCase()] = config.headers[name] as string;

  // Built with `new` by openapi-fetch, which only reads `method` of it and hands it to the fetch of `call`.
  const PendingCallRequest = function (this: unknown, url: string, init: RequestInit) {
    return new PendingRequest(url, init, clientHeaders);
  } as unknown as typeof Request;

  function scrubberOf(call: Call): Scrubber {
    if (call.scrubber) return call.scrubber;
    const { plan } = call;
    const entries: Array<[FieldKind, string | undefined]> = config.secrets.map((value) => ["secret", value]);
    for (const name in plan.secretHeaders) entries.push(["secret", plan.secretHeaders[name]]);
    for (const key in plan.body) {
      const value = plan.body[key];
      if (typeof value === "string") entries.push([plan.fields?.[key] ?? "secret", value]);
    }
    call.scrubber = createScrubber(entries);
    return call.scrubber;
  }

  function logRequest(call: Call, request: Request | PendingRequest, attempt: number): void {
    const { plan } = call;
    const secretHeaders = new Set(config.secretHeaders);
    for (const name in plan.secretHeaders) secretHeaders.add(name.toLowerCase());
    const headers = request instanceof PendingRequest ? new Headers(request.init.headers) : request.headers;
    emit(logger, {
      type: "request",
      operation: plan.operation,
      attempt,
      method: request.method ?? "GET",
      url: request.url,
      headers: redactHeaders(headers, secretHeaders),
      ...(plan.body && { body: scrubberOf(call).fields(plan.body, plan.fields ?? {}) }),
    });
  }

  function fetchOnce(request: Request | PendingRequest): Promise<Response> {
    if (!(request instanceof PendingRequest)) return (config.fetch ?? globalThis.fetch)(request);
    if (config.fetch) return config.fetch(new Request(request.url, request.init));
    return globalThis.fetch(request.url, request.init);
  }

  /**
   * Sends `request`, repeating it when the plan and the policy allow. A pending request is made anew for each
   * attempt; a built one is copied only when a retry may follow.
   */
  async function send(call: Call, request: Request | PendingRequest): Promise<Response> {
    const { plan, signal } = call;
    const policy = plan.retry ? config.retry : undefined;
    const retries = policy?.retries ?? 0;
    let next = request;
    for (let attempt = 1; ; attempt++) {
      const mayRetry = policy !== undefined && attempt <= retries;
      const spare = mayRetry && next instanceof Request ? next.clone() : next;
      if (logger) logRequest(call, next, attempt);
      const started = logger ? Date.now() : 0;
      let response: Response;
      try {
        response = await fetchOnce(next);
      } catch (error) {
        if (signal.aborted) throw error;
        if (!policy || !mayRetry) {
          throw new IdaasNetworkError(
            plan.operation,
            "the request failed before any response",
            safeCause(error, scrubberOf(call)),
          );
        }
        const delayMs = backoffDelay(attempt, policy, random);
        emit(logger, { type: "retry", operation: plan.operation, attempt, delayMs, reason: "no response" });
        await sleep(delayMs, signal);
        next = spare;
        continue;
      }
      if (logger) {
        const { status } = response;
        emit(logger, {
          type: "response",
          operation: plan.operation,
          attempt,
          httpStatus: status,
          elapsedMs: Date.now() - started,
        });
      }
      if (policy && mayRetry && RETRYABLE_STATUSES.has(response.status)) {
        const delayMs = parseRetryAfter(response.headers.get("retry-after")) ?? backoffDelay(attempt, policy, random);
        if (delayMs <= (policy.maxRetryAfterMs ?? 60_000)) {
          await response.body?.cancel().catch(() => undefined);
          const reason = `HTTP ${response.status}`;
          emit(logger, { type: "retry", operation: plan.operation, attempt, delayMs, reason });
          await sleep(delayMs, signal);
          next = spare;
          continue;
        }
      }
      return response;
    }
  }

  function decode(call: Call, { response, data, error }: SentRequest): unknown {
    const { plan } = call;
    const status = response.status;
    if (!plan.statuses[status]) {
      throw new IdaasResponseError(plan.operation, `the spec does not document ${describeAnswer(response)}`, status);
    }
    if (status >= 400) {
      const body = error as Record<string, unknown> | undefined;
      const code = body?.[errorFields.code];
      const message = body?.[errorFields.message];
      if (typeof body !== "object" || body === null || typeof code !== "string" || typeof message !== "string") {
        throw new IdaasResponseError(
          plan.operation,
          `${describeAnswer(response)} without the documented error body`,
          status,
        );
      }
      const operation = plan.operation;
      return new IdaasApiError({ operation, httpStatus: status, code, message: scrubberOf(call).text(message) });
    }
    if (data === undefined || data === "") return undefined;
    if (typeof data !== "string") return data;
    try {
      return JSON.parse(data);
    } catch {
      throw new IdaasResponseError(plan.operation, `${describeAnswer(response)} body is not JSON`, status);
    }
  }

  return {
    Request: PendingCallRequest,

    async rawFetch(request) {
      let timedOut = false;
      const limited = limit(config.timeoutMs, request.signal, () => {
        timedOut = true;
        return new IdaasTimeoutError(RAW_PLAN.operation, config.timeoutMs);
      });
      try {
        return await send({ plan: RAW_PLAN, signal: limited.signal }, new Request(request, { signal: limited.signal }));
      } catch (error) {
        throw timedOut ? new IdaasTimeoutError(RAW_PLAN.operation, config.timeoutMs) : error;
      } finally {
        limited.done();
      }
    },

    async call(plan, options, sendRequest, read) {
      if (options !== undefined) checkCallOptions(plan.operation, options);
      for (const name in plan.secretHeaders) checkHeaderValue(name, name, plan.secretHeaders[name]);
      const callerSignal = options?.signal;
      callerSignal?.throwIfAborted();
      const timeoutMs = options?.timeoutMs ?? config.timeoutMs;
      let timedOut = false;
      const limited = limit(timeoutMs, callerSignal, () => {
        timedOut = true;
        return new IdaasTimeoutError(plan.operation, timeoutMs);
      });
      const call: Call = { plan, signal: limited.signal };
      try {
        const sent = await sendRequest((input) => send(call, input as Request | PendingRequest), limited.signal);
        const result = decode(call, sent);
        if (result instanceof IdaasApiError) throw result;
        return read(result);
      } catch (error) {
        let thrown: unknown = error;
        if (timedOut) thrown = new IdaasTimeoutError(plan.operation, timeoutMs);
        else if (callerSignal?.aborted) thrown = callerSignal.reason;
        else if (!(error instanceof IdaasError)) {
          thrown = new IdaasNetworkError(
            plan.operation,
            "the response could not be read",
            safeCause(error, scrubberOf(call)),
          );
        }
        emit(logger, { type: "error", operation: plan.operation, error: String(thrown) });
        throw thrown;
      } finally {
        limited.done();
      }
    },
  };
}
