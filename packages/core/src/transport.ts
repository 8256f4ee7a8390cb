// The one place where requests leave the SDK: headers, time limit, caller's abort, retries, logging, and the
// decoding of the answer into a body, an IdaasApiError or an IdaasResponseError.

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
   * Runs one call: `send` gets the fetch to hand to openapi-fetch; `read` turns the parsed JSON body of a
   * documented success status (undefined when empty) into the result. Rejects with an IdaasError, or with the
   * caller's abort reason.
   */
  call<Result>(
    plan: CallPlan,
    options: CallOptions | undefined,
    send: (fetch: typeof globalThis.fetch) => Promise<SentRequest>,
    read: (body: unknown) => Result,
  ): Promise<Result>;
}

function checkCallOptions(operation: string, options: CallOptions | undefined): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null)
    throw new IdaasConfigError(`${operation} options`, "must be an object");
  const { signal, timeoutMs } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new IdaasConfigError(`${operation} options.signal`, "must be an AbortSignal");
  }
  if (timeoutMs !== undefined && (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0)) {
    throw new IdaasConfigError(`${operation} options.timeoutMs`, "must be a positive number of milliseconds");
  }
}

function describeContent(response: Response): string {
  return response.headers.get("content-type")?.split(";")[0]?.trim() || "no content-type";
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

export function createTransport({
  config,
  errorFields,
  sleep = defaultSleep,
  random = Math.random,
}: TransportOptions): Transport {
  const fetchImpl = (request: Request) => (config.fetch ?? globalThis.fetch)(request);

  function scrubberFor(plan: CallPlan): Scrubber {
    const entries: Array<[FieldKind, string | undefined]> = config.secrets.map((value) => ["secret", value]);
    for (const value of Object.values(plan.secretHeaders ?? {})) entries.push(["secret", value]);
    for (const [key, value] of Object.entries(plan.body ?? {})) {
      if (typeof value === "string") entries.push([plan.fields?.[key] ?? "secret", value]);
    }
    return createScrubber(entries);
  }

  /** Sends `request`, repeating it when the plan and the policy allow. */
  async function send(plan: CallPlan, request: Request, signal: AbortSignal, scrub: Scrubber): Promise<Response> {
    const secretHeaders = new Set([
      ...config.secretHeaders,
      ...Object.keys(plan.secretHeaders ?? {}).map((name) => name.toLowerCase()),
    ]);
    const policy = plan.retry ? config.retry : undefined;
    const retries = policy?.retries ?? 0;
    for (let attempt = 1; ; attempt++) {
      emit(config.logger, {
        type: "request",
        operation: plan.operation,
        attempt,
        method: request.method,
        url: request.url,
        headers: redactHeaders(request.headers, secretHeaders),
        ...(plan.body && { body: scrub.fields(plan.body, plan.fields ?? {}) }),
      });
      const started = Date.now();
      let response: Response;
      try {
        response = await fetchImpl(new Request(request.clone(), { signal }));
      } catch (error) {
        if (signal.aborted) throw error;
        if (!policy || attempt > retries) {
          throw new IdaasNetworkError(
            plan.operation,
            "the request failed before any response",
            safeCause(error, scrub),
          );
        }
        const delayMs = backoffDelay(attempt, policy, random);
        emit(config.logger, { type: "retry", operation: plan.operation, attempt, delayMs, reason: "no response" });
        await sleep(delayMs, signal);
        continue;
      }
      emit(config.logger, {
        type: "response",
        operation: plan.operation,
        attempt,
        httpStatus: response.status,
        elapsedMs: Date.now() - started,
      });
      if (policy && attempt <= retries && RETRYABLE_STATUSES.has(response.status)) {
        const asked = parseRetryAfter(response.headers.get("retry-after"));
        const delayMs = asked ?? backoffDelay(attempt, policy, random);
        if (delayMs <= (policy.maxRetryAfterMs ?? 60_000)) {
          await response.body?.cancel().catch(() => undefined);
          emit(config.logger, {
            type: "retry",
            operation: plan.operation,
            attempt,
            delayMs,
            reason: `HTTP ${response.status}`,
          });
          await sleep(delayMs, signal);
          continue;
        }
      }
      return response;
    }
  }

  function decode(plan: CallPlan, { response, data, error }: SentRequest, scrub: Scrubber): unknown {
    const status = response.status;
    const where = `HTTP ${status} (${describeContent(response)})`;
    if (!plan.statuses[status]) {
      throw new IdaasResponseError(plan.operation, `the spec does not document ${where}`, status);
    }
    if (status >= 400) {
      const body = error as Record<string, unknown> | undefined;
      const code = body?.[errorFields.code];
      const message = body?.[errorFields.message];
      if (typeof body !== "object" || body === null || typeof code !== "string" || typeof message !== "string") {
        throw new IdaasResponseError(plan.operation, `${where} without the documented error body`, status);
      }
      return new IdaasApiError({ operation: plan.operation, httpStatus: status, code, message: scrub.text(message) });
    }
    if (data === undefined || data === "") return undefined;
    if (typeof data !== "string") return data;
    try {
      return JSON.parse(data);
    } catch {
      throw new IdaasResponseError(plan.operation, `${where} body is not JSON`, status);
    }
  }

  return {
    async rawFetch(request) {
      const plan: CallPlan = { operation: "raw", statuses: {}, retry: false };
      const signal = AbortSignal.any([request.signal, AbortSignal.timeout(config.timeoutMs)]);
      try {
        return await send(plan, request, signal, scrubberFor(plan));
      } catch (error) {
        if (signal.reason instanceof DOMException && signal.reason.name === "TimeoutError" && !request.signal.aborted) {
          throw new IdaasTimeoutError(plan.operation, config.timeoutMs);
        }
        throw error;
      }
    },

    async call(plan, options, sendRequest, read) {
      checkCallOptions(plan.operation, options);
      for (const [name, value] of Object.entries(plan.secretHeaders ?? {})) checkHeaderValue(name, name, value);
      const callerSignal = options?.signal;
      callerSignal?.throwIfAborted();
      const timeoutMs = options?.timeoutMs ?? config.timeoutMs;
      const scrub = scrubberFor(plan);
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new IdaasTimeoutError(plan.operation, timeoutMs));
      }, timeoutMs);
      const onCallerAbort = () => controller.abort(callerSignal?.reason);
      callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
      try {
        const sent = await sendRequest((input) => send(plan, input as Request, controller.signal, scrub));
        const result = decode(plan, sent, scrub);
        if (result instanceof IdaasApiError) throw result;
        return read(result);
      } catch (error) {
        let thrown: unknown = error;
        if (timedOut) thrown = new IdaasTimeoutError(plan.operation, timeoutMs);
        else if (callerSignal?.aborted) thrown = callerSignal.reason;
        else if (!(error instanceof IdaasError)) {
          thrown = new IdaasNetworkError(plan.operation, "the response could not be read", safeCause(error, scrub));
        }
        emit(config.logger, { type: "error", operation: plan.operation, error: String(thrown) });
        throw thrown;
      } finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener("abort", onCallerAbort);
      }
    },
  };
}
