// The device of a browser app, for a client's `device` option, so that every app does not invent its own: a random
// id kept in the browser's storage as the fingerprint, the browser's user agent and platform. Its own entry
// (`@idaas-sdk/<product>/device`): the main bundle does not carry it, and a server never needs it.

import type { DeviceInfo } from "./config.js";
import { IdaasConfigError } from "./errors.js";

/** Where {@link browserDevice} keeps the fingerprint: `localStorage`, `sessionStorage`, or your own. */
export interface DeviceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface BrowserDeviceOptions {
  /**
   * Where the fingerprint is kept between visits. Default: `localStorage`. Where there is none, or it refuses
   * (storage blocked), the fingerprint lasts as long as the page.
   */
  storage?: DeviceStorage;
  /** Your app's name and version, e.g. `MyApp/1.0`: `agent` starts with it, before the browser's user agent. */
  appName?: string;
  /** The storage key of the fingerprint. Default: `idaas-sdk-device-fingerprint`. */
  key?: string;
}

/** The storage key of the fingerprint, unless `key` names another. */
export const DEVICE_STORAGE_KEY = "idaas-sdk-device-fingerprint";

/** A fingerprint this helper wrote (a UUID, or 32 hex digits where randomUUID is missing), or one of a similar form. */
const FINGERPRINT = /^[\w-]{8,128}$/;

/** What the browser tells of itself; `userAgentData` (User-Agent Client Hints) is Chromium's, and not in TS's DOM. */
interface BrowserNavigator {
  userAgent?: string;
  platform?: string;
  userAgentData?: { platform?: string };
}

/** Per page: the fingerprint when storage cannot keep one, so that every call in the page agrees. */
let pageFingerprint: string | undefined;

/** A random id: crypto.randomUUID (secure contexts: https:// or localhost), else 128 random bits in hex. */
function randomId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === "function") return crypto.randomUUID();
  if (typeof crypto?.getRandomValues !== "function") {
    throw new IdaasConfigError("browserDevice", "needs crypto.getRandomValues, and this runtime has none");
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** `localStorage` when the page may use it (reading it throws where storage is blocked). */
function defaultStorage(): DeviceStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The fingerprint kept in `storage` under `key`, made and kept there on the first visit. */
function fingerprintIn(storage: DeviceStorage | undefined, key: string): string {
  try {
    const kept = storage?.getItem(key);
    if (kept && FINGERPRINT.test(kept)) return kept;
    if (storage) {
      const made = randomId();
      storage.setItem(key, made);
      return made;
    }
  } catch (error) {
    if (error instanceof IdaasConfigError) throw error;
    // Storage refused (blocked, full): fall back to the page's own.
  }
  pageFingerprint ??= randomId();
  return pageFingerprint;
}

/**
 * The device of this browser for a client's `device` option: a random `fingerprint` made once and kept in
 * `storage` (never a fingerprint of the browser's traits: clearing the site's data makes a new device), `agent`
 * from `navigator.userAgent` (after `appName` when given), and `osVersion` from the platform the browser reports
 * (`navigator.userAgentData.platform`, else `navigator.platform`; browsers do not give the version at once), or
 * `unknown`. No `ip`: a browser does not know the address the service sees. Throws {@link IdaasConfigError}
 * naming a bad option.
 */
export function browserDevice(options: BrowserDeviceOptions = {}): DeviceInfo {
  if (typeof options !== "object" || options === null) {
    throw new IdaasConfigError("browserDevice options", "must be an object");
  }
  const { storage, appName, key = DEVICE_STORAGE_KEY } = options;
  if (storage !== undefined && (typeof storage?.getItem !== "function" || typeof storage?.setItem !== "function")) {
    throw new IdaasConfigError("browserDevice options.storage", "must have getItem and setItem, like localStorage");
  }
  if (appName !== undefined && (typeof appName !== "string" || appName.trim() === "")) {
    throw new IdaasConfigError("browserDevice options.appName", "must be a non-empty string, e.g. MyApp/1.0");
  }
  if (typeof key !== "string" || key === "") {
    throw new IdaasConfigError("browserDevice options.key", "must be a non-empty string");
  }
  const browser = (globalThis.navigator ?? {}) as BrowserNavigator;
  const agent = [appName, browser.userAgent].filter(Boolean).join(" ");
  if (!agent) {
    throw new IdaasConfigError("browserDevice options.appName", "is required where there is no navigator.userAgent");
  }
  return {
    osVersion: browser.userAgentData?.platform || browser.platform || "unknown",
    fingerprint: fingerprintIn(storage ?? defaultStorage(), key),
    agent,
  };
}
