// Retry policy: opt-in, for calls that are safe to repeat, only when no answer was received or the service said
// "busy" (429, 503). Backoff doubles from minDelayMs up to maxDelayMs, with jitter; Retry-After wins when present.

export interface RetryOptions {
  /** How many times a call may be repeated after the first attempt. */
  retries: number;
  /** Delay before the first retry, before jitter. Default 500 ms. */
  minDelayMs?: number;
  /** Upper bound of the backoff delay. Default 8 000 ms. */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for; the answer is returned instead. Default 60 000 ms. */
  maxRetryAfterMs?: number;
}

/** HTTP statuses meaning "not processed, try again later". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Delay before retry number `retry` (1-based): exponential, with "equal jitter" (half fixed, half random). */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number = Math.random): number {
  const min = options.minDelayMs ?? 500;
  const max = options.maxDelayMs ?? 8_000;
  const ceiling = Math.min(max, min * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Milliseconds asked for by a Retry-After header: delay-seconds or an IMF-fixdate. Anything else (`soon 1`, `-5`,
 * an obsolete date form) is treated as absent: undefined, and the caller falls back to its backoff.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  // RFC 9110 section 10.2.3: delay-seconds, or an HTTP-date in its preferred IMF-fixdate form, which is exactly
  // what toUTCString writes: a date that does not come back the same is another form, or not a date.
  const date = Date.parse(text);
  return Number.isNaN(date) || new Date(date).toUTCString() !== text ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
