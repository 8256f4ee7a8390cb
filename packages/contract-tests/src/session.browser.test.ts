// Two tabs of one origin in headless Chromium share one session (localStorageAdapter: Web Locks, BroadcastChannel)
// and one refresh. Each tab runs the product's built /session entry and client, bundled, against the emulator
// (id_tokens of 2 seconds, session tokens rotated at each refresh, so that a second refresh of the same token would
// be refused). The first tab's refresh is held on its way until the second tab waits for the lock: a true race,
// decided by the lock, not by timing. The clock of both tabs and of the emulator is the test's. Chromium and esbuild
// are the client suite's, reached by path (this package does not depend on it). Without Chromium the file skips.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test as vitestTest } from "vitest";
import { launchChromium, noChromium } from "../../client-test-suite/src/browser.js";
import { bundleForBrowser } from "../../client-test-suite/src/bundle.js";
import { CLIENT_ID, undocumentedAnswers } from "./support/emulator.js";
import { ID_TOKEN_TTL, logIn, refreshes, refreshRoute, statuses, type Tenant, tenant } from "./support/session.js";
import { PRODUCTS } from "./support/spec.js";

const test = vitestTest.skipIf(noChromium);
// Playwright's types, as the Chromium lookup gives them (this package does not depend on playwright-core itself).
type Browser = Awaited<ReturnType<typeof launchChromium>>;
type BrowserContext = Awaited<ReturnType<Browser["newContext"]>>;
type Page = Awaited<ReturnType<BrowserContext["newPage"]>>;

// The page's script: each product's client and /session entry as published, and a clock the test sets.
const PAGE_SCRIPT = `
import { createEiamClient } from "@idaas-sdk/eiam";
import * as eiam from "@idaas-sdk/eiam/session";
import { createCiamClient } from "@idaas-sdk/ciam";
import * as ciam from "@idaas-sdk/ciam/session";
const products = { eiam: [createEiamClient, eiam], ciam: [createCiamClient, ciam] };
const tab = { clock: 0, events: [] };
tab.openSession = (product, baseUrl, clientId) => {
  const [createClient, entry] = products[product];
  const device = { fingerprint: "two-tabs", agent: "contract-tests", osVersion: "chromium" };
  const client = createClient({ baseUrl, clientId, device });
  tab.session = entry.createSession({ client, storage: entry.localStorageAdapter(), now: () => tab.clock });
  tab.session.onChange((event) => tab.events.push(event.type));
  tab.storageKey = entry.SESSION_KEY;
};
window.tab = tab;
`;

/** What the page's script puts on `window.tab`. */
interface Tab {
  clock: number;
  events: string[];
  openSession(product: string, baseUrl: string, clientId: string): void;
  session: {
    start(result: object): Promise<void>;
    getIdToken(): Promise<string>;
    signOut(): Promise<void>;
  };
  storageKey: string;
  /** The id_token of the tab's pending getIdToken. */
  pending?: Promise<string>;
}
declare global {
  interface Window {
    tab: Tab;
  }
}

let browser: Browser;
let server: Server;
let pageUrl: string;
let at: Tenant;

beforeAll(async () => {
  if (noChromium) return;
  const script = await bundleForBrowser(PAGE_SCRIPT, fileURLToPath(new URL(".", import.meta.url)));
  server = createServer((request, response) => {
    if (request.url === "/session.js") response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else
      response
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><script src="/session.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  [browser, at] = await Promise.all([
    launchChromium(["--no-sandbox", "--disable-gpu", "--no-first-run"]),
    tenant({ rotateSessionTokens: true }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  expect(undocumentedAnswers()).toEqual([]);
});

/** Sets the tabs' clock to the emulator's. */
const syncClocks = (tabs: Page[]) =>
  Promise.all(
    tabs.map((page) =>
      page.evaluate((time) => {
        window.tab.clock = time;
      }, at.now()),
    ),
  );

/** Starts a getIdToken in the tab, without waiting for it: its id_token is `window.tab.pending`. */
const askForIdToken = (page: Page) =>
  page.evaluate(() => {
    window.tab.pending = window.tab.session.getIdToken();
  });

/** Resolves once a tab of the origin waits for a Web Lock that another holds. */
const someoneWaitsForTheLock = (page: Page) =>
  page.waitForFunction(async () => {
    const state = await navigator.locks.query();
    return (state.held?.length ?? 0) > 0 && (state.pending?.length ?? 0) > 0;
  });

// Each product, with the BroadcastChannel and without it (a browser that lacks it: the tab that waited for the lock
// finds the new tokens by reading the storage again under it).
const CASES = PRODUCTS.flatMap((product) => [
  { product, channel: true, name: `${product}: two tabs in Chromium` },
  { product, channel: false, name: `${product}: two tabs in Chromium without BroadcastChannel` },
]);

describe.each(CASES)("$name", ({ product, channel }) => {
  let context: BrowserContext;
  let first: Page;
  let second: Page;
  beforeAll(async () => {
    if (noChromium) return;
    context = await browser.newContext();
    if (!channel) {
      await context.addInitScript(() => {
        delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
      });
    }
    [first, second] = await Promise.all([context.newPage(), context.newPage()]);
    for (const page of [first, second]) {
      page.on("pageerror", (error) => {
        throw error;
      });
      await page.goto(pageUrl);
      await page.evaluate(([name, baseUrl, clientId]) => window.tab.openSession(name, baseUrl, clientId), [
        product,
        at.world.mock.baseUrl(product),
        CLIENT_ID,
      ] as const);
    }
    await syncClocks([first, second]);
  }, 60_000);
  // The context stays open until the browser closes: with the one process Chromium runs here (--single-process),
  // closing a context can take the browser down with it.

  test("a login in one tab reaches the other; after expiry both ask at once and one refresh serves both", async () => {
    expect(await second.evaluate(() => typeof BroadcastChannel === "function")).toBe(channel);
    const login = await logIn(at, product);
    const { status, sessionToken, expire, idToken } = login;
    await first.evaluate((result) => window.tab.session.start(result), { status, sessionToken, expire, idToken });
    // Told at once through the channel; else read from the storage at the first getIdToken.
    if (channel) await second.waitForFunction(() => window.tab.events.includes("signedIn"));
    expect(await second.evaluate(() => window.tab.session.getIdToken())).toBe(login.idToken);

    // The refresh of the first tab is held on its way to the emulator until the second tab waits for the lock.
    const { method, path } = refreshRoute(product);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached = () => {};
    const refreshing = new Promise<void>((resolve) => {
      reached = resolve;
    });
    await context.route(`${at.world.mock.url}${path}`, async (route) => {
      if (route.request().method() === method) {
        reached();
        await held;
      }
      await route.continue();
    });
    const before = refreshes(at, product).length;
    at.advance(ID_TOKEN_TTL);
    await syncClocks([first, second]);

    await askForIdToken(first);
    await refreshing;
    await askForIdToken(second);
    await someoneWaitsForTheLock(second);
    release();
    const [fromFirst, fromSecond] = await Promise.all(
      [first, second].map((page) => page.evaluate(() => window.tab.pending as Promise<string>)),
    );
    await context.unroute(`${at.world.mock.url}${path}`);

    expect(statuses(refreshes(at, product).slice(before))).toEqual(["200"]);
    expect(fromFirst).not.toBe(login.idToken);
    expect(fromSecond).toBe(fromFirst);
    const stored = await first.evaluate(() => localStorage.getItem(window.tab.storageKey));
    expect(JSON.parse(stored ?? "{}")).toMatchObject({ idToken: fromFirst });
    expect(stored).not.toContain(login.sessionToken);
    expect(await first.evaluate(() => window.tab.events)).toEqual(["signedIn", "refreshed"]);
    expect(await second.evaluate(() => window.tab.events)).toEqual(channel ? ["signedIn", "refreshed"] : ["refreshed"]);
  });

  /** How the second tab's getIdToken ends: "resolved", or the error's name and reason. */
  const secondTabAsks = () =>
    second.evaluate(() =>
      window.tab.session.getIdToken().then(
        () => "resolved",
        (error: { name: string; reason: string }) => `${error.name} ${error.reason}`,
      ),
    );

  if (channel) {
    test("signOut in one tab signs the other out at once: `signedOut` there, getIdToken refused", async () => {
      await first.evaluate(() => window.tab.session.signOut());
      await second.waitForFunction(() => window.tab.events.includes("signedOut"));
      expect(await second.evaluate(() => localStorage.getItem(window.tab.storageKey))).toBeNull();
      expect(await secondTabAsks()).toBe("IdaasSessionError signed-out");
      expect(await first.evaluate(() => window.tab.events)).toEqual(["signedIn", "refreshed", "signedOut"]);
    });
  } else {
    test("signOut in one tab reaches the other at its next refresh, with no request", async () => {
      await first.evaluate(() => window.tab.session.signOut());
      expect(await second.evaluate(() => localStorage.getItem(window.tab.storageKey))).toBeNull();
      // Its id_token still lives: nothing told it.
      expect(await secondTabAsks()).toBe("resolved");
      const before = refreshes(at, product).length;
      at.advance(ID_TOKEN_TTL);
      await syncClocks([first, second]);
      expect(await secondTabAsks()).toBe("IdaasSessionError signed-out");
      expect(await second.evaluate(() => window.tab.events)).toEqual(["refreshed", "signedOut"]);
      expect(refreshes(at, product)).toHaveLength(before);
    });
  }
});
