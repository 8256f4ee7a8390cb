// How the browser tests move the slider, as a person would: the mouse, a finger (CDP touch events, in a context
// with touch), the keyboard; and what they read back: geometry, the handle's value, axe-core's violations.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
export const HANDLE = "idaas-slider-captcha [part=handle]";

/** The rendered geometry: the track's box (as wide as the image) and the handle's centre. */
export async function geometry(page: Page) {
  const track = await page.locator("idaas-slider-captcha [part=track]").boundingBox();
  const handle = await page.locator(HANDLE).boundingBox();
  if (!track || !handle) throw new Error("the slider has no track or handle on screen");
  return { width: track.width, x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
}

/** How far (in CSS pixels) the pointer must travel to drop the piece at `x` of the 310-pixel original. */
export const travelTo = (x: number, renderedWidth: number) => (x * renderedWidth) / 310;

/** Drags the handle with the mouse so that the piece lands at `x` of the original; `midway` runs at 2/3. */
export async function mouseDrag(page: Page, x: number, midway?: () => Promise<unknown>) {
  const start = await geometry(page);
  const distance = travelTo(x, start.width);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + (distance * 2) / 3, start.y + 2, { steps: 10 });
  await midway?.();
  await page.mouse.move(start.x + distance, start.y + 3, { steps: 5 });
  await page.mouse.up();
}

/** The same with one finger: touchStart, 15 touchMoves, touchEnd (the page's context must have touch). */
export async function touchDrag(context: BrowserContext, page: Page, x: number) {
  const start = await geometry(page);
  const distance = travelTo(x, start.width);
  const cdp = await context.newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", at: number) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x: at, y: start.y }] });
  await touch("touchStart", start.x);
  for (let step = 1; step <= 15; step++) await touch("touchMove", start.x + (distance * step) / 15);
  await touch("touchEnd", start.x + distance);
  await cdp.detach();
}

/** From the focused handle at 0: Shift+arrows by tens, then arrows, to `x`. */
export async function keyboardTo(page: Page, x: number) {
  for (let i = 0; i < Math.floor(x / 10); i++) await page.keyboard.press("Shift+ArrowRight");
  for (let i = 0; i < x % 10; i++) await page.keyboard.press("ArrowRight");
}

/** The handle's aria-valuenow: the x the slider will send. */
export const valueNow = (page: Page) => page.locator(HANDLE).getAttribute("aria-valuenow").then(Number);

/** The text of the slider's message line (its live region). */
export const message = (page: Page) => page.locator("idaas-slider-captcha [part=message]").textContent();

/** axe-core's violations in the page's stage, one line each (rule and targets). */
export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const { axe } = window as unknown as { axe: { run(context: Element): Promise<Result> } };
    const stage = document.getElementById("stage");
    if (!stage) throw new Error("no #stage");
    const { violations } = await axe.run(stage);
    return violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((n) => n.target))}`);
  });
}
