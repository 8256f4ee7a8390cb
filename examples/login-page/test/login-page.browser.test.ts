// The login page as built (vite build → dist), served as npm start serves it (scripts/login-page.mjs, its
// config.json pointing at this file's emulator), driven in headless Chromium: SMS login with the real slider puzzle
// (the solution from the emulator's captchas(), the code from its inbox), the password statuses, errors in both
// languages, 320 pixels. One browser for the file, its pages reused; every request and console message recorded.
// Screenshots of each screen go to test-artifacts/login-page/. Without Chromium the file skips.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCiamClient } from "@idaas-sdk/ciam";
import { SESSION_KEY, type StoredSession } from "@idaas-sdk/ciam/session";
import { launchChromium, noChromium } from "@idaas-sdk/client-test-suite/browser";
import { DEFAULT_USERS, ID_TOKEN_LIFETIMES, type RunningMock, startMock } from "@idaas-sdk/mock";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test as vitestTest } from "vitest";
import { serveLoginPage } from "../../../scripts/login-page.mjs";
import { axeViolations, dragSliderTo, open, prepare, screenshot, sliderReady, withTestFont } from "./drive.js";

const test = vitestTest.skipIf(noChromium);
const artifacts = join(fileURLToPath(new URL("../../..", import.meta.url)), "test-artifacts", "login-page");
const { clientId } = JSON.parse(readFileSync(new URL("../public/config.json", import.meta.url), "utf8"));

/** A default CIAM user of the emulator: `ok`, `warn` or `expired` password, allowed in. */
function user(state: "ok" | "warn" | "expired") {
  const found = DEFAULT_USERS.ciam.find(
    (candidate) => (candidate.passwordState ?? "ok") === state && !candidate.disabled && !candidate.accessDenied,
  );
  if (!found?.mobile || !found.password) throw new Error(`the emulator has no CIAM user whose password is ${state}`);
  return { ...found, mobile: found.mobile, password: found.password };
}

let browser: Browser;
let mock: RunningMock;
let site: { url: string; close(): Promise<void> };
let desktop: Page;
let narrow: Page;
const requests: string[] = [];
/** The console's errors: the page's own, and the browser's line for each answer with an error status. */
const consoleErrors: { text: string; url: string }[] = [];

async function newPage(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2, locale: "en-US" });
  const page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => consoleErrors.push({ text: `pageerror: ${error.message}`, url: "" }));
  await prepare(page);
  return page;
}

const shot = (page: Page, name: string) => screenshot(page, join(artifacts, `${name}.png`));
const ciamUrl = () => mock.baseUrl("ciam");

/** The emulator's newest live CIAM challenge: the one the slider just loaded (the tests run one at a time). */
function solution() {
  const challenge = mock.emulator
    ?.captchas()
    .filter((candidate) => candidate.product === "ciam")
    .at(-1);
  if (!challenge) throw new Error("the emulator has no live CIAM challenge");
  return challenge.solution.x;
}

/** The last code the emulator sent to `mobile`, from its inbox. */
function codeSentTo(mobile: string) {
  const code = mock.emulator?.codes(mobile).at(-1);
  if (!code) throw new Error(`the emulator sent no code to ${mobile}`);
  expect(code.type).toBe("LOGIN_SMS");
  return code.code;
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const text = (page: Page, selector: string) => page.locator(selector).textContent();

/** The number, Send code, the puzzle solved: the code step, focused. */
async function sendCode(page: Page, mobile: string, screenshots?: { captcha: string }) {
  await page.locator("#sms-mobile").fill(mobile);
  await page.getByRole("button", { name: "Send code" }).click();
  await sliderReady(page);
  expect(await activeId(page)).toBe("sms-captcha-title");
  if (screenshots) await shot(page, screenshots.captcha);
  await dragSliderTo(page, solution());
  await page.locator("#sms-code").waitFor();
  expect(await activeId(page)).toBe("sms-code");
  await expect(text(page, "#sms-status")).resolves.toBe(
    `We texted a code to ${mobile.slice(0, 3)}****${mobile.slice(-4)}.`,
  );
}

/** Signs in with the password form; resolves once the next screen's heading is shown. */
async function passwordSignIn(page: Page, mobile: string, password: string) {
  await page.getByRole("radio", { name: "Password" }).check();
  await page.locator("#password-mobile").fill(mobile);
  await page.locator("#password-current").fill(password);
  await page.locator("#password-form").getByRole("button", { name: "Sign in" }).click();
}

/** The signed-in screen's claims, term → value. */
async function claims(page: Page) {
  await page.locator("#claims dd").first().waitFor();
  const terms = await page.locator("#claims dt").allTextContents();
  const values = await page.locator("#claims dd").allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term, values[index]]));
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [mock, browser] = await Promise.all([
    startMock({ port: 0, mode: "emulator" }),
    launchChromium(["--no-sandbox", "--disable-gpu", "--no-first-run"]),
  ]);
  site = await serveLoginPage({ port: 0, baseUrl: ciamUrl() });
  desktop = await newPage({ width: 520, height: 760 });
  narrow = await newPage({ width: 320, height: 640 });
});
afterEach(() => mock?.emulator?.reset()); // codes, tokens, failed attempts, changed passwords
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await mock?.close();
});

describe("by SMS code", () => {
  test("the number, the slider, the code from the inbox: signed in, the id_token's claims verified", async () => {
    const { mobile, name, userName, email } = user("ok");
    await open(desktop, site.url);
    expect(await axeViolations(desktop)).toEqual([]);
    await shot(desktop, "sign-in");

    await desktop.getByRole("button", { name: "Send code" }).click();
    await expect(text(desktop, "#sms-error")).resolves.toBe("Enter your mobile number.");
    await expect(desktop.locator("#sms-mobile").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await activeId(desktop)).toBe("sms-mobile");

    await sendCode(desktop, mobile, { captcha: "sms-captcha" });
    expect(await axeViolations(desktop)).toEqual([]);
    await desktop.locator("#sms-code").fill(codeSentTo(mobile));
    await shot(desktop, "sms-code");
    await desktop.getByRole("button", { name: "Sign in" }).click();

    await desktop.getByRole("heading", { level: 1, name: `Welcome, ${name}` }).waitFor();
    expect(await activeId(desktop)).toBe("signed-in-title");
    expect(await claims(desktop)).toMatchObject({
      Name: name,
      "User name": userName,
      Mobile: mobile,
      Email: email,
      "Issuer (iss)": `${ciamUrl()}/api/v1/oauth2`,
      "Audience (aud)": clientId,
    });
    expect(requests).toContain(`${ciamUrl()}/api/v1/oauth2/keys`); // verified against the emulator's JWKS
    await expect(text(desktop, "#signed-in-status")).resolves.toMatch(
      /^You are signed in for \d+ (day|hour|minute)s?\./,
    );
    expect(await axeViolations(desktop)).toEqual([]);
    await shot(desktop, "signed-in");

    await desktop.getByRole("button", { name: "Sign out" }).click();
    await desktop.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await expect(desktop.locator("#claims dd").count()).resolves.toBe(0);
    await expect(desktop.locator("#sms-mobile").isEditable()).resolves.toBe(true);
  });

  test("a wrong code gets the spec's message, in English, then in Chinese after the switch", async () => {
    const { mobile } = user("ok");
    await open(desktop, site.url);
    await sendCode(desktop, mobile);
    const right = codeSentTo(mobile);
    await desktop.locator("#sms-code").fill(right === "000000" ? "111111" : "000000");
    await desktop.getByRole("button", { name: "Sign in" }).click();
    await desktop.locator("#sms-code-error", { hasText: "Incorrect verification code" }).waitFor();
    await expect(desktop.locator("#sms-code").getAttribute("aria-invalid")).resolves.toBe("true");

    await desktop.getByLabel("Language").selectOption("zh");
    await expect(text(desktop, "#sms-code-error")).resolves.toBe("验证码不正确");
    await expect(desktop.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await expect(text(desktop, "#sms-sign-in")).resolves.toBe("登录");
    await expect(desktop.locator("idaas-slider-captcha").getAttribute("lang")).resolves.toBe("zh-CN");
    expect(await axeViolations(desktop)).toEqual([]);
    await shot(desktop, "sms-wrong-code-zh");

    await desktop.locator("#sms-code").fill(right);
    await desktop.getByRole("button", { name: "登录" }).click();
    await desktop.getByRole("heading", { level: 1, name: /^欢迎，/ }).waitFor();
  });
});

describe("by password", () => {
  test("PASSWORD_EXPIRED: the policy's rules are marked as the user types; updatePassword signs in", async () => {
    const { mobile, password, userName } = user("expired");
    await open(desktop, site.url);
    await passwordSignIn(desktop, mobile, password);
    await desktop.getByRole("heading", { level: 1, name: "Your password has expired" }).waitFor();
    expect(await activeId(desktop)).toBe("change-title");
    await expect(desktop.locator("#change-skip").isVisible()).resolves.toBe(false);

    const rules = () =>
      desktop
        .locator("#change-rules li")
        .evaluateAll((items) => items.map((item) => `${item.className}: ${item.lastChild?.textContent}`));
    const [lengths, tip, repeat] = await rules();
    expect(lengths).toBe("unmet: 8 to 18 characters");
    expect(tip).toMatch(/^unmet: .+/); // the tenant's own words, its policy's tip
    expect(repeat).toBe("unmet: the same entry twice");

    await desktop.locator("#change-new").fill("lowercaseonly");
    expect((await rules()).map((rule) => rule.split(":")[0])).toEqual(["met", "unmet", "unmet"]);
    await desktop.getByRole("button", { name: "Change password and sign in" }).click();
    await expect(text(desktop, "#change-error")).resolves.toBe("The new password does not meet every rule yet.");
    expect(await activeId(desktop)).toBe("change-new");
    expect((await rules()).map((rule) => rule.split(":")[0])).toEqual(["met", "broken", "broken"]);
    expect(await axeViolations(desktop)).toEqual([]);
    await shot(desktop, "password-expired");

    const fresh = "N3w-Passw0rd";
    await desktop.locator("#change-new").fill(fresh);
    await desktop.locator("#change-repeat").fill(fresh);
    expect((await rules()).map((rule) => rule.split(":")[0])).toEqual(["met", "met", "met"]);
    await desktop.getByRole("button", { name: "Change password and sign in" }).click();
    await desktop.getByRole("heading", { level: 1, name: `Welcome, ${userName}` }).waitFor();

    // The emulator took the new password: it now logs the user in with no change asked.
    const ciam = createCiamClient({
      baseUrl: ciamUrl(),
      clientId,
      device: { osVersion: "node", fingerprint: "login-page-tests", agent: "login-page-tests/1.0" },
    });
    await expect(ciam.loginWithMobilePassword({ mobile, password: fresh })).resolves.toMatchObject({
      status: "SUCCESS",
    });
  });

  test("PASSWORD_WARN: the user may change the password or skip (skipPasswordUpdate) and be signed in", async () => {
    const { mobile, password, userName } = user("warn");
    await open(desktop, site.url);
    await passwordSignIn(desktop, mobile, password);
    await desktop.getByRole("heading", { level: 1, name: "Your password expires soon" }).waitFor();
    await desktop.locator("#change-new").fill("N3w-Pass");
    expect(await axeViolations(desktop)).toEqual([]);
    await shot(desktop, "password-warn");
    await desktop.getByRole("button", { name: "Not now" }).click();
    await desktop.getByRole("heading", { level: 1, name: `Welcome, ${userName}` }).waitFor();
  });

  test("a wrong password gets the spec's message with the attempts left, in the page's language", async () => {
    const { mobile } = user("ok");
    await open(desktop, site.url);
    await passwordSignIn(desktop, mobile, "not-the-password");
    await desktop.locator("#password-error", { hasText: "Invalid account or password. Remaining times: 9" }).waitFor();
    await expect(desktop.locator("#password-current").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await activeId(desktop)).toBe("password-current");
    expect(await axeViolations(desktop)).toEqual([]);
    await shot(desktop, "password-wrong");

    await desktop.getByLabel("Language").selectOption("zh");
    await expect(text(desktop, "#password-error")).resolves.toBe("无效的账号或密码。 剩余次数:9");
    await expect(text(desktop, "#sign-in-title")).resolves.toBe("登录");
    await shot(desktop, "password-wrong-zh");
  });
});

describe("the session, kept in the tab's sessionStorage", () => {
  /** The tokens the page keeps for the tab: @idaas-sdk/ciam/session's stored session, under its key. */
  const stored = (page: Page) =>
    page.evaluate((key) => {
      const kept = sessionStorage.getItem(key);
      return kept === null ? null : (JSON.parse(kept) as StoredSession);
    }, SESSION_KEY);
  /**
   * A page of its own, whose clock the test moves. Left open: closing a context stops this single-process Chromium
   * (SIGTRAP); the browser goes at the end of the file.
   */
  async function clockedPage() {
    const page = await newPage({ width: 520, height: 760 });
    await page.clock.install();
    return page;
  }

  test("a reload keeps the user signed in; near its expiry the id_token is refreshed; Sign out forgets it", async () => {
    const { mobile, password, userName } = user("ok");
    const welcome = { level: 1, name: `Welcome, ${userName}` } as const;
    const page = await clockedPage();
    await open(page, site.url);
    await passwordSignIn(page, mobile, password);
    await page.getByRole("heading", welcome).waitFor();
    const shown = await claims(page);
    const first = await stored(page);
    expect(first?.idToken).toBeTruthy();

    await page.reload();
    await withTestFont(page);
    await page.getByRole("heading", welcome).waitFor();
    await expect(text(page, "#signed-in-status")).resolves.toMatch(
      /^You are still signed in: this tab kept your session\./,
    );
    expect(await claims(page)).toEqual(shown);
    expect(await stored(page)).toEqual(first); // no refresh: the id_token is young
    // The tokens are in the storage only: not in the page's markup, attributes included.
    const markup = await page.content();
    for (const token of [first?.idToken, first?.sessionToken]) expect(markup).not.toContain(token);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "signed-in-again");

    // Half a minute before the id_token expires, for the page and the emulator: within the session's margin (a
    // minute), so the page's session refreshes it.
    const later = ID_TOKEN_LIFETIMES.ciam - 30;
    mock.emulator?.advance(later);
    await page.clock.fastForward(later * 1000);
    await page.reload();
    await withTestFont(page);
    await page.getByRole("heading", welcome).waitFor();
    const refreshed = await stored(page);
    expect(refreshed?.idToken).toBeTruthy();
    expect(refreshed?.idToken).not.toBe(first?.idToken); // refreshIdToken's, verified against the keys
    expect(await claims(page)).toMatchObject({ "User name": userName, Mobile: mobile });

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await stored(page)).toBeNull();
    await page.reload();
    await page.locator("#sign-in:not([hidden])").waitFor();
    await expect(page.locator("#claims dd").count()).resolves.toBe(0);
  });

  test("a session that has run out is said, and the user signs in again", async () => {
    const { mobile, password, userName } = user("ok");
    const page = await clockedPage();
    await open(page, site.url);
    await passwordSignIn(page, mobile, password);
    await page.getByRole("heading", { level: 1, name: `Welcome, ${userName}` }).waitFor();
    const kept = await stored(page);
    const seconds = kept ? (kept.sessionExpiresAt - kept.receivedAt) / 1000 : 0;
    expect(seconds).toBeGreaterThan(0);

    // A minute past the session's end, for the page and the emulator.
    mock.emulator?.advance(seconds + 60);
    await page.clock.fastForward((seconds + 60) * 1000);
    await page.reload();
    await withTestFont(page);
    await page.locator("#page-error", { hasText: "Your session has ended. Sign in again." }).waitFor();
    await expect(page.locator("#sign-in").isVisible()).resolves.toBe(true);
    expect(await stored(page)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "session-ended");

    await passwordSignIn(page, mobile, password);
    await page.getByRole("heading", { level: 1, name: `Welcome, ${userName}` }).waitFor();
    await expect(text(page, "#page-error")).resolves.toBe("");
  });
});

test("a service that cannot be reached is said in words, never as a stack or `undefined`", async () => {
  const { mobile, password } = user("ok");
  const login = `${ciamUrl()}/api/v2/sdk/login/mobile-pwd`;
  await desktop.route(login, (route) => route.abort("connectionrefused"));
  try {
    await open(desktop, site.url);
    await passwordSignIn(desktop, mobile, password);
    await desktop.locator("#password-error", { hasText: "Cannot reach the sign-in service." }).waitFor();
    await expect(text(desktop, "#password-error")).resolves.toBe(
      "Cannot reach the sign-in service. Check your connection and try again.",
    );
  } finally {
    await desktop.unroute(login);
  }
});

test("at 320 pixels nothing overflows, and the slider's scaled drop sends the code", async () => {
  const { mobile } = user("ok");
  await open(narrow, site.url);
  await sendCode(narrow, mobile, { captcha: "narrow-captcha" });
  expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await narrow.locator("#sms-code").fill(codeSentTo(mobile));
  await shot(narrow, "narrow-code");
});

test("without its config.json the page says it is not set up, and calls nothing", async () => {
  const before = requests.length;
  await narrow.route("**/config.json", (route) => route.fulfill({ status: 404, body: "" }));
  try {
    await open(narrow, site.url);
    await narrow.locator("#page-error", { hasText: "This page is not set up yet" }).waitFor();
    await expect(narrow.locator("#sms-mobile").isDisabled()).resolves.toBe(true);
    await shot(narrow, "not-configured");
  } finally {
    await narrow.unroute("**/config.json");
  }
  expect(requests.slice(before).filter((url) => url.startsWith(mock.url))).toEqual([]);
});

test("no console error on any page, and every request the pages made went to 127.0.0.1", () => {
  expect(requests.length).toBeGreaterThan(20); // the tests above ran
  const outside = requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return protocol !== "data:" && hostname !== "127.0.0.1";
  });
  expect(outside).toEqual([]);
  // Chromium logs "Failed to load resource" for each answer with an error status, and each failed connection:
  // exactly the refusals the tests asked for (the wrong code, the wrong password, the refused connection, the
  // missing config.json). The page itself logs nothing.
  const refused = consoleErrors.filter((line) => line.text.startsWith("Failed to load resource:"));
  expect(consoleErrors.filter((line) => !refused.includes(line))).toEqual([]);
  const base = new URL(ciamUrl()).pathname;
  expect(
    refused.map((line) => `${line.text.replace(/^.*(status of |net::)/, "")} ${new URL(line.url).pathname}`),
  ).toEqual([
    `400 (Bad Request) ${base}/api/v2/sdk/login/mobile-verify-code`,
    `400 (Bad Request) ${base}/api/v2/sdk/login/mobile-pwd`,
    `ERR_CONNECTION_REFUSED ${base}/api/v2/sdk/login/mobile-pwd`,
    "404 (Not Found) /config.json",
  ]);
});
