import { IdaasConfigError } from "./errors.js";
import { checkHeaderValue } from "./headers.js";
import type { Logger } from "./logger.js";
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
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Default time limit of each call, retries included. Default 30 000 ms. */
  timeoutMs?: number;
  /** Opt-in retries of the login and MFA calls (never of SMS sends). Default: no retries. */
  retry?: RetryOptions;
  /** Receives request and response events, already redacted. */
  logger?: Logger;
}

/** Which header each client option is sent in; each product package generates it from its spec bundle. */
export interface HeaderNames<Header extends string = string> {
  clientId: Header;
  language: Header;
  device: { [Field in keyof DeviceInfo]-?: Header };
}

export interface ResolvedConfig {
  baseUrl: string;
  /** The headers sent with every call. */
  headers: Record<string, string>;
  /** Lower-case names of the headers whose values are secret. */
  secretHeaders: Set<string>;
  /** The values that must never be shown, with their kind. */
  secrets: string[];
  timeoutMs: number;
  retry: RetryOptions | undefined;
  logger: Logger | undefined;
  fetch: typeof globalThis.fetch | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

function requireText(field: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") throw new IdaasConfigError(field, "must be a non-empty string");
  return value;
}

function checkBaseUrl(value: unknown): string {
  const text = requireText("baseUrl", value);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new IdaasConfigError("baseUrl", `is not an absolute URL: "${text}"`);
  }
  if (url.username || url.password) throw new IdaasConfigError("baseUrl", "must not contain credentials");
  if (url.search || url.hash) throw new IdaasConfigError("baseUrl", "must not contain a query or fragment");
  const local = url.protocol === "http:" && LOOPBACK.has(url.hostname);
  if (url.protocol !== "https:" && !local) {
    throw new IdaasConfigError(
      "baseUrl",
      `must use https:// (http:// only to localhost, 127.0.0.1 or [::1]), got "${url.origin}"`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

function checkTimeout(field: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new IdaasConfigError(field, "must be a positive number of milliseconds");
  }
  return value;
}

/** Checks the options at client creation; throws {@link IdaasConfigError} naming the first bad one. */
export function resolveConfig(options: ClientOptions, names: HeaderNames): ResolvedConfig {
  if (typeof options !== "object" || options === null) throw new IdaasConfigError("options", "must be an object");
  const baseUrl = checkBaseUrl(options.baseUrl);
  const headers: Record<string, string> = {};
  const put = (field: string, header: string, value: string) => {
    checkHeaderValue(field, header, value);
    headers[header] = value;
  };
  put("clientId", names.clientId, requireText("clientId", options.clientId));
  const device = options.device;
  if (typeof device !== "object" || device === null) throw new IdaasConfigError("device", "must be an object");
  put("device.osVersion", names.device.osVersion, requireText("device.osVersion", device.osVersion));
  put("device.fingerprint", names.device.fingerprint, requireText("device.fingerprint", device.fingerprint));
  put("device.agent", names.device.agent, requireText("device.agent", device.agent));
  if (device.ip !== undefined) put("device.ip", names.device.ip, requireText("device.ip", device.ip));
  if (options.language !== undefined) put("language", names.language, requireText("language", options.language));
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new IdaasConfigError("fetch", "must be a function");
  }
  if (options.logger !== undefined && typeof options.logger !== "function") {
    throw new IdaasConfigError("logger", "must be a function");
  }
  const retry = options.retry;
  if (retry !== undefined) {
    if (!Number.isInteger(retry.retries) || retry.retries < 0) {
      throw new IdaasConfigError("retry.retries", "must be a non-negative integer");
    }
    checkTimeout("retry.minDelayMs", retry.minDelayMs);
    checkTimeout("retry.maxDelayMs", retry.maxDelayMs);
  }
  return {
    baseUrl,
    headers,
    secretHeaders: new Set([names.device.fingerprint.toLowerCase()]),
    secrets: [device.fingerprint],
    timeoutMs: checkTimeout("timeoutMs", options.timeoutMs) ?? DEFAULT_TIMEOUT_MS,
    retry,
    logger: options.logger,
    fetch: options.fetch,
  };
}
