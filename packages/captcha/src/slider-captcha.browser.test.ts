// <idaas-slider-captcha> in headless Chromium against the emulator's real puzzle (one browser for the file, its
// pages reused): the solution comes from the emulator's captchas(), the drop is made by mouse, keyboard and touch,
// at the default and a narrow width, and what the service says of it decides. Screenshots of each state go to
// test-artifacts/captcha/ at the repo root. On a machine without Chromium the file skips (client-test-suite).
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCiamClient } from "@idaas-sdk/ciam";
import { launchChromium, noChromium } from "@idaas-sdk/client-test-suite/browser";
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test as vitestTest } from "vitest";
import {
  geometry,
  mount,
  nthEvent,
  ready,
  recorded,
  servePage,
  type TestWindow,
  travelTo,
} from "./test-support/page.js";

const repoDir = fileURLToPath(new URL("../../..", import.meta.url));
const artifacts = join(repoDir, "test-artifacts", "captcha");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const test = vitestTest.skipIf(noChromium);
const SENDER = "13900000001";

let browser: Browser;
let mock: RunningMock;
let site: { url: string; close(): Promise<void> };
let desktop: Page;
let touch: { context: BrowserContext; page: Page };
let narrow: Page;
const consoleLines: string[] = [];
/** Every captcha token a test got, for the leak checks at the end. */
const tokens: string[] = [];

async function newPage(context: BrowserContext) {
  const page = await context.newPage();
  page.on("console", (message) => consoleLines.push(message.text()));
  page.on("pageerror", (error) => consoleLines.push(`pageerror: ${error.message}`));
  await page.goto(site.url);
  await page.waitForFunction(() => "idaas" in window);
  return page;
}

/** The emulator's newest live CIAM challenge: the one the slider just loaded (the tests run one at a time). */
function currentChallenge() {
  const live = (mock.emulator?.captchas() ?? []).filter((challenge) => challenge.product === "ciam");
  const challenge = live.at(-1);
  if (!challenge) throw new Error("the emulator has no live CIAM challenge");
  return challenge;
}

/** Drags the handle with the mouse by `distance` CSS pixels, in steps; `midway` runs at two thirds of the way. */
async function mouseDrag(page: Page, distance: number, midway?: () => Promise<unknown>) {
  const { x, y } = await geometry(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (distance * 2) / 3, y + 2, { steps: 10 });
  await midway?.();
  await page.mouse.move(x + distance, y + 3, { steps: 5 });
  await page.mouse.up();
}

/** Takes the token the page got, and checks that sendSmsCode accepts it (from Node, with a client of its own). */
async function sendWith(page: Page) {
  const captchaToken = await page.evaluate(() => (window as unknown as TestWindow).captchaToken);
  if (!captchaToken) throw new Error("no captcha token on the page");
  tokens.push(captchaToken);
  const ciam = createCiamClient({
    baseUrl: mock.baseUrl("ciam"),
    clientId: "captcha-widget-tests",
    device: { osVersion: "node", fingerprint: "captcha-widget-tests", agent: "captcha-tests/1.0" },
  });
  await expect(ciam.sendSmsCode({ mobile: SENDER, type: "LOGIN_SMS", captchaToken })).resolves.toBeUndefined();
  expect(mock.emulator?.codes(SENDER).length).toBeGreaterThan(0);
}

const valueNow = (page: Page) =>
  page.locator("idaas-slider-captcha [part=handle]").getAttribute("aria-valuenow").then(Number);
const shot = (page: Page, name: string) =>
  page.locator("#stage").screenshot({ path: join(artifacts, `${name}.png`), animations: "disabled" });

async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Element): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    };
    const stage = document.getElementById("stage");
    if (!stage) throw new Error("no #stage");
    const { violations } = await axe.run(stage);
    return violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((n) => n.target))}`);
  });
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [mock, site, browser] = await Promise.all([
    startMock({ port: 0, mode: "emulator" }),
    servePage(),
    launchChromium(["--no-sandbox", "--disable-gpu", "--no-first-run"]),
  ]);
  desktop = await newPage(await browser.newContext({ viewport: { width: 420, height: 320 } }));
  const touchContext = await browser.newContext({ viewport: { width: 400, height: 320 }, hasTouch: true });
  touch = { context: touchContext, page: await newPage(touchContext) };
  narrow = await newPage(await browser.newContext({ viewport: { width: 320, height: 320 } }));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await mock?.close();
});

describe("with a mouse", () => {
  test("a drag to the solution gives `verified`, and its token is accepted by sendSmsCode", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
    await shot(desktop, "idle");
    const { solution } = currentChallenge();
    const { width } = await geometry(desktop);
    await mouseDrag(desktop, travelTo(solution.x, width), () => shot(desktop, "dragging"));
    expect(await nthEvent(desktop, 1)).toEqual({ type: "verified" });
    await desktop.locator("idaas-slider-captcha[state=verified]").waitFor();
    expect(Math.abs((await valueNow(desktop)) - solution.x)).toBeLessThanOrEqual(1);
    await expect(desktop.locator("idaas-slider-captcha [part=message]").textContent()).resolves.toBe("Verified");
    await shot(desktop, "verified");
    await sendWith(desktop);
  });

  test("a drag elsewhere gives `failed`, says so, and the slider fetches a new challenge", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
    const { token, solution } = currentChallenge();
    const { width } = await geometry(desktop);
    const wrong = solution.x > 150 ? solution.x - 60 : solution.x + 60;
    await mouseDrag(desktop, travelTo(wrong, width));
    expect(await nthEvent(desktop, 1)).toEqual({ type: "failed", code: "IDAAS.SDK.CAPTCHA.0002" });
    await ready(desktop);
    const message = desktop.locator("idaas-slider-captcha [part=message]");
    await expect(message.textContent()).resolves.toBe("Not quite. Try this new puzzle.");
    await expect(message.getAttribute("role")).resolves.toBe("status");
    const live = mock.emulator?.captchas().map((challenge) => challenge.token) ?? [];
    expect(live).not.toContain(token);
    expect(currentChallenge().token).not.toBe(token);
    expect(await recorded(desktop)).toMatchObject({ calls: { getCaptcha: 2, verifyCaptcha: 1 } });
    expect(await valueNow(desktop)).toBe(0);
    await shot(desktop, "failed");
  });

  test("the refresh button shows another puzzle", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
    const { token } = currentChallenge();
    await desktop.locator("idaas-slider-captcha [part=refresh]").click();
    await ready(desktop);
    expect(currentChallenge().token).not.toBe(token);
    expect((await recorded(desktop)).calls.getCaptcha).toBe(2);
  });
});

describe("with the keyboard", () => {
  test("arrows to the solution, then Enter, verify; aria-valuenow is the point sent", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
    const { solution } = currentChallenge();
    const handle = desktop.locator("idaas-slider-captcha [part=handle]");
    await desktop.keyboard.press("Tab"); // the refresh button, over the picture
    await desktop.keyboard.press("Tab");
    await expect(handle.evaluate((element) => element.matches(":focus-visible"))).resolves.toBe(true);
    await expect(handle.getAttribute("aria-valuemax")).resolves.toBe("263");
    await desktop.keyboard.press("End");
    expect(await valueNow(desktop)).toBe(263);
    await desktop.keyboard.press("Home");
    for (let i = 0; i < Math.floor(solution.x / 10); i++) await desktop.keyboard.press("Shift+ArrowRight");
    for (let i = 0; i < solution.x % 10; i++) await desktop.keyboard.press("ArrowRight");
    await desktop.keyboard.press("ArrowRight");
    await desktop.keyboard.press("ArrowLeft");
    expect(await valueNow(desktop)).toBe(solution.x);
    await expect(handle.getAttribute("aria-valuetext")).resolves.toBe(`${solution.x} of 263 pixels`);
    await shot(desktop, "keyboard");
    await desktop.keyboard.press("Enter");
    expect(await nthEvent(desktop, 1)).toEqual({ type: "verified" });
    await sendWith(desktop);
  });

  test("a challenge older than its lifetime is replaced before it is sent (the clock is the page's)", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
    const { token } = currentChallenge();
    await desktop.locator("idaas-slider-captcha [part=handle]").focus();
    await desktop.keyboard.press("ArrowRight");
    await desktop.evaluate(() => {
      (window as unknown as TestWindow).clock += 110_000;
    });
    await desktop.keyboard.press("Enter");
    await ready(desktop);
    await expect(desktop.locator("idaas-slider-captcha [part=message]").textContent()).resolves.toBe(
      "The puzzle expired. Here is a new one.",
    );
    expect(await recorded(desktop)).toMatchObject({ events: [], calls: { getCaptcha: 2, verifyCaptcha: 0 } });
    // The old challenge was never sent: the emulator still has it, unspent, beside the new one.
    const live = mock.emulator?.captchas().map((challenge) => challenge.token) ?? [];
    expect(live).toContain(token);
    expect(currentChallenge().token).not.toBe(token);
  });
});

test("a touch drag to the solution verifies (pointer events from touch, with pointer capture)", async () => {
  const { page, context } = touch;
  await mount(page, { baseUrl: mock.baseUrl("ciam") });
  const { solution } = currentChallenge();
  const { width, x, y } = await geometry(page);
  const cdp = await context.newCDPSession(page);
  const touchAt = (type: string, at: number) =>
    cdp.send("Input.dispatchTouchEvent", {
      type: type as "touchStart",
      touchPoints: type === "touchEnd" ? [] : [{ x: at, y }],
    });
  await touchAt("touchStart", x);
  const distance = travelTo(solution.x, width);
  for (let step = 1; step <= 15; step++) await touchAt("touchMove", x + (distance * step) / 15);
  await touchAt("touchEnd", x + distance);
  expect(await nthEvent(page, 1)).toEqual({ type: "verified" });
  expect((await recorded(page)).pointerTypes).toEqual(["touch"]);
  await sendWith(page);
});

test("at 320 pixels the point is scaled to the 310-pixel original, and verifies", async () => {
  await mount(narrow, { baseUrl: mock.baseUrl("ciam") });
  const { solution } = currentChallenge();
  const { width } = await geometry(narrow);
  // 320 minus the page's padding: the drop would miss by more than the 5-pixel tolerance if it were not scaled.
  expect(width).toBeLessThan(300);
  expect(solution.x - travelTo(solution.x, width)).toBeGreaterThan(5);
  const image = await narrow.locator("idaas-slider-captcha [part=image]").boundingBox();
  expect(image?.width).toBeCloseTo(width, 0);
  expect(image?.height).toBeCloseTo(width / 2, 0);
  await mouseDrag(narrow, travelTo(solution.x, width));
  expect(await nthEvent(narrow, 1)).toEqual({ type: "verified" });
  expect(Math.abs((await valueNow(narrow)) - solution.x)).toBeLessThanOrEqual(1);
  await shot(narrow, "narrow");
  await sendWith(narrow);
});

test('lang="zh" shows and speaks Chinese', async () => {
  await mount(desktop, { baseUrl: mock.baseUrl("ciam"), lang: "zh-CN" });
  const slider = desktop.locator("idaas-slider-captcha");
  await expect(slider.locator("[part=hint]").textContent()).resolves.toBe("向右拖动滑块完成拼图");
  await expect(slider.locator("[part=handle]").getAttribute("aria-label")).resolves.toBe("拼图滑块");
  await expect(slider.locator("[part=refresh]").getAttribute("aria-label")).resolves.toBe("换一张");
  await expect(slider.locator("[part=handle]").getAttribute("aria-valuetext")).resolves.toBe("0 / 263 像素");
  await shot(desktop, "zh");
});

test("axe-core finds no violation: ready, after a failure, verified", async () => {
  await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
  expect(await axeViolations(desktop)).toEqual([]);
  const { solution } = currentChallenge();
  const { width } = await geometry(desktop);
  await mouseDrag(desktop, travelTo(solution.x > 150 ? 20 : 250, width));
  await nthEvent(desktop, 1);
  await ready(desktop);
  expect(await axeViolations(desktop)).toEqual([]);
  await mouseDrag(desktop, travelTo(currentChallenge().solution.x, width));
  expect(await nthEvent(desktop, 2)).toEqual({ type: "verified" });
  expect(await axeViolations(desktop)).toEqual([]);
  tokens.push((await desktop.evaluate(() => (window as unknown as TestWindow).captchaToken)) ?? "");
});

test("no captcha token is in an attribute, the DOM's text or a console message", async () => {
  expect(tokens.length).toBeGreaterThan(0);
  for (const page of [desktop, touch.page, narrow]) {
    const dom = await page.evaluate(() => {
      const texts: string[] = [document.documentElement.outerHTML];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll("*")) {
          for (const attribute of element.attributes) texts.push(attribute.value);
          if (element.shadowRoot) {
            texts.push(element.shadowRoot.innerHTML, element.shadowRoot.textContent ?? "");
            walk(element.shadowRoot);
          }
        }
      };
      walk(document);
      return texts.join("\n");
    });
    for (const token of tokens) {
      const [random = token] = token.split("---");
      expect(dom.includes(random)).toBe(false);
    }
  }
  const logged = consoleLines.join("\n");
  for (const token of tokens) expect(logged.includes(token.split("---")[0] ?? token)).toBe(false);
});
