// <idaas-slider-captcha> in headless Chromium against the emulator's real puzzle (one browser for the file, its
// pages reused): the solution comes from the emulator's captchas(), the drop is made by mouse, keyboard and touch,
// at the default and a narrow width, and what the service says of it decides. Screenshots of each state go to
// test-artifacts/captcha/ at the repo root. On a machine without Chromium the file skips (client-test-suite).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCiamClient } from "@idaas-sdk/ciam";
import { launchChromium, noChromium } from "@idaas-sdk/client-test-suite/browser";
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test as vitestTest } from "vitest";
import {
  axeViolations,
  geometry,
  HANDLE,
  keyboardTo,
  message,
  mouseDrag,
  touchDrag,
  travelTo,
  valueNow,
} from "./test-support/drive.js";
import { mount, nthEvent, ready, recorded, servePage, type TestWindow } from "./test-support/page.js";

const artifacts = join(fileURLToPath(new URL("../../..", import.meta.url)), "test-artifacts", "captcha");
const test = vitestTest.skipIf(noChromium);
const SENDER = "13900000001";

let browser: Browser;
let mock: RunningMock;
let site: { url: string; close(): Promise<void> };
let desktop: Page;
let touch: { context: BrowserContext; page: Page };
let narrow: Page;
const consoleLines: string[] = [];
/** Every captcha token a test got, for the leak check at the end. */
const tokens: string[] = [];

async function newPage(context: BrowserContext) {
  const page = await context.newPage();
  page.on("console", (line) => consoleLines.push(line.text()));
  page.on("pageerror", (error) => consoleLines.push(`pageerror: ${error.message}`));
  await page.goto(site.url);
  await page.waitForFunction(() => "idaas" in window);
  return page;
}

/** The emulator's newest live CIAM challenge: the one the slider just loaded (the tests run one at a time). */
function currentChallenge() {
  const challenge = mock.emulator
    ?.captchas()
    .filter((candidate) => candidate.product === "ciam")
    .at(-1);
  if (!challenge) throw new Error("the emulator has no live CIAM challenge");
  return challenge;
}
const liveTokens = () => mock.emulator?.captchas().map((challenge) => challenge.token) ?? [];

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
  const inbox = mock.emulator?.codes(SENDER).length ?? 0;
  await expect(ciam.sendSmsCode({ mobile: SENDER, type: "LOGIN_SMS", captchaToken })).resolves.toBeUndefined();
  expect(mock.emulator?.codes(SENDER).length).toBe(inbox + 1);
}

const shot = (page: Page, name: string) =>
  page.locator("#stage").screenshot({ path: join(artifacts, `${name}.png`), animations: "disabled" });

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [mock, site, browser] = await Promise.all([
    startMock({ port: 0, mode: "emulator" }),
    servePage(),
    launchChromium(["--no-sandbox", "--disable-gpu", "--no-first-run"]),
  ]);
  // 310 pixels for the slider plus the page's padding; twice the pixels, for sharp screenshots.
  desktop = await newPage(await browser.newContext({ viewport: { width: 342, height: 300 }, deviceScaleFactor: 2 }));
  const touchContext = await browser.newContext({ viewport: { width: 400, height: 320 }, hasTouch: true });
  touch = { context: touchContext, page: await newPage(touchContext) };
  narrow = await newPage(await browser.newContext({ viewport: { width: 320, height: 300 }, deviceScaleFactor: 2 }));
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
    await mouseDrag(desktop, solution.x, () => shot(desktop, "dragging"));
    expect(await nthEvent(desktop, 1)).toEqual({ type: "verified" });
    await desktop.locator("idaas-slider-captcha[state=verified]").waitFor();
    expect(Math.abs((await valueNow(desktop)) - solution.x)).toBeLessThanOrEqual(1);
    await expect(message(desktop)).resolves.toBe("Verified");
    await shot(desktop, "verified");
    await sendWith(desktop);
  });

  test("a drag elsewhere gives `failed`, says so, and the slider fetches a new challenge", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
    const { token, solution } = currentChallenge();
    await mouseDrag(desktop, solution.x > 150 ? solution.x - 60 : solution.x + 60);
    expect(await nthEvent(desktop, 1)).toEqual({ type: "failed", code: "IDAAS.SDK.CAPTCHA.0002" });
    await ready(desktop);
    await expect(message(desktop)).resolves.toBe("Not quite. Try this new puzzle.");
    await expect(desktop.locator("idaas-slider-captcha [part=message]").getAttribute("role")).resolves.toBe("status");
    expect(liveTokens()).not.toContain(token);
    expect(currentChallenge().token).not.toBe(token);
    expect(await recorded(desktop)).toMatchObject({ calls: { getCaptcha: 2, verifyCaptcha: 1 } });
    expect(await valueNow(desktop)).toBe(0);
    await shot(desktop, "failed");
  });

  test("the refresh button shows another puzzle; after a failed load it is the way to retry", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam"), failingLoads: 1 });
    expect(await nthEvent(desktop, 1)).toEqual({ type: "failed", code: "TypeError" });
    await expect(message(desktop)).resolves.toBe("Something went wrong. Try again.");
    await desktop.locator("idaas-slider-captcha [part=refresh]").click();
    await ready(desktop);
    const { token } = currentChallenge();
    await desktop.locator("idaas-slider-captcha [part=refresh]").click();
    await ready(desktop);
    expect(currentChallenge().token).not.toBe(token);
    expect((await recorded(desktop)).calls).toEqual({ getCaptcha: 3, verifyCaptcha: 0 });
  });

  test("a drag cut short (the slider moved in the page mid-drag) sends nothing and leaves it usable", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
    const start = await geometry(desktop);
    await desktop.mouse.move(start.x, start.y);
    await desktop.mouse.down();
    await desktop.mouse.move(start.x + 80, start.y, { steps: 5 });
    expect(await valueNow(desktop)).toBeGreaterThan(0);
    await desktop.evaluate(() => {
      const stage = document.getElementById("stage");
      const slider = stage?.querySelector("idaas-slider-captcha");
      if (slider) stage?.append(slider); // out of the document and back: its pointer capture is gone
    });
    await desktop.mouse.up();
    await ready(desktop);
    expect(await valueNow(desktop)).toBe(0);
    await mouseDrag(desktop, currentChallenge().solution.x);
    expect(await nthEvent(desktop, 1)).toEqual({ type: "verified" });
    expect((await recorded(desktop)).calls).toEqual({ getCaptcha: 1, verifyCaptcha: 1 });
  });
});

describe("with the keyboard", () => {
  test("arrows to the solution, then Enter, verify; aria-valuenow is the point sent", async () => {
    await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
    const { solution } = currentChallenge();
    const handle = desktop.locator(HANDLE);
    await desktop.keyboard.press("Tab"); // the refresh button, over the picture
    await desktop.keyboard.press("Tab");
    await expect(handle.evaluate((element) => element.matches(":focus-visible"))).resolves.toBe(true);
    await expect(handle.getAttribute("aria-valuemax")).resolves.toBe("263");
    await desktop.keyboard.press("End");
    expect(await valueNow(desktop)).toBe(263);
    await desktop.keyboard.press("Home");
    await keyboardTo(desktop, solution.x + 1);
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
    await desktop.locator(HANDLE).focus();
    await desktop.keyboard.press("ArrowRight");
    await desktop.evaluate(() => {
      (window as unknown as TestWindow).clock += 110_000;
    });
    await desktop.keyboard.press("Enter");
    await ready(desktop);
    await expect(message(desktop)).resolves.toBe("The puzzle expired. Here is a new one.");
    expect(await recorded(desktop)).toMatchObject({ events: [], calls: { getCaptcha: 2, verifyCaptcha: 0 } });
    // The old challenge was never sent: the emulator still has it, unspent, beside the new one.
    expect(liveTokens()).toContain(token);
    expect(currentChallenge().token).not.toBe(token);
  });
});

test("a touch drag to the solution verifies (pointer events from touch, with pointer capture)", async () => {
  await mount(touch.page, { baseUrl: mock.baseUrl("ciam") });
  await touchDrag(touch.context, touch.page, currentChallenge().solution.x);
  expect(await nthEvent(touch.page, 1)).toEqual({ type: "verified" });
  expect((await recorded(touch.page)).pointerTypes).toEqual(["touch"]);
  await sendWith(touch.page);
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
  await mouseDrag(narrow, solution.x);
  expect(await nthEvent(narrow, 1)).toEqual({ type: "verified" });
  expect(Math.abs((await valueNow(narrow)) - solution.x)).toBeLessThanOrEqual(1);
  await shot(narrow, "narrow");
  await sendWith(narrow);
});

test('lang="zh" shows and speaks Chinese; `texts` replaces a text, `sender` is an attribute too', async () => {
  await mount(desktop, { baseUrl: mock.baseUrl("ciam"), lang: "zh-CN" });
  const slider = desktop.locator("idaas-slider-captcha");
  await expect(slider.locator("[part=hint]").textContent()).resolves.toBe("向右拖动滑块完成拼图");
  await expect(slider.locator("[part=handle]").getAttribute("aria-label")).resolves.toBe("拼图滑块");
  await expect(slider.locator("[part=refresh]").getAttribute("aria-label")).resolves.toBe("换一张");
  await expect(slider.locator("[part=handle]").getAttribute("aria-valuetext")).resolves.toBe("0 / 263 像素");
  await shot(desktop, "zh");
  const changed = await slider.evaluate((element: HTMLElementTagNameMap["idaas-slider-captcha"]) => {
    element.texts = { hint: "拖到缺口处" };
    element.setAttribute("sender", "13900000002");
    element.setAttribute("lang", "en");
    return element.sender;
  });
  expect(changed).toBe("13900000002");
  await expect(slider.locator("[part=hint]").textContent()).resolves.toBe("拖到缺口处");
  await expect(slider.locator("[part=refresh]").getAttribute("aria-label")).resolves.toBe("New puzzle");
});

test("movement is animated only without prefers-reduced-motion; the focus ring is drawn", async () => {
  await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
  const piece = desktop.locator("idaas-slider-captcha [part=piece]");
  const transition = () => piece.evaluate((element) => getComputedStyle(element).transitionDuration);
  await desktop.emulateMedia({ reducedMotion: "reduce" });
  await expect(transition()).resolves.toBe("0s");
  await desktop.emulateMedia({ reducedMotion: "no-preference" });
  await expect(transition()).resolves.toBe("0.25s, 0.25s");
  await desktop.locator(HANDLE).focus();
  await desktop.keyboard.press("ArrowRight"); // keyboard use: :focus-visible
  const outline = await desktop
    .locator(HANDLE)
    .evaluate((element) => [getComputedStyle(element).outlineStyle, getComputedStyle(element).outlineWidth]);
  expect(outline).toEqual(["solid", "3px"]);
});

test("solveCaptcha puts a slider in a container and resolves with the token; aborting removes it", async () => {
  const solve = (abort: boolean) =>
    desktop.evaluate(
      async ({ baseUrl, sender, abort }) => {
        const w = window as unknown as TestWindow;
        const stage = document.getElementById("stage") as HTMLElement;
        const client = w.idaas.createCiamClient({
          baseUrl,
          clientId: "captcha-widget-tests",
          device: { osVersion: "chromium", fingerprint: "captcha-widget-tests", agent: "captcha-tests/1.0" },
        });
        const controller = new AbortController();
        const solving = w.idaas.solveCaptcha(stage, { client, sender, signal: controller.signal });
        if (abort) {
          // Once its puzzle is shown (so that no load of it is still on its way to the emulator).
          while (stage.querySelector("idaas-slider-captcha")?.getAttribute("state") !== "ready") {
            await new Promise(requestAnimationFrame);
          }
          controller.abort(new Error("the user closed the dialog"));
        }
        try {
          w.captchaToken = await solving;
          return "resolved";
        } catch (error) {
          return `${(error as Error).message}; ${stage.children.length} left`;
        }
      },
      { baseUrl: mock.baseUrl("ciam"), sender: SENDER, abort },
    );
  await expect(solve(true)).resolves.toBe("the user closed the dialog; 0 left");
  const solving = solve(false);
  await ready(desktop);
  await desktop.locator(HANDLE).focus();
  await keyboardTo(desktop, currentChallenge().solution.x);
  await desktop.keyboard.press("Enter");
  await expect(solving).resolves.toBe("resolved");
  await sendWith(desktop);
});

test("axe-core finds no violation: ready, after a failure, verified", async () => {
  await mount(desktop, { baseUrl: mock.baseUrl("ciam") });
  expect(await axeViolations(desktop)).toEqual([]);
  await mouseDrag(desktop, currentChallenge().solution.x > 150 ? 20 : 250);
  await nthEvent(desktop, 1);
  await ready(desktop);
  expect(await axeViolations(desktop)).toEqual([]);
  await mouseDrag(desktop, currentChallenge().solution.x);
  expect(await nthEvent(desktop, 2)).toEqual({ type: "verified" });
  expect(await axeViolations(desktop)).toEqual([]);
  tokens.push((await desktop.evaluate(() => (window as unknown as TestWindow).captchaToken)) ?? "");
});

test("no captcha token is in an attribute, the DOM's text or a console message", async () => {
  expect(tokens.length).toBeGreaterThanOrEqual(5); // the tests above verified; this one runs after them
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
    // The emulator's token is "<random>---<point_json>": its random part is what must not show.
    for (const token of tokens) expect(dom.includes(token.split("---")[0] ?? token)).toBe(false);
  }
  const logged = consoleLines.join("\n");
  for (const token of tokens) expect(logged.includes(token.split("---")[0] ?? token)).toBe(false);
});
