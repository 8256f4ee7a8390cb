// A session that refreshes itself: it keeps a login's tokens and gives a live id_token, refreshing it on demand
// (never on a timer) a margin before it expires. One refresh at a time: concurrent callers share it, and tabs that
// share a storage share it too (./session-tabs.ts). Its own entry (`@idaas-sdk/core/session`), so that the clients'
// main bundles do not carry it; each product's `/session` entry is this with the product's storage key.
import { IdaasApiError, IdaasConfigError, IdaasResponseError } from "./errors.js";
import type { RefreshIdTokenResult } from "./results.js";
import { IdaasSessionError, type SessionEndReason, sessionError } from "./session-error.js";
import {
  parseStored,
  type SessionTokens,
  type StoredSession,
  sameSession,
  serialize,
  toStored,
} from "./session-state.js";
import { memoryStorage, type TokenStorage } from "./session-storage.js";
import { ALONE, type Tabs, tabsOf } from "./session-tabs.js";

export { IdaasSessionError, type SessionEndReason } from "./session-error.js";
export { type SessionTokens, STORED_VERSION, type StoredSession } from "./session-state.js";
export { localStorageAdapter, memoryStorage, sessionStorageAdapter, type TokenStorage } from "./session-storage.js";

/** What a session needs of a client: `refreshIdToken`, which an EIAM and a CIAM client both have. */
export interface SessionClient {
  refreshIdToken(input: { sessionToken: string }): Promise<RefreshIdTokenResult>;
}

export interface SessionOptions {
  /** The client whose `refreshIdToken` refreshes the id_token. */
  client: SessionClient;
  /** Where the tokens are kept. Default: memory (this page or process only). */
  storage?: TokenStorage;
  /** The storage key. Default `idaas-sdk.session` (each product's entry: `idaas-sdk.<product>.session`). */
  key?: string;
  /**
   * Seconds before the id_token expires from which `getIdToken` refreshes it. Default 60; at most half the token's
   * lifetime, so that a short-lived token is not refreshed at every call.
   */
  margin?: number;
  /** The clock, in milliseconds since the epoch, like `Date.now` (the default): for tests. */
  now?: () => number;
}

/** A login's SUCCESS result (of any operation), or a refresh's answer: the tokens a session starts from. */
export type SessionStart = SessionTokens & { status?: "SUCCESS" };

/** A change of the session, here or in another tab; never a token. */
export type SessionEvent =
  | { type: "signedIn" }
  | { type: "refreshed" }
  | { type: "signedOut" }
  | { type: "expired"; reason: Exclude<SessionEndReason, "signed-out"> };

export type SessionListener = (event: SessionEvent) => void;

export interface Session {
  /** Starts the session from a login's SUCCESS result (replacing any other), stores it and fires `signedIn`. */
  start(result: SessionStart): Promise<void>;
  /**
   * A live id_token: the one held, or a new one from `refreshIdToken` when it expires within the margin (keeping
   * the session token the answer gives). Rejects with {@link IdaasSessionError} when there is no session, or when it
   * ends now: its session token expired or the refresh was refused (`expired` fires). Any other failure of the
   * refresh (network, time limit) rejects with the client's error and keeps the session, or, while the id_token
   * held has not expired yet, resolves with it.
   */
  getIdToken(): Promise<string>;
  /** Calls `listener` on each change: `signedIn`, `refreshed`, `signedOut`, `expired`. Returns the unsubscribe. */
  onChange(listener: SessionListener): () => void;
  /**
   * Forgets the session here and in the storage (and tells the other tabs); fires `signedOut`. Local only: the
   * vendor documents no logout for the SDK API, so the session token stays valid at the tenant until it expires.
   */
  signOut(): Promise<void>;
}

const DEFAULT_KEY = "idaas-sdk.session";
const DEFAULT_MARGIN_SECONDS = 60;
const OPTIONS = ["client", "storage", "key", "margin", "now"] as const;

const bad = (field: string, problem: string): never => {
  throw new IdaasConfigError(`createSession options.${field}`, problem);
};
const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === "function";

function checkOptions(options: SessionOptions): Required<SessionOptions> {
  if (typeof options !== "object" || options === null) bad("", "must be an object with a client");
  for (const name of Object.keys(options)) {
    if (!(OPTIONS as readonly string[]).includes(name))
      bad(name, `is not an option; the options are ${OPTIONS.join(", ")}`);
  }
  const {
    client,
    storage = memoryStorage(),
    key = DEFAULT_KEY,
    margin = DEFAULT_MARGIN_SECONDS,
    now = Date.now,
  } = options;
  if (!isFunction((client as Partial<SessionClient> | undefined)?.refreshIdToken)) {
    bad("client", "must be an EIAM or CIAM client (an object with refreshIdToken)");
  }
  const methods = storage as unknown as Partial<Record<string, unknown>> | null;
  if (!["getItem", "setItem", "removeItem"].every((method) => isFunction(methods?.[method]))) {
    bad("storage", "must have getItem, setItem and removeItem (e.g. localStorageAdapter())");
  }
  if (typeof key !== "string" || key === "") bad("key", "must be a non-empty string");
  if (typeof margin !== "number" || !(margin >= 0) || !Number.isFinite(margin)) {
    bad("margin", "must be a number of seconds, 0 or more");
  }
  if (!isFunction(now)) bad("now", "must be a function returning milliseconds since the epoch, like Date.now");
  return { client, storage, key, margin, now };
}

/** Checks what `start` was given: a SUCCESS result's three fields, or a refresh's answer. */
function checkStart(result: unknown, time: number): StoredSession {
  const where = "session.start result";
  if (typeof result !== "object" || result === null)
    throw new IdaasConfigError(where, "must be a login's SUCCESS result");
  const { status, sessionToken, expire, idToken } = result as Record<string, unknown>;
  if (status !== undefined && status !== "SUCCESS") {
    const named = typeof status === "string" && /^[A-Z_]{1,40}$/.test(status) ? ` ${status}` : "";
    throw new IdaasConfigError(where, `is a${named} result, not SUCCESS: finish the login first (its status says how)`);
  }
  if (typeof sessionToken !== "string" || sessionToken === "") {
    throw new IdaasConfigError(`${where}.sessionToken`, "must be a non-empty string");
  }
  if (typeof idToken !== "string") throw new IdaasConfigError(`${where}.idToken`, "must be a string");
  if (typeof expire !== "number" || !Number.isFinite(expire)) {
    throw new IdaasConfigError(`${where}.expire`, "must be a number of seconds");
  }
  const stored = toStored({ sessionToken, expire, idToken }, time);
  if (!stored) throw new IdaasConfigError(`${where}.idToken`, "is not a JWT with a numeric exp claim");
  return stored;
}

/** Reads a message of another tab; undefined for anything else. */
function readMessage(data: unknown): { event: SessionEvent; session: StoredSession | undefined } | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const message = data as Partial<Record<string, unknown>>;
  switch (message.type) {
    case "signedIn":
    case "refreshed": {
      const session = parseStored(message.session);
      return session && { event: { type: message.type }, session };
    }
    case "signedOut":
      return { event: { type: "signedOut" }, session: undefined };
    case "expired":
      return message.reason === "expired" || message.reason === "refused"
        ? { event: { type: "expired", reason: message.reason }, session: undefined }
        : undefined;
    default:
      return undefined;
  }
}

/** Creates a session over `client`; checks the options first (an {@link IdaasConfigError} names a bad one). */
export function createSession(options: SessionOptions): Session {
  const { client, storage, key, margin, now } = checkOptions(options);
  const marginMs = margin * 1000;
  const listeners = new Set<SessionListener>();

  /** The tokens held; undefined when there is no session, for the reason `ended`. */
  let current: StoredSession | undefined;
  let ended: SessionEndReason = "signed-out";
  /** Counts the changes of `current`: a read of the storage that started before one is stale. */
  let revision = 0;
  /** Counts the sessions (a start, an end): a refresh that saw another one keeps nothing. */
  let generation = 0;
  let loading: Promise<void> | undefined;
  let settling: Promise<string | undefined> | undefined;

  const tabs: Tabs = storage.shared === true ? tabsOf(key, fromAnotherTab) : ALONE;

  function emit(event: SessionEvent) {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A listener's error is its own: reported as an uncaught error would be, never in the session's way.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Replaces the tokens held; a new session (or none) is a new generation. */
  function hold(session: StoredSession | undefined, newSession: boolean, reason: SessionEndReason = "signed-out") {
    current = session;
    if (!session) ended = reason;
    revision++;
    if (newSession) generation++;
  }

  async function readStorage(): Promise<StoredSession | undefined> {
    return parseStored(await storage.getItem(key));
  }
  const write = async (session: StoredSession | undefined) =>
    session ? storage.setItem(key, serialize(session)) : storage.removeItem(key);

  /** Reads the storage once, at the first use (unless a change came first). */
  function load(): Promise<void> {
    loading ??= (async () => {
      const at = revision;
      const stored = await readStorage();
      if (revision === at) hold(stored, true);
    })().catch((error: unknown) => {
      loading = undefined; // a storage that failed is read again next time
      throw error;
    });
    return loading;
  }

  function fromAnotherTab(data: unknown) {
    const message = readMessage(data);
    if (!message || sameSession(message.session, current)) return;
    const reason = message.event.type === "expired" ? message.event.reason : "signed-out";
    hold(message.session, message.event.type !== "refreshed", reason);
    emit(message.event);
  }

  /** Ends the session held: forgets it here, in the storage and in the other tabs. Call it holding the lock. */
  async function end(reason: Exclude<SessionEndReason, "signed-out">, cause?: IdaasApiError): Promise<never> {
    hold(undefined, true, reason);
    // The stored tokens are dead: a storage that fails to forget them leaves nothing usable behind.
    await Promise.resolve()
      .then(() => write(undefined))
      .catch(() => undefined);
    tabs.post({ type: "expired", reason });
    emit({ type: "expired", reason });
    throw sessionError(reason, cause);
  }

  const refreshAt = (session: StoredSession) =>
    session.idTokenExpiresAt - Math.min(marginMs, (session.idTokenExpiresAt - session.receivedAt) / 2);

  /**
   * Under the lock: the stored tokens (another tab may have refreshed, ended or replaced the session), then the
   * session's end, its id_token, or a refresh. Undefined when this session was replaced or ended meanwhile here.
   */
  function settle(): Promise<string | undefined> {
    const at = generation;
    return tabs.withLock(async () => {
      if (storage.shared === true) {
        const stored = await readStorage();
        if (generation !== at) return undefined;
        if (!sameSession(stored, current)) {
          const was = current;
          hold(stored, !stored || !was);
          if (stored) emit({ type: was ? "refreshed" : "signedIn" });
          else if (was) emit({ type: "signedOut" });
        }
      }
      const session = current;
      if (!session) throw sessionError(ended);
      const time = now();
      if (time >= session.sessionExpiresAt) return end("expired");
      if (time < refreshAt(session)) return session.idToken;
      let answer: RefreshIdTokenResult;
      try {
        answer = await client.refreshIdToken({ sessionToken: session.sessionToken });
      } catch (error) {
        if (generation !== at) return undefined;
        if (error instanceof IdaasApiError) return end("refused", error);
        // A passing failure (network, time limit): the id_token held serves while it lives.
        if (now() < session.idTokenExpiresAt) return session.idToken;
        throw error;
      }
      if (generation !== at) return undefined;
      const refreshed = toStored(answer, now());
      if (!refreshed) {
        throw new IdaasResponseError("refreshIdToken", "the new id_token is not a JWT with a numeric exp claim");
      }
      hold(refreshed, false);
      await write(refreshed);
      tabs.post({ type: "refreshed", session: serialize(refreshed) });
      emit({ type: "refreshed" });
      return refreshed.idToken;
    });
  }

  async function getIdToken(): Promise<string> {
    await load();
    for (;;) {
      if (!current) throw sessionError(ended);
      const time = now();
      if (time < current.sessionExpiresAt && time < refreshAt(current)) return current.idToken;
      // One refresh at a time: every caller meanwhile waits for it.
      settling ??= settle().finally(() => {
        settling = undefined;
      });
      const idToken = await settling;
      if (idToken !== undefined) return idToken;
    }
  }

  async function start(result: SessionStart): Promise<void> {
    const session = checkStart(result, now());
    hold(session, true);
    await tabs.withLock(() => write(session));
    tabs.post({ type: "signedIn", session: serialize(session) });
    emit({ type: "signedIn" });
  }

  async function signOut(): Promise<void> {
    await load().catch(() => undefined); // the storage is cleared below either way
    const had = current !== undefined;
    hold(undefined, true);
    await tabs.withLock(() => write(undefined));
    tabs.post({ type: "signedOut" });
    if (had) emit({ type: "signedOut" });
  }

  function onChange(listener: SessionListener): () => void {
    if (!isFunction(listener)) throw new IdaasConfigError("session.onChange listener", "must be a function");
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  return Object.freeze({ start, getIdToken, onChange, signOut });
}
