import { IdaasConfigError } from "./errors.js";
import { checkHeaderValue } from "./headers.js";
import type { Logger } from "./logger.js";
import { clip } from "./redact.js";
import type { RetryOptions } from "./retry.js";

/** The device the app runs on, sent with every call. */
export interface DeviceInfo {
  /** Operating system version, e.g. `windows10.1.1`. */
  osVersion: string;
  /** A stable device identifier. Sensitive: never logged. */
  fingerprint: string;
  /** The User-Agent. */
  agent: string;
  /** The device's IP address (optional). */
  ip?: string;
}

/** Options of `createEiamClient` and `createCiamClient`. */
export interface ClientOptions {
  /** The tenant's origin: `https://…`, or `http://` to localhost / 127.0.0.1 / [::1] (the mock). */
  baseUrl: string;
  /** The application's client ID. */
  clientId: string;
  device: DeviceInfo;
  /** Language of the service's messages, e.g. `zh` or `en`. */
  language?: string;
  /**
   * The tenant an ISV application calls for (Huawei OneAccess); sent only when set. Such a call goes to the ISV
   * common domain (`baseUrl`) with the ISV application template's `clientId`.
   */
  tenantId?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Default time limit of each call, retries and reading the answer included. Default 30 000 ms. */
  timeoutMs?: number;
  /** Largest response body read, in bytes; a longer one is cancelled with an IdaasResponseError. Default 1 MiB. */
  maxResponseBytes?: number;
  /** Opt-in retries of the calls the spec marks safe to repeat (never of code sends). Default: no retries. */
  retry?: RetryOptions;
  /** Receives request and response events, already redacted. */
  logger?: Logger;
}

/** Which header each client option is sent in; each product package generates it from its spec bundle. */
export interface HeaderNames<Header extends string = string> {
  clientId: Header;
  language: Header;
  tenantId: Header;
  device: { [Field in keyof DeviceInfo]-?: Header };
}

export interface ResolvedConfig {
  baseUrl: string;
  /** The headers sent with every call. */
  headers: Record<string, string>;
  /** The header of each device field, for a device given later ({@link withDevice}). */
  deviceHeaders: HeaderNames["device"];
  /** Lower-case names of the headers whose values are secret (from the spec). */
  secretHeaders: ReadonlySet<string>;
  /** The client-wide values that must never be shown (secret header values). */
  secrets: string[];
  timeoutMs: number;
  maxResponseBytes: number;
  retry: Required<RetryOptions> | undefined;
  logger: Logger | undefined;
  fetch: typeof globalThis.fetch | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Default cap on a response body: the largest documented answer is under 2 kB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
/** The longest delay a timer can wait (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;
/** Most retries a policy may ask for. */
export const MAX_RETRIES = 10;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

const OPTION_KEYS = [
  "baseUrl",
  "clientId",
  "device",
  "language",
  "tenantId",
  "fetch",
  "timeoutMs",
  "maxResponseBytes",
  "retry",
  "logger",
] as const satisfies ReadonlyArray<keyof ClientOptions>;
const DEVICE_KEYS = ["osVersion", "fingerprint", "agent", "ip"] as const satisfies ReadonlyArray<keyof DeviceInfo>;
const RETRY_KEYS = ["retries", "minDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const satisfies ReadonlyArray<
  keyof RetryOptions
>;

function requireObject(field: string, value: unknown, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new IdaasConfigError(field, "must be an object");
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      const where = field === "options" ? key : `${field}.${key}`;
      throw new IdaasConfigError(where, `is not an option; the options here are ${keys.join(", ")}`);
    }
  }
  return value as Record<string, unknown>;
}

function requireText(field: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") throw new IdaasConfigError(field, "must be a non-empty string");
  return value;
}

/**
 * Text that does not parse as a URL, safe to quote in a message: everything before its last `@` but an http(s)
 * scheme and its slashes is hidden (where the credentials end cannot be known), and it is cut short.
 */
function quoteUrl(text: string): string {
  const at = text.lastIndexOf("@");
  const scheme = /^https?:[/\\]*/i.exec(text)?.[0] ?? "";
  const hidden = at < 0 ? text : `${scheme}[credentials hidden]${text.slice(at)}`;
  return JSON.stringify(clip(hidden, 80));
}

/**
 * Checks an address the SDK will call (a client's `baseUrl`, a JWKS address): absolute, https:// (http:// only to
 * localhost, 127.0.0.1 or [::1]), no credentials, no fragment (even an empty `#`, which `URL.hash` does not show).
 * Messages never repeat credentials; `fail` makes the error.
 */
export function checkServiceUrl(field: string, value: unknown, fail: (field: string, problem: string) => Error): URL {
  if (typeof value !== "string" || value.trim() === "") throw fail(field, "must be a non-empty string");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail(field, `is not an absolute URL such as https://tenant.example.com: ${quoteUrl(value)}`);
  }
  if (url.username || url.password) throw fail(field, "must not contain credentials (user:password@)");
  const local = url.protocol === "http:" && LOOPBACK.has(url.hostname);
  if (url.protocol !== "https:" && !local) {
    const got = url.protocol === "http:" ? `http://${url.host}` : `a ${url.protocol} URL`;
    throw fail(field, `must use https:// (http:// only to localhost, 127.0.0.1 or [::1]), got ${got}`);
  }
  if (url.href.includes("#")) {
    throw fail(field, "must not contain a fragment (#…): a fragment is never sent to the server; remove it");
  }
  return url;
}

/** Checks a delay or time limit (a time limit given per call or per client is never 0). */
export function checkMs(field: string, value: unknown, allowZero?: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(allowZero ? value >= 0 : value > 0) || !(value <= MAX_TIMER_MS)) {
    const least = allowZero ? "a number of milliseconds from 0" : "a positive number of milliseconds";
    throw new IdaasConfigError(field, `must be ${least} up to ${MAX_TIMER_MS}`);
  }
  return value;
}

function checkRetry(value: unknown): Required<RetryOptions> | undefined {
  if (value === undefined) return undefined;
  const retry = requireObject("retry", value, RETRY_KEYS);
  const retries = retry.retries;
  if (typeof retries !== "number" || !Number.isInteger(retries) || retries < 0 || retries > MAX_RETRIES) {
    throw new IdaasConfigError("retry.retries", `must be an integer from 0 to ${MAX_RETRIES}`);
  }
  const minDelayMs = checkMs("retry.minDelayMs", retry.minDelayMs) ?? 500;
  const maxDelayMs = checkMs("retry.maxDelayMs", retry.maxDelayMs) ?? Math.max(8_000, minDelayMs);
  if (minDelayMs > maxDelayMs) {
    throw new IdaasConfigError("retry.minDelayMs", `(${minDelayMs}) must not exceed retry.maxDelayMs (${maxDelayMs})`);
  }
  const maxRetryAfterMs = checkMs("retry.maxRetryAfterMs", retry.maxRetryAfterMs, true) ?? 60_000;
  return { retries, minDelayMs, maxDelayMs, maxRetryAfterMs };
}

/** Checks a text option given at `field` and sends it in `header`; a secret header's value joins `secrets`. */
function put(
  config: Pick<ResolvedConfig, "headers" | "secrets" | "secretHeaders">,
  field: string,
  header: string,
  value: unknown,
) {
  checkHeaderValue(field, header, requireText(field, value));
  config.headers[header] = value as string;
  if (config.secretHeaders.has(header.toLowerCase())) config.secrets.push(value as string);
}

/**
 * The config that sends `device` (checked like the client's own, and named `field` in messages) over the device
 * headers of `config`; only `device` is checked. `complete`: every field but `ip` is required (client creation).
 */
export function withDevice(config: ResolvedConfig, field: string, device: unknown, complete?: boolean): ResolvedConfig {
  const given = requireObject(field, device, DEVICE_KEYS);
  const next = { ...config, headers: { ...config.headers }, secrets: [...config.secrets] };
  for (const key of DEVICE_KEYS) {
    if (given[key] !== undefined || (complete && key !== "ip")) {
      put(next, `${field}.${key}`, config.deviceHeaders[key], given[key]);
    }
  }
  return next;
}

/** Checks the options at client creation; throws {@link IdaasConfigError} naming the first bad one. */
export function resolveConfig(
  options: ClientOptions,
  names: HeaderNames,
  secretHeaders: readonly string[],
): ResolvedConfig {
  const given = requireObject("options", options, OPTION_KEYS);
  const url = checkServiceUrl("baseUrl", given.baseUrl, (field, problem) => new IdaasConfigError(field, problem));
  // An empty query (`…?`) counts too: the calls' paths would be added to it.
  if (url.href.includes("?")) {
    throw new IdaasConfigError("baseUrl", "must not contain a query (?…): the calls' paths are added to it; remove it");
  }
  const sent: Pick<ResolvedConfig, "headers" | "secrets" | "secretHeaders"> = {
    headers: {},
    secrets: [],
    secretHeaders: new Set(secretHeaders.map((name) => name.toLowerCase())),
  };
  put(sent, "clientId", names.clientId, given.clientId);
  if (given.language !== undefined) put(sent, "language", names.language, given.language);
  if (given.tenantId !== undefined) put(sent, "tenantId", names.tenantId, given.tenantId);
  if (given.fetch !== undefined && typeof given.fetch !== "function") {
    throw new IdaasConfigError("fetch", "must be a function");
  }
  if (given.logger !== undefined && typeof given.logger !== "function") {
    throw new IdaasConfigError("logger", "must be a function");
  }
  const maxResponseBytes = given.maxResponseBytes;
  if (
    maxResponseBytes !== undefined &&
    !(typeof maxResponseBytes === "number" && Number.isSafeInteger(maxResponseBytes) && maxResponseBytes > 0)
  ) {
    throw new IdaasConfigError("maxResponseBytes", "must be a positive integer number of bytes");
  }
  const config: ResolvedConfig = {
    ...sent,
    baseUrl: url.href.replace(/\/+$/, ""),
    deviceHeaders: names.device,
    timeoutMs: checkMs("timeoutMs", given.timeoutMs) ?? DEFAULT_TIMEOUT_MS,
    maxResponseBytes: maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    retry: checkRetry(given.retry),
    logger: given.logger as Logger | undefined,
    fetch: given.fetch as typeof globalThis.fetch | undefined,
  };
  return withDevice(config, "device", given.device, true);
}
