// The session over a fake client and a clock the tests move: single flight, the rotated session token kept, the
// end of a session (expired, refused, signed out), the storages and the stored form, and tabs sharing one refresh.
import { spawnSync } from "node:child_process";
import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { IdaasApiError, IdaasConfigError, IdaasNetworkError, IdaasResponseError } from "./errors.js";
import type { RefreshIdTokenResult } from "./results.js";
import {
  createSession,
  IdaasSessionError,
  localStorageAdapter,
  memoryStorage,
  type SessionEvent,
  type SessionOptions,
  sessionStorageAdapter,
  type TokenStorage,
} from "./session.js";

const T0 = Date.UTC(2026, 11, 4, 10, 0, 0);
const KEY = "idaas-sdk.session";
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** An unsigned JWT with the times given (in seconds), as the session reads it (it never verifies). */
const jwt = (iat: number, exp: number, name = "王小明") =>
  `${base64url({ alg: "RS256", kid: "k1" })}.${base64url({ sub: "u1", name, iat, exp })}.c2lnbmF0dXJl`;

/** A clock in milliseconds that the test moves. */
function clock(start = T0) {
  let time = start;
  return {
    now: () => time,
    advance(seconds: number) {
      time += seconds * 1000;
    },
  };
}

interface FakeClientOptions {
  /** Seconds each new id_token lives. */
  ttl?: number;
  /** Seconds each refresh answers as `expire`. */
  expire?: number;
  /** Each refresh answers a new session token (as a tenant that refreshes them does). */
  rotate?: boolean;
}

/** A client whose refreshIdToken answers after a few ticks, counts calls and can be made to fail. */
function fakeClient(time: () => number, { ttl = 300, expire = 3600, rotate = true }: FakeClientOptions = {}) {
  const sent: string[] = [];
  let failure: Error | undefined;
  let issued = 0;
  let gate: Promise<void> = Promise.resolve();
  return {
    sent,
    failWith(error: Error | undefined) {
      failure = error;
    },
    /** Holds every answer until the returned function is called. */
    pause(): () => void {
      let open = () => {};
      gate = new Promise((resolve) => {
        open = resolve;
      });
      return open;
    },
    refreshIdToken: async ({ sessionToken }: { sessionToken: string }): Promise<RefreshIdTokenResult> => {
      sent.push(sessionToken);
      for (let tick = 0; tick < 3; tick++) await new Promise((resolve) => setImmediate(resolve));
      await gate;
      if (failure) throw failure;
      issued++;
      const iat = Math.floor(time() / 1000);
      return {
        sessionToken: rotate ? `session-token-${issued}` : sessionToken,
        expire,
        idToken: jwt(iat, iat + ttl, `refresh ${issued}`),
      };
    },
  };
}

/** A login's SUCCESS at the clock's time. */
const login = (time: number, { ttl = 300, expire = 3600 } = {}) => {
  const iat = Math.floor(time / 1000);
  return { status: "SUCCESS" as const, sessionToken: "session-token-0", expire, idToken: jwt(iat, iat + ttl) };
};

const refused = () =>
  new IdaasApiError({
    operation: "refreshIdToken",
    httpStatus: 400,
    code: "IDAAS.SDK.PARAM.0023",
    message: "the session token is invalid",
  });

/** A session over a fake client, with its clock, storage and the events it fired. */
function setUp(options: Partial<SessionOptions> & FakeClientOptions = {}) {
  const { ttl, expire, rotate, ...rest } = options;
  const time = clock();
  const client = fakeClient(time.now, { ttl, expire, rotate });
  const storage = rest.storage ?? memoryStorage();
  const session = createSession({ client, storage, now: time.now, ...rest });
  const events: SessionEvent[] = [];
  session.onChange((event) => events.push(event));
  return { time, client, storage, session, events };
}

const stored = async (storage: TokenStorage, key = KEY) => {
  const text = await storage.getItem(key);
  return text ? JSON.parse(text) : text;
};

describe("getIdToken", () => {
  test("gives the login's id_token while it is live, without a refresh", async () => {
    const { session, client, time, events } = setUp();
    const result = login(time.now());
    await session.start(result);
    expect(await session.getIdToken()).toBe(result.idToken);
    time.advance(239); // 300 s token, 60 s margin: 1 s before the refresh point
    expect(await session.getIdToken()).toBe(result.idToken);
    expect(client.sent).toEqual([]);
    expect(events).toEqual([{ type: "signedIn" }]);
  });

  test("refreshes within the margin, and keeps the rotated session token (and its expire)", async () => {
    const { session, client, time, storage, events } = setUp({ expire: 600 });
    await session.start(login(time.now()));
    time.advance(240);
    const first = await session.getIdToken();
    expect(first).not.toBe(login(T0).idToken);
    expect(client.sent).toEqual(["session-token-0"]);
    expect(await stored(storage)).toMatchObject({
      sessionToken: "session-token-1",
      idToken: first,
      sessionExpiresAt: time.now() + 600_000,
    });
    time.advance(240);
    await session.getIdToken();
    expect(client.sent).toEqual(["session-token-0", "session-token-1"]);
    expect(events).toEqual([{ type: "signedIn" }, { type: "refreshed" }, { type: "refreshed" }]);
  });

  test("20 concurrent calls share one refresh", async () => {
    const { session, client, time } = setUp();
    await session.start(login(time.now()));
    time.advance(300);
    const tokens = await Promise.all(Array.from({ length: 20 }, () => session.getIdToken()));
    expect(client.sent).toHaveLength(1);
    expect(new Set(tokens).size).toBe(1);
    // And the next ones use its token without another.
    expect(await session.getIdToken()).toBe(tokens[0]);
    expect(client.sent).toHaveLength(1);
  });

  test("the margin is at most half the id_token's lifetime: a 2-second token is not refreshed at every call", async () => {
    const { session, client, time } = setUp({ ttl: 2 });
    await session.start(login(time.now(), { ttl: 2 }));
    expect(await session.getIdToken()).toBe(login(T0, { ttl: 2 }).idToken);
    time.advance(1);
    await session.getIdToken();
    expect(client.sent).toHaveLength(1);
  });

  test("a margin of 0 refreshes at the expiry only; the lifetime is the token's own (exp − iat), not the clock's", async () => {
    const { session, client, time } = setUp({ margin: 0 });
    // A token issued by a tenant whose clock is an hour ahead: still 300 s from when it arrived.
    const iat = Math.floor(time.now() / 1000) + 3600;
    await session.start({ sessionToken: "s", expire: 3600, idToken: jwt(iat, iat + 300) });
    time.advance(299);
    await session.getIdToken();
    expect(client.sent).toEqual([]);
    time.advance(1);
    await session.getIdToken();
    expect(client.sent).toEqual(["s"]);
  });

  test("a refresh that fails on the way (network) keeps the session: the live id_token serves, then the error", async () => {
    const { session, client, time, events } = setUp();
    const result = login(time.now());
    await session.start(result);
    client.failWith(new IdaasNetworkError("refreshIdToken", "the request failed before any response"));
    time.advance(250);
    expect(await session.getIdToken()).toBe(result.idToken);
    time.advance(50);
    await expect(session.getIdToken()).rejects.toBeInstanceOf(IdaasNetworkError);
    client.failWith(undefined);
    expect(await session.getIdToken()).not.toBe(result.idToken);
    expect(events.map((event) => event.type)).toEqual(["signedIn", "refreshed"]);
  });

  test("an answer whose id_token has no exp is an IdaasResponseError, and the session keeps its tokens", async () => {
    const time = clock();
    const storage = memoryStorage();
    const client = {
      refreshIdToken: async () => ({ sessionToken: "new", expire: 60, idToken: "not-a-jwt" }),
    };
    const broken = createSession({ client, storage, now: time.now });
    await broken.start(login(time.now()));
    time.advance(300);
    await expect(broken.getIdToken()).rejects.toBeInstanceOf(IdaasResponseError);
    expect(await stored(storage)).toMatchObject({ sessionToken: "session-token-0" });
  });
});

describe("the end of a session", () => {
  test("a refused refresh ends it: `expired` (refused) fires, the storage is cleared, getIdToken rejects typed", async () => {
    const { session, client, time, storage, events } = setUp();
    const result = login(time.now());
    await session.start(result);
    client.failWith(refused());
    time.advance(300);
    const calls = Array.from({ length: 5 }, () => session.getIdToken());
    const errors = await Promise.all(calls.map((call) => call.catch((error: unknown) => error)));
    expect(client.sent).toHaveLength(1);
    for (const error of errors) {
      expect(error).toBeInstanceOf(IdaasSessionError);
      expect(error).toMatchObject({ reason: "refused", cause: expect.any(IdaasApiError) });
      const shown = `${(error as Error).message} ${JSON.stringify(error)} ${inspect(error, { depth: 5 })}`;
      for (const secret of [result.sessionToken, result.idToken]) expect(shown).not.toContain(secret);
    }
    expect((errors[0] as Error).message).toContain("IDAAS.SDK.PARAM.0023");
    expect(events).toEqual([{ type: "signedIn" }, { type: "expired", reason: "refused" }]);
    expect(await storage.getItem(KEY)).toBeUndefined();
    await expect(session.getIdToken()).rejects.toMatchObject({ reason: "refused" });
    expect(client.sent).toHaveLength(1);
  });

  test("a session token past its expire ends it without a refresh: `expired` fires", async () => {
    const { session, client, time, storage, events } = setUp();
    await session.start(login(time.now(), { expire: 120, ttl: 300 }));
    time.advance(120);
    await expect(session.getIdToken()).rejects.toMatchObject({ name: "IdaasSessionError", reason: "expired" });
    expect(client.sent).toEqual([]);
    expect(events).toEqual([{ type: "signedIn" }, { type: "expired", reason: "expired" }]);
    expect(await storage.getItem(KEY)).toBeUndefined();
  });

  test("signOut clears the state and the storage and fires `signedOut`; getIdToken then rejects signed-out", async () => {
    const { session, time, storage, events } = setUp();
    await session.start(login(time.now()));
    expect(await stored(storage)).toMatchObject({ version: 1 });
    await session.signOut();
    expect(await storage.getItem(KEY)).toBeUndefined();
    expect(events).toEqual([{ type: "signedIn" }, { type: "signedOut" }]);
    await expect(session.getIdToken()).rejects.toMatchObject({ reason: "signed-out" });
    await session.signOut(); // nothing to sign out: no event
    expect(events).toHaveLength(2);
  });

  test("before start, getIdToken rejects signed-out, saying what to do", async () => {
    const { session } = setUp();
    await expect(session.getIdToken()).rejects.toThrow(/^no session \(not started, or signed out\): sign the user in/);
  });

  test("signOut during a refresh: its answer is not kept", async () => {
    const { session, client, time, storage } = setUp();
    await session.start(login(time.now()));
    time.advance(300);
    const answer = client.pause();
    const pending = session.getIdToken();
    await vi.waitFor(() => expect(client.sent).toHaveLength(1));
    await session.signOut();
    answer();
    await expect(pending).rejects.toMatchObject({ reason: "signed-out" });
    expect(await storage.getItem(KEY)).toBeUndefined();
  });

  test("start during a refresh: the new session wins, and the refresh's answer is not kept", async () => {
    const { session, client, time, storage } = setUp();
    await session.start(login(time.now()));
    time.advance(300);
    const answer = client.pause();
    const pending = session.getIdToken();
    await vi.waitFor(() => expect(client.sent).toHaveLength(1));
    const next = { ...login(time.now()), sessionToken: "second-login" };
    await session.start(next);
    answer();
    expect(await pending).toBe(next.idToken);
    expect(await stored(storage)).toMatchObject({ sessionToken: "second-login" });
  });
});

describe("start", () => {
  test.each([
    [{ status: "MFA_AUTH", stateToken: "x", mfaMethods: ["EMAIL"] }, /is a MFA_AUTH result, not SUCCESS/],
    [{ status: "SUCCESS", sessionToken: "", expire: 60, idToken: jwt(1, 2) }, /result\.sessionToken must be/],
    [{ status: "SUCCESS", sessionToken: "s", expire: "60", idToken: jwt(1, 2) }, /result\.expire must be/],
    [{ status: "SUCCESS", sessionToken: "s", expire: 60, idToken: "opaque" }, /result\.idToken is not a JWT/],
    [null, /must be a login's SUCCESS result/],
  ])("refuses %j before storing anything", async (result, message) => {
    const { session, storage, events } = setUp();
    await expect(session.start(result as never)).rejects.toThrow(message);
    await expect(session.start(result as never)).rejects.toBeInstanceOf(IdaasConfigError);
    expect(await storage.getItem(KEY)).toBeUndefined();
    expect(events).toEqual([]);
  });

  test("takes a refresh's answer too (no status)", async () => {
    const { session, time } = setUp();
    const { status: _, ...answer } = login(time.now());
    await session.start(answer);
    expect(await session.getIdToken()).toBe(answer.idToken);
  });
});

describe("storage", () => {
  test("the stored form: one JSON value under one key, with the format's version and this clock's times", async () => {
    const { session, time, storage } = setUp({ expire: 7200 });
    const result = login(time.now(), { expire: 7200 });
    await session.start(result);
    expect(await stored(storage)).toEqual({
      version: 1,
      sessionToken: result.sessionToken,
      sessionExpiresAt: T0 + 7_200_000,
      idToken: result.idToken,
      idTokenExpiresAt: T0 + 300_000,
      receivedAt: T0,
    });
  });

  test("a session made later over the same storage resumes it (an async storage too)", async () => {
    const values = new Map<string, string>();
    const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 1));
    const storage: TokenStorage = {
      getItem: (key) => later(values.get(key) ?? null),
      setItem: (key, value) => later(void values.set(key, value)),
      removeItem: (key) => later(void values.delete(key)),
    };
    const first = setUp({ storage });
    const result = login(first.time.now());
    await first.session.start(result);
    const second = createSession({ client: first.client, storage, now: first.time.now });
    expect(await second.getIdToken()).toBe(result.idToken);
    first.time.advance(300);
    expect(await second.getIdToken()).not.toBe(result.idToken);
    expect(JSON.parse(values.get(KEY) ?? "{}")).toMatchObject({ sessionToken: "session-token-1" });
  });

  test.each([
    ["not JSON", "{"],
    ["another version", JSON.stringify({ version: 2, sessionToken: "s" })],
    ["a missing field", JSON.stringify({ version: 1, sessionToken: "s", idToken: "i" })],
  ])("a stored value that is %s counts as no session", async (_, text) => {
    const storage = memoryStorage();
    storage.setItem(KEY, text);
    const { session } = setUp({ storage });
    await expect(session.getIdToken()).rejects.toMatchObject({ reason: "signed-out" });
  });

  test("the key option keeps two sessions apart in one storage", async () => {
    const storage = memoryStorage();
    const a = setUp({ storage, key: "app.a" });
    const b = setUp({ storage, key: "app.b" });
    await a.session.start(login(T0));
    await expect(b.session.getIdToken()).rejects.toMatchObject({ reason: "signed-out" });
    expect(await stored(storage, "app.a")).toMatchObject({ version: 1 });
  });

  describe("the Web Storage adapters", () => {
    afterEach(() => vi.unstubAllGlobals());

    /** A Web Storage as the browser has it. */
    function webStorage(): Storage {
      const values = new Map<string, string>();
      return {
        getItem: (key: string) => values.get(key) ?? null,
        setItem: (key: string, value: string) => void values.set(key, value),
        removeItem: (key: string) => void values.delete(key),
        clear: () => values.clear(),
        key: () => null,
        get length() {
          return values.size;
        },
      };
    }

    test.each([
      ["localStorage", localStorageAdapter, true],
      ["sessionStorage", sessionStorageAdapter, false],
    ] as const)(
      "%s: reads and writes the browser's, looked up when used; shared: %s",
      async (name, adapter, shared) => {
        const adapted = adapter(); // no Web Storage yet: made on a server, for SSR, it does not throw
        expect(adapted.shared).toBe(shared);
        expect(() => adapted.getItem(KEY)).toThrow(IdaasConfigError);
        expect(() => adapted.getItem(KEY)).toThrow(`${name}Adapter() needs the browser's ${name}`);
        const browser = webStorage();
        vi.stubGlobal(name, browser);
        const { session, time } = setUp({ storage: adapted });
        await session.start(login(time.now()));
        expect(JSON.parse(browser.getItem(KEY) ?? "")).toMatchObject({ version: 1 });
        await session.signOut();
        expect(browser.getItem(KEY)).toBeNull();
      },
    );
  });
});

describe("options and events", () => {
  test.each([
    [{ client: {} }, "createSession options.client must be an EIAM or CIAM client"],
    [{ storage: { getItem: () => null } }, "createSession options.storage must have getItem, setItem and removeItem"],
    [{ margin: -1 }, "createSession options.margin must be a number of seconds, 0 or more"],
    [{ margin: Number.NaN }, "createSession options.margin must be"],
    [{ key: "" }, "createSession options.key must be a non-empty string"],
    [{ now: 5 }, "createSession options.now must be a function"],
    [
      { timeout: 5 },
      "createSession options.timeout is not an option; the options are client, storage, key, margin, now",
    ],
  ])("%j is refused at creation", (options, message) => {
    const client = fakeClient(Date.now);
    expect(() => createSession({ client, ...options } as never)).toThrow(message);
  });

  test("onChange returns the unsubscribe; a listener that throws does not stop the session or the others", async () => {
    const { session, time } = setUp();
    const seen: string[] = [];
    const thrown: unknown[] = [];
    const onError = (error: unknown) => thrown.push(error);
    process.on("uncaughtException", onError);
    try {
      session.onChange(() => {
        throw new Error("listener bug");
      });
      const off = session.onChange((event) => seen.push(event.type));
      await session.start(login(time.now()));
      off();
      await session.signOut();
      await new Promise((resolve) => setImmediate(resolve));
      expect(seen).toEqual(["signedIn"]);
      expect(thrown).toEqual([new Error("listener bug"), new Error("listener bug")]);
    } finally {
      process.off("uncaughtException", onError);
    }
  });

  test("the session object shows no token (inspect, JSON)", async () => {
    const { session, time } = setUp();
    const result = login(time.now());
    await session.start(result);
    expect(`${inspect(session, { depth: 5, showHidden: true })} ${JSON.stringify(session)}`).not.toContain(
      result.sessionToken,
    );
  });
});

describe("tabs that share a storage", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Web Locks as a browser has them: one holder per name, the others queued. */
  function webLocks() {
    const queues = new Map<string, Promise<unknown>>();
    return {
      request(name: string, task: () => Promise<unknown>) {
        const run = (queues.get(name) ?? Promise.resolve()).then(() => task());
        queues.set(
          name,
          run.catch(() => undefined),
        );
        return run;
      },
    };
  }

  /** Two "tabs": a session each, a client each, one shared storage, one clock; BroadcastChannel is Node's own. */
  function twoTabs() {
    const time = clock();
    const storage: TokenStorage = { ...memoryStorage(), shared: true };
    const tabs = [0, 1].map(() => {
      const client = fakeClient(time.now);
      const session = createSession({ client, storage, now: time.now });
      const events: SessionEvent[] = [];
      session.onChange((event) => events.push(event));
      return { client, session, events };
    });
    const refreshes = () => tabs.reduce((sum, tab) => sum + tab.client.sent.length, 0);
    return { time, storage, tabs, refreshes };
  }

  const eventually = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });

  test("with Web Locks: 20 concurrent calls in two tabs make one refresh, and both get its id_token", async () => {
    vi.stubGlobal("navigator", { locks: webLocks() });
    const { time, tabs, refreshes, storage } = twoTabs();
    const [a, b] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
    await a.session.start(login(time.now()));
    await eventually(() => expect(b.events).toEqual([{ type: "signedIn" }]));
    time.advance(300);
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, index) => (index % 2 ? b : a).session.getIdToken()),
    );
    expect(refreshes()).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(await stored(storage)).toMatchObject({ sessionToken: "session-token-1", idToken: tokens[0] });
    // The second tab found the first one's tokens (under the lock, or from its message): it sends the new token next.
    time.advance(300);
    await b.session.getIdToken();
    expect(b.client.sent).toEqual(["session-token-1"]);
  });

  test("a refresh, a sign-out and an end in one tab reach the other through BroadcastChannel", async () => {
    const { time, tabs } = twoTabs();
    const [a, b] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
    await a.session.start(login(time.now()));
    await eventually(() => expect(b.events).toEqual([{ type: "signedIn" }]));
    time.advance(300);
    const token = await a.session.getIdToken();
    await eventually(() => expect(b.events.at(-1)).toEqual({ type: "refreshed" }));
    expect(await b.session.getIdToken()).toBe(token);
    await a.session.signOut();
    await eventually(() => expect(b.events.at(-1)).toEqual({ type: "signedOut" }));
    await expect(b.session.getIdToken()).rejects.toMatchObject({ reason: "signed-out" });
    await b.session.start(login(time.now()));
    b.client.failWith(refused());
    time.advance(300);
    await expect(b.session.getIdToken()).rejects.toMatchObject({ reason: "refused" });
    await eventually(() => expect(a.events.at(-1)).toEqual({ type: "expired", reason: "refused" }));
    await expect(a.session.getIdToken()).rejects.toMatchObject({ reason: "refused" });
  });

  test("a message that is not a session's is ignored", async () => {
    const { time, tabs } = twoTabs();
    const [a, b] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
    await a.session.start(login(time.now()));
    await eventually(() => expect(b.events).toHaveLength(1));
    const channel = new BroadcastChannel(`idaas-sdk session ${KEY}`);
    for (const junk of [null, "x", { type: "refreshed", session: "{" }, { type: "expired", reason: "other" }, {}]) {
      channel.postMessage(junk);
    }
    channel.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(b.events).toEqual([{ type: "signedIn" }]);
    expect(await b.session.getIdToken()).toBe(login(T0).idToken);
  });
});

test("a session, used or not, keeps no Node process alive (no timer; its BroadcastChannel is unref'd)", () => {
  const entry = new URL("../dist/session.js", import.meta.url).href;
  const script = `
    const { createSession, memoryStorage } = await import(${JSON.stringify(entry)});
    const client = { refreshIdToken: async () => { throw new Error("not called"); } };
    const iat = Math.floor(Date.now() / 1000);
    const part = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const idToken = part({ alg: "none" }) + "." + part({ iat, exp: iat + 300 }) + ".x";
    const shared = createSession({ client, storage: { ...memoryStorage(), shared: true } });
    await shared.start({ status: "SUCCESS", sessionToken: "s", expire: 3600, idToken });
    await shared.getIdToken();
    createSession({ client });
    console.log("done");
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 20_000 });
  expect([run.signal, run.status, run.stdout.trim(), run.stderr]).toEqual([null, 0, "done", ""]);
});
