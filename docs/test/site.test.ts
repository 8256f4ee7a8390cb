// Opens the built site (docs/dist) in headless Chromium from npm, served on loopback and from disk, and checks
// every operation's page against the spec. Chromium starts once for this file.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getOperation, listOperations, loadSpec } from "@idaas-sdk/spec";
import chromium from "@sparticuz/chromium";
import { type Browser, type Page, chromium as playwright } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readGuide } from "../scripts/build.mjs";
import { distDir, serveDocs } from "../scripts/serve.mjs";

const spec = loadSpec();
const operations = listOperations(spec);
const groups: { name: string; tags: string[] }[] = spec["x-tagGroups"];
const samplesDir = fileURLToPath(new URL("../../spec/code_samples/TypeScript", import.meta.url));
const artifacts = fileURLToPath(new URL("../../test-artifacts/docs", import.meta.url));
// Redoc's route of an operation: #/<tag>/<operationId>, lower-cased.
const route = (operation: { tags: string[]; operationId: string }) =>
  `#/${operation.tags[0]?.toLowerCase()}/${operation.operationId.toLowerCase()}`;
const squeeze = (text: string) => text.replace(/\s+/g, "");

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
  browser = await playwright.launch({
    executablePath: await chromium.executablePath(),
    args: [
      ...chromium.args,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    headless: true,
  });
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

describe.each(operations)("$operationId", (operation) => {
  test("its page shows the method, path, required headers and every error code", async () => {
    const text = await open(`${site.url}${route(operation)}`, operation.path);
    expect(text).toContain(operation.summary);
    expect(text).toContain(operation.method);
    for (const header of operation.headers.filter((candidate) => candidate.required)) {
      expect(text, `header ${header.name}`).toContain(header.name);
    }
    for (const error of operation.errors) expect(text, `error ${error.code}`).toContain(error.code);
  });

  test("its TypeScript sample is the one shown in the right-hand panel", async () => {
    const source = readFileSync(join(samplesDir, `${operation.operationId}.ts`), "utf8");
    await open(`${site.url}${route(operation)}`, operation.path);
    const shown = await page.locator("pre, code").allInnerTexts();
    expect(shown.some((block) => squeeze(block).includes(squeeze(source)))).toBe(true);
  });
});

test.each(groups)("a screenshot of the $name group", async (group) => {
  const first = operations.find((operation) => group.tags.includes(operation.tags[0] ?? ""));
  if (!first) throw new Error(`no operation in group ${group.name}`);
  await open(`${site.url}${route(first)}`, first.path);
  await page.screenshot({ path: join(artifacts, `${group.tags.join("-").toLowerCase()}.png`), animations: "disabled" });
});

test.each(readGuide())("the guide page $title renders", async (guidePage) => {
  // Waits for the start of the page's own first line, as rendered: the title is in the sidebar all along.
  const firstWords = (guidePage.markdown.split("\n")[0] ?? "")
    .replace(/^\d+\.\s+/, "")
    .replace(/[*`[\]]/g, "")
    .slice(0, 30);
  const text = await open(`${site.url}#/${guidePage.name.toLowerCase()}`, firstWords);
  expect(text).toContain(guidePage.title);
  await page.screenshot({ path: join(artifacts, `${guidePage.name}.png`), animations: "disabled" });
});

test("opened from disk (file://), it renders an operation as well", async () => {
  const operation = getOperation(spec, operations[0]?.operationId ?? "");
  const text = await open(`${pathToFileURL(join(distDir, "index.html")).href}${route(operation)}`, operation.path);
  expect(text).toContain(operation.summary);
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
