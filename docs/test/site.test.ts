// Opens the built site (docs/dist) in headless Chromium, served on loopback and from disk, and checks each product's
// page against its bundle: every operation, the guide, the links between the pages. Chromium starts once for this
// file; on a machine without one, the file skips (see client-test-suite's browser.ts).
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium, noChromium } from "@idaas-sdk/client-test-suite/browser";
import { type CatalogOperation, listOperations, loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test as vitestTest } from "vitest";
import { samplePath } from "../scripts/enrich.mjs";
import { distDir, serveDocs } from "../scripts/serve.mjs";
import { INDEX_PAGE, pageOf, readGuide, siteLinks } from "../scripts/site.mjs";

const repoDir = fileURLToPath(new URL("../..", import.meta.url));
const artifacts = join(repoDir, "test-artifacts", "docs");
// Redoc's id of an operation's section, <tag>/<operationId> lower-cased, and its route on its product's page.
const sectionId = (operation: CatalogOperation) =>
  `${operation.tags[0]?.toLowerCase()}/${operation.operationId.toLowerCase()}`;
const route = (operation: CatalogOperation) => `${pageOf(operation.product)}#/${sectionId(operation)}`;
const squeeze = (text: string) => text.replace(/\s+/g, "");
// Every test here needs Chromium; with all of them skipped, the hooks do not run either.
const test = vitestTest.skipIf(noChromium);

let browser: Browser;
let site: { url: string; close(): Promise<void> };
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

async function open(url: string, expected: string) {
  await page.goto(url);
  await page.getByText(expected, { exact: false }).first().waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator, not a DOM node: the rendered text is the point
  return page.locator("body").innerText();
}

beforeAll(async () => {
  site = await serveDocs({ port: 0 });
  browser = await launchChromium([
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ]);
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test("the index page links every product's page", async () => {
  await open(`${site.url}${INDEX_PAGE}`, "IDaaS login API");
  const hrefs = await page.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs).toEqual(expect.arrayContaining(PRODUCTS.map(pageOf)));
  await page.screenshot({ path: join(artifacts, "index.png") });
});

describe.each(PRODUCTS)("%s", (product) => {
  const operations = listOperations(loadSpec(product));
  const [first] = operations;

  describe.each(operations)("$operationId", (operation) => {
    test("its page shows the summary, method, path, required headers, every error code and the TypeScript sample", async () => {
      const text = await open(`${site.url}${route(operation)}`, operation.path);
      expect(text).toContain(operation.summary);
      expect(text).toContain(operation.method);
      for (const header of operation.headers.filter((candidate) => candidate.required)) {
        expect(text, `header ${header.name}`).toContain(header.name);
      }
      for (const error of operation.errors) expect(text, `error ${error.code}`).toContain(error.code);
      const source = readFileSync(join(repoDir, samplePath(operation)), "utf8");
      // Redoc renders an operation's samples after its heading: poll until they are drawn, not once.
      const blocks = page.locator(`[id="${sectionId(operation)}"]`).locator("pre, code");
      const sampleShown = async () =>
        (await blocks.allInnerTexts()).some((block) => squeeze(block).includes(squeeze(source)));
      await expect.poll(sampleShown, { timeout: 10_000 }).toBe(true);
    });
  });

  test("its tables keep each error code and Prefer header on one line", async () => {
    const withErrors = operations.find((operation) => operation.errors.length > 0);
    if (!withErrors) throw new Error(`no ${product} operation documents an error`);
    await open(`${site.url}${route(withErrors)}`, withErrors.path);
    const codes = page.locator("td code").filter({ hasText: /^(IDAAS|SDK)\.|^Prefer: / });
    expect(await codes.count()).toBeGreaterThan(0);
    const lines = await codes.evaluateAll((elements) => elements.map((element) => element.getClientRects().length));
    expect(lines.filter((count) => count !== 1)).toEqual([]);
  });

  test("the first line of a code sample starts below its copy button", async () => {
    if (!first) throw new Error(`the ${product} spec has no operation`);
    await open(`${site.url}${route(first)}`, first.path);
    const panel = page.locator(".panel-request-samples").first();
    const button = await panel.locator(".code-block-header").first().boundingBox();
    const line = await panel.locator('pre [data-line="1"]').first().boundingBox();
    if (!button || !line) throw new Error("no copy button or no first line in the request samples panel");
    expect(line.y).toBeGreaterThanOrEqual(button.y + button.height);
  });

  test("its introduction links the site's other pages", async () => {
    if (!first) throw new Error(`the ${product} spec has no operation`);
    await open(`${site.url}${pageOf(product)}`, loadSpec(product).info.title);
    const hrefs = await page.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    const others = siteLinks().filter((link) => link.href !== pageOf(product));
    expect(hrefs).toEqual(expect.arrayContaining(others.map((link) => link.href)));
    await page.screenshot({ path: join(artifacts, `${product}.png`), animations: "disabled" });
  });

  test("a screenshot of its first operation", async () => {
    if (!first) throw new Error(`the ${product} spec has no operation`);
    await open(`${site.url}${route(first)}`, first.path);
    await page.screenshot({ path: join(artifacts, `${product}-${first.operationId}.png`), animations: "disabled" });
  });

  test.each(readGuide(product))("the guide page $title renders", async (guidePage) => {
    // Waits for the start of the page's own first line, as rendered: the title is in the sidebar all along.
    const firstWords = (guidePage.markdown.split("\n")[0] ?? "")
      .replace(/^\d+\.\s+/, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*`]/g, "")
      .slice(0, 30);
    const text = await open(`${site.url}${pageOf(product)}#/${guidePage.name.toLowerCase()}`, firstWords);
    expect(text).toContain(guidePage.title);
    await page.screenshot({ path: join(artifacts, `${product}-${guidePage.name}.png`), animations: "disabled" });
  });

  test("opened from disk (file://), it renders an operation as well", async () => {
    if (!first) throw new Error(`the ${product} spec has no operation`);
    const text = await open(`${pathToFileURL(distDir).href}/${route(first)}`, first.path);
    expect(text).toContain(first.summary);
  });
});

test("the pages made no request outside the site", () => {
  const local = (url: string) =>
    url.startsWith(site.url) ||
    url.startsWith(pathToFileURL(distDir).href) ||
    url.startsWith("data:") ||
    url.startsWith(`blob:${site.url}`) ||
    url.startsWith("blob:file://") ||
    url.startsWith("blob:null/");
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !local(url))).toEqual([]);
});

test("the pages logged no console error", () => {
  expect(consoleErrors).toEqual([]);
});
