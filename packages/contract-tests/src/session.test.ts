// Each product's `/session` entry against the emulator, over real sockets: id_tokens of 2 seconds, a clock that the
// emulator and the session share (moved by the test, never waited on), and the emulator's request log as the count
// of refreshes that reached it.
import * as ciamSession from "@idaas-sdk/ciam/session";
import * as eiamSession from "@idaas-sdk/eiam/session";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { undocumentedAnswers } from "./support/emulator.js";
import { ID_TOKEN_TTL, logIn, refreshes, SESSION_TTL, statuses, type Tenant, tenant } from "./support/session.js";
import { PRODUCTS } from "./support/spec.js";

type Product = (typeof PRODUCTS)[number];
const entries = { eiam: eiamSession, ciam: ciamSession };

const CONCURRENT = 20;

/** A storage the test can read: the three methods over a Map. */
function inspectable() {
  const values = new Map<string, string>();
  const storage: eiamSession.TokenStorage = {
    getItem: (key) => values.get(key),
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
  const stored = (): eiamSession.StoredSession | undefined => {
    const [value] = values.values();
    return value === undefined ? undefined : (JSON.parse(value) as eiamSession.StoredSession);
  };
  return { values, storage, stored };
}

/** A started session of `product` on `at`, its events, its storage and the login it started from. */
async function signedIn(at: Tenant, product: Product) {
  const { createSession } = entries[product];
  const { values, storage, stored } = inspectable();
  const session = createSession({ client: at.world[product], storage, now: at.now });
  const events: string[] = [];
  session.onChange((event) => events.push(event.type === "expired" ? `expired:${event.reason}` : event.type));
  const login = await logIn(at, product);
  await session.start(login);
  return { session, events, values, stored, login };
}

let plainTenant: Tenant;
let rotating: Tenant;
beforeAll(async () => {
  [plainTenant, rotating] = await Promise.all([
    tenant({ rotateSessionTokens: false }),
    tenant({ rotateSessionTokens: true }),
  ]);
});
afterAll(() => {
  expect(undocumentedAnswers()).toEqual([]);
});

describe.each(PRODUCTS)("%s: a session against the emulator, id_tokens of 2 seconds", (product) => {
  test("getIdToken gives the login's id_token while it lives, and a new one once it has expired", async () => {
    const at = plainTenant;
    const { session, events, login, stored } = await signedIn(at, product);
    const before = refreshes(at, product).length;
    expect(await session.getIdToken()).toBe(login.idToken);
    expect(refreshes(at, product).length).toBe(before);

    at.advance(ID_TOKEN_TTL);
    const idToken = await session.getIdToken();
    expect(idToken).not.toBe(login.idToken);
    expect(refreshes(at, product)).toHaveLength(before + 1);
    expect(refreshes(at, product).at(-1)).toMatch(/ 200 /);
    expect(stored()?.idToken).toBe(idToken);
    // The new id_token is the emulator's, and lives again.
    expect(await session.getIdToken()).toBe(idToken);
    expect(refreshes(at, product)).toHaveLength(before + 1);
    expect(events).toEqual(["signedIn", "refreshed"]);
  });

  test.each([
    { tokens: "the same session token", rotate: false },
    { tokens: "rotated session tokens", rotate: true },
  ])(`${CONCURRENT} concurrent getIdToken calls after expiry cause one refresh ($tokens)`, async ({ rotate }) => {
    const at = rotate ? rotating : plainTenant;
    const { session, events } = await signedIn(at, product);
    const before = refreshes(at, product).length;
    at.advance(ID_TOKEN_TTL);
    const idTokens = await Promise.all(Array.from({ length: CONCURRENT }, () => session.getIdToken()));
    const refreshed = refreshes(at, product).slice(before);
    expect(refreshed).toHaveLength(1);
    expect(refreshed[0]).toMatch(/ 200 /);
    expect(new Set(idTokens).size).toBe(1);
    expect(events).toEqual(["signedIn", "refreshed"]);
  });

  test("a rotated session token is kept: the next refresh uses it, and the old one is refused", async () => {
    const at = rotating;
    const { session, login, stored } = await signedIn(at, product);
    const before = refreshes(at, product).length;
    at.advance(ID_TOKEN_TTL);
    const first = await session.getIdToken();
    const rotated = stored()?.sessionToken;
    expect(rotated).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(rotated).not.toBe(login.sessionToken);

    at.advance(ID_TOKEN_TTL);
    const second = await session.getIdToken();
    expect(second).not.toBe(first);
    expect(stored()?.sessionToken).not.toBe(rotated);
    expect(statuses(refreshes(at, product).slice(before))).toEqual(["200", "200"]);
    // The login's session token is spent: a session that had kept it would have ended here.
    await expect(at.world[product].refreshIdToken({ sessionToken: login.sessionToken })).rejects.toMatchObject({
      name: expect.stringMatching(/ApiError$/),
    });
  });

  test("a session whose session token has expired ends: getIdToken rejects, `expired` fires, no request", async () => {
    const at = plainTenant;
    const { session, events, stored } = await signedIn(at, product);
    const before = refreshes(at, product).length;
    at.advance(SESSION_TTL);
    const error = await session.getIdToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(entries[product].IdaasSessionError);
    expect(error).toMatchObject({ reason: "expired", message: expect.stringContaining("sign the user in again") });
    expect(events).toEqual(["signedIn", "expired:expired"]);
    expect(refreshes(at, product)).toHaveLength(before);
    expect(stored()).toBeUndefined();
  });

  test("a refresh the emulator refuses (it forgot the session) ends the session: `expired` with `refused`", async () => {
    // An emulator of its own: the reset forgets every session.
    const at = await tenant({ rotateSessionTokens: false });
    const { session, events, stored } = await signedIn(at, product);
    at.world.mock.emulator?.reset();
    at.advance(ID_TOKEN_TTL);
    const error = await session.getIdToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(entries[product].IdaasSessionError);
    expect(error).toMatchObject({ reason: "refused", cause: { name: expect.stringMatching(/ApiError$/) } });
    expect(statuses(refreshes(at, product))).toEqual(["400"]);
    expect(events).toEqual(["signedIn", "expired:refused"]);
    expect(stored()).toBeUndefined();
  });

  test("signOut clears the storage, fires `signedOut`, and getIdToken then rejects with no request", async () => {
    const at = plainTenant;
    const { session, events, values } = await signedIn(at, product);
    expect([...values.keys()]).toEqual([entries[product].SESSION_KEY]);
    await session.signOut();
    expect(values.size).toBe(0);
    expect(events).toEqual(["signedIn", "signedOut"]);
    const before = refreshes(at, product).length;
    at.advance(ID_TOKEN_TTL);
    await expect(session.getIdToken()).rejects.toMatchObject({ name: "IdaasSessionError", reason: "signed-out" });
    expect(refreshes(at, product)).toHaveLength(before);
  });
});
