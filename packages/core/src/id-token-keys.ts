// The tenant's keys for verifying id_tokens: a key set held by the app, or the tenant's JWKS downloaded by jose
// (its cache and the cooldown between fetches kept) within a time limit and a size cap, never through a redirect.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  type FetchImplementation,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from "jose";
import { readCappedBody } from "./capped-body.js";
import { IdaasTokenError } from "./errors.js";

/** The keys a verification uses, and how its messages name them. */
export interface KeySource {
  keys: JWTVerifyGetKey;
  /** `the tenant's keys at https://…/keys` (origin and path, no query), or `the keys in options.jwks`. */
  named: string;
}

/** The option the address came from, for the hints of the messages. */
export type AddressOption = "options.baseUrl" | "options.jwksUri";

export interface RemoteKeysOptions {
  url: URL;
  from: AddressOption;
  timeoutMs: number;
  maxBytes: number;
  fetch: typeof globalThis.fetch | undefined;
}

/** The name of a remote key set in messages: its origin and path (a query may carry an app's id: left out). */
const remoteName = (url: URL) => `the tenant's keys at ${url.origin}${url.pathname}`;

/** The system error code (`ECONNREFUSED`, `ENOTFOUND`…) somewhere in a failed fetch's causes, if any. */
function systemCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]{1,39}$/.test(code)) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * jose's fetch of the JWKS: through `fetch` (the global one by default), reading at most `maxBytes`. jose passes
 * `redirect: "manual"` and a signal that aborts after its timeoutDuration, which then covers reading the body too;
 * an abort goes back to jose as it is (its timeout error). Anything else that goes wrong is an IdaasTokenError.
 */
function cappedFetch({ url, from, maxBytes, fetch }: RemoteKeysOptions): FetchImplementation {
  const named = remoteName(url);
  const unavailable = (problem: string) =>
    new IdaasTokenError("jwks-unavailable", `${named} ${problem}: check ${from}`);
  return async (href, init) => {
    let response: Response;
    try {
      response = await (fetch ?? globalThis.fetch)(href, init);
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      if (name === "TimeoutError" || name === "AbortError") throw error;
      const code = systemCode(error);
      throw new IdaasTokenError(
        "jwks-unavailable",
        `could not fetch ${named}${code ? ` (${code})` : ""}: check ${from} and the network`,
      );
    }
    if (response.redirected || response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      if (response.redirected) throw unavailable("were reached through a redirect, which the SDK does not follow");
      const redirect = response.status >= 300 && response.status < 400 ? " (a redirect, never followed)" : "";
      throw unavailable(`answered HTTP ${response.status}${redirect}, not 200 OK`);
    }
    const tooLarge = () =>
      new IdaasTokenError(
        "jwks-too-large",
        `${named} are larger than options.maxResponseBytes (${maxBytes} bytes); reading stopped. ` +
          "Raise options.maxResponseBytes if the tenant's key set really is that large",
      );
    const body = await readCappedBody(response, maxBytes, init.signal, tooLarge);
    return new Response(body as BodyInit, { status: 200 });
  };
}

/** A remote key set of its own: one download serves every verification until jose's cache says to fetch again. */
export function remoteKeys(options: RemoteKeysOptions): KeySource {
  return {
    keys: createRemoteJWKSet(options.url, {
      timeoutDuration: Math.ceil(options.timeoutMs),
      [customFetch]: cappedFetch(options),
    }),
    named: remoteName(options.url),
  };
}

// verifyIdToken's key sets: one per address, limits and fetch, so that jose's cache (and its cooldown between
// fetches) serves every call instead of each call downloading the JWKS again. Bounded: an app verifies against a
// few tenants.
const sharedKeySets = new Map<string, KeySource>();
const MAX_SHARED_KEY_SETS = 32;
const fetchIds = new WeakMap<typeof globalThis.fetch, number>();
let fetchCount = 0;

/** A number per `fetch` given (0 for the global one), for the key of its key sets. */
function fetchIdOf(fetch: typeof globalThis.fetch | undefined): number {
  if (!fetch) return 0;
  let id = fetchIds.get(fetch);
  if (id === undefined) {
    id = ++fetchCount;
    fetchIds.set(fetch, id);
  }
  return id;
}

/** The shared key set of {@link remoteKeys}'s options, made on first use. */
export function sharedRemoteKeys(options: RemoteKeysOptions): KeySource {
  const { timeoutMs, maxBytes, from, fetch, url } = options;
  const key = `${Math.ceil(timeoutMs)} ${maxBytes} ${from} ${fetchIdOf(fetch)} ${url.href}`;
  let source = sharedKeySets.get(key);
  if (!source) {
    if (sharedKeySets.size >= MAX_SHARED_KEY_SETS) sharedKeySets.delete(sharedKeySets.keys().next().value as string);
    source = remoteKeys(options);
    sharedKeySets.set(key, source);
  }
  return source;
}

/** A key set the app holds; undefined when `jwks` is not one. */
export function localKeys(jwks: unknown): KeySource | undefined {
  const set = jwks as { keys?: unknown } | null;
  if (typeof set !== "object" || set === null || !Array.isArray(set.keys)) return undefined;
  try {
    return { keys: createLocalJWKSet(set as JSONWebKeySet), named: "the keys in options.jwks" };
  } catch {
    return undefined;
  }
}
