// How the test drives the page in Chromium as a person would, and what it reads back: the slider dragged by the
// mouse to a point of the 310-pixel original, axe-core's violations, a screenshot once everything has settled.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// The tests' Chromium has no CJK font: the page gets Noto Sans SC as a web font, served from node_modules under
// the page's own origin, through its --font-family (a person's system has its own).
const fontDir = dirname(require.resolve("@fontsource-variable/noto-sans-sc"));
const FONT_PATH = "/__test-fonts/";
const fontCss = readFileSync(join(fontDir, "index.css"), "utf8").replaceAll("url(./", `url(${FONT_PATH}`);
const FONT_STYLE = `${fontCss}
:root { --font-family: system-ui, "Noto Sans SC Variable", sans-serif; }`;

const SLIDER = "idaas-slider-captcha";

/** Sets a new page up: the test font, and each visit in the browser's language (English) until switched. */
export async function prepare(page: Page) {
  await page.route(`**${FONT_PATH}**`, (route) => {
    const file = normalize(join(fontDir, new URL(route.request().url()).pathname.slice(FONT_PATH.length)));
    return file.startsWith(fontDir)
      ? route.fulfill({ contentType: "font/woff2", body: readFileSync(file) })
      : route.fulfill({ status: 404 });
  });
  await page.addInitScript(() => localStorage.removeItem("idaas-login-page-language"));
}

/**
 * Opens the page afresh (a new visit: nothing of the last one is left, not the session a test left in the tab's
 * sessionStorage), with the test font.
 */
export async function open(page: Page, url: string) {
  if (page.url().startsWith(new URL(url).origin)) await page.evaluate(() => sessionStorage.clear());
  await page.goto(url);
  await withTestFont(page);
  await page.locator("#sign-in:not([hidden])").waitFor();
}

/** The test font on the page shown (again after a reload). */
export const withTestFont = (page: Page) => page.addStyleTag({ content: FONT_STYLE });

/** Waits until the slider shows a puzzle: state ready, its images decoded, nothing of it still moving. */
export async function sliderReady(page: Page) {
  await page.locator(`${SLIDER}[state=ready]`).waitFor();
  await page.evaluate(async () => {
    const root = document.querySelector("idaas-slider-captcha")?.shadowRoot;
    await Promise.all([...(root?.querySelectorAll("img") ?? [])].map((img) => img.decode()));
    await Promise.all((root?.getAnimations() ?? []).map((animation) => animation.finished));
  });
}

/** Drags the slider's handle with the mouse so that the piece lands at `x` of the 310-pixel original. */
export async function dragSliderTo(page: Page, x: number) {
  const track = await page.locator(`${SLIDER} [part=track]`).boundingBox();
  const handle = await page.locator(`${SLIDER} [part=handle]`).boundingBox();
  if (!track || !handle) throw new Error("the slider has no track or handle on screen");
  const start = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
  const travel = (x * track.width) / 310;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + travel, start.y + 2, { steps: 12 });
  await page.mouse.up();
}

/** axe-core's violations in the whole page, one line each (rule and targets). */
export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const { axe } = window as unknown as { axe: { run(context: Document): Promise<Result> } };
    const { violations } = await axe.run(document);
    return violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((n) => n.target))}`);
  });
}

/** A full-page screenshot once the fonts have loaded and nothing moves (the caret hidden). */
export async function screenshot(page: Page, path: string) {
  await page.evaluate(async () => {
    const shadow = document.querySelector("idaas-slider-captcha")?.shadowRoot?.textContent ?? "";
    await document.fonts.load('16px "Noto Sans SC Variable"', `${document.body.textContent}${shadow}`);
    await document.fonts.ready;
  });
  await page.screenshot({ path, fullPage: true, animations: "disabled", caret: "hide" });
}
