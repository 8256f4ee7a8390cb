// The site at 1280 × 800, a common laptop screen, in headless Chromium: each product's title on at most two lines,
// no table column that lays its text out a word per line, the guide's code blocks scrolling sideways instead of
// being cut, and every guide page (CIAM's SMS login among them) in the sidebar. Screenshots of what is checked go to
// test-artifacts/docs/1280/; on a machine without Chromium, the file skips (see client-test-suite's browser.ts).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { noChromium } from "@idaas-sdk/client-test-suite/browser";
import { listOperations, loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test as vitestTest } from "vitest";
import { pageOf, readGuide } from "../scripts/site.mjs";
import { openSiteInChromium, type SiteInChromium } from "./site-in-chromium.js";

const artifacts = join(fileURLToPath(new URL("../..", import.meta.url)), "test-artifacts", "docs", "1280");
const test = vitestTest.skipIf(noChromium);

let docs: SiteInChromium | undefined;
let site: SiteInChromium["site"];
let page: Page;

beforeAll(async () => {
  docs = await openSiteInChromium(artifacts);
  ({ site, page } = docs);
});
afterAll(() => docs?.close());

async function open(route: string, expected: string) {
  await page.goto(`${site.url}${route}`);
  await page.getByText(expected, { exact: false }).first().waitFor();
}

describe.each(PRODUCTS)("%s at 1280 × 800", (product) => {
  test("the product's title takes at most two lines", async () => {
    const { title } = loadSpec(product).info;
    await open(pageOf(product), title);
    const heading = page.locator("h1").filter({ hasText: title }).first();
    const lines = await heading.evaluate((element) => {
      const style = getComputedStyle(element);
      return Math.round(element.getBoundingClientRect().height / Number.parseFloat(style.lineHeight));
    });
    await page.screenshot({ path: join(artifacts, `${product}.png`) });
    expect(lines, `"${title}" is on ${lines} lines`).toBeLessThanOrEqual(2);
  });

  test("no table column lays its text out a word per line (the error tables and the rest)", async () => {
    const withErrors = listOperations(loadSpec(product)).find((operation) => operation.errors.length > 0);
    if (!withErrors) throw new Error(`no ${product} operation documents an error`);
    await open(
      `${pageOf(product)}#/${withErrors.tags[0]?.toLowerCase()}/${withErrors.operationId.toLowerCase()}`,
      withErrors.path,
    );
    const table = page
      .locator("table")
      .filter({ hasText: withErrors.errors[0]?.code ?? "" })
      .first();
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, `${product}-${withErrors.operationId}-errors.png`) });
    // A cell of three words or more whose lines are as many as its words is a column too narrow to read.
    const squeezed = await page.locator("table").evaluateAll((tables) =>
      tables.flatMap((element) =>
        [...element.querySelectorAll("td, th")].flatMap((cell) => {
          const text = (cell.textContent ?? "").trim();
          const words = text.split(/\s+/).filter(Boolean).length;
          // The lines its text takes (a cell is as tall as its row, so its height says nothing).
          const range = document.createRange();
          range.selectNodeContents(cell);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          return words >= 3 && lines >= words ? [`"${text.slice(0, 40)}": ${words} words on ${lines} lines`] : [];
        }),
      ),
    );
    expect(squeezed).toEqual([]);
  });

  test("every guide page is in the sidebar; its code blocks hold 80 columns and scroll sideways beyond", async () => {
    await open(pageOf(product), loadSpec(product).info.title);
    const sidebar = await page.locator('[data-component-name="Menu/MenuItem"]').allInnerTexts();
    for (const guide of readGuide(product)) expect(sidebar, guide.title).toContain(guide.title);
    // Redoc renders the section of the route and what nears the screen: each guide page is opened by its route and
    // scrolled through, its blocks measured on the way.
    const guides = readGuide(product);
    const blocks: {
      guide: string;
      narrow: boolean;
      scrolls: boolean;
      wider: boolean;
      right: number;
      start: string;
    }[] = [];
    // The reference after the guide starts with its first tag's heading (id "<tag>"), then its operations.
    const tag = listOperations(loadSpec(product))[0]?.tags[0]?.toLowerCase();
    for (const [index, guide] of guides.entries()) {
      if (!guide.markdown.includes("```")) continue;
      // Where the page ends: the next guide page, or the reference.
      const next = guides[index + 1] ? `[id="${guides[index + 1]?.name}"]` : `[id="${tag}"], [id^="${tag}/"]`;
      await page.goto(`${site.url}${pageOf(product)}#/${guide.name}`);
      await page.locator(`[id="${guide.name}"]`).first().waitFor();
      const blockCount = (guide.markdown.match(/^ *```\w*$/gm)?.length ?? 0) / 2;
      const measured = await page.evaluate(
        async ({ name, next, blockCount }) => {
          const seen = new Map<string, (typeof blocks)[number]>();
          for (let step = 0; step < 100; step++) {
            for (const element of document.querySelectorAll(`[id="${name}"] pre, [id^="${name}/"] pre`)) {
              const start = (element.textContent ?? "").slice(0, 40);
              // 80 columns of the block's own font.
              const ruler = document.createElement("span");
              ruler.textContent = "0".repeat(80);
              element.append(ruler);
              const columns80 = ruler.getBoundingClientRect().width;
              ruler.remove();
              seen.set(element.textContent ?? "", {
                narrow: element.clientWidth < columns80,
                guide: name,
                scrolls: ["auto", "scroll"].includes(getComputedStyle(element).overflowX),
                wider: element.scrollWidth > element.clientWidth,
                right: element.getBoundingClientRect().right,
                start,
              });
            }
            const ended = (document.querySelector(next)?.getBoundingClientRect().top ?? Infinity) < window.innerHeight;
            if (ended && seen.size >= blockCount) break;
            window.scrollBy(0, ended ? -400 : 400);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return [...seen.values()];
        },
        { name: guide.name, next, blockCount },
      );
      // Every block of the page was reached (the scrolling stops at the page's end, or after 100 steps).
      expect(measured.length, `${guide.name}: the code blocks measured`).toBe(blockCount);
      blocks.push(...measured);
    }
    const withCode = guides.filter((guide) => guide.markdown.includes("```")).map((guide) => guide.name);
    expect(new Set(blocks.map((block) => block.guide))).toEqual(new Set(withCode));
    const cut = blocks
      .filter((block) => block.narrow || (block.wider && !block.scrolls) || block.right > 1280)
      .map((block) => `${block.guide}: ${block.start}`);
    expect(cut).toEqual([]);
  });
});

test("CIAM's SMS-code login has a sidebar entry of its own", async () => {
  const sms = readGuide("ciam").find((guide) => guide.name === "guide-2-ciam-sms-login");
  expect(sms?.markdown).toContain("**loginWithMobileCode**");
  await open(pageOf("ciam"), loadSpec("ciam").info.title);
  const entry = page
    .locator("a")
    .filter({ hasText: sms?.title ?? "(none)" })
    .first();
  await entry.click();
  await expect.poll(() => page.url()).toContain(`#/${sms?.name}`);
  await page.getByRole("heading", { name: sms?.title }).first().waitFor();
  await page.screenshot({ path: join(artifacts, "ciam-sms-login.png") });
});
