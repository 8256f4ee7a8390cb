// The site as GitHub Pages serves it (docs.yml): under the repository's sub-path, https://<owner>.github.io/<repo>/.
// Here docs/dist is served under /idaas-sdk/ by a static server that answers 404 for anything outside it, and every
// page, link and asset is crawled: the href, src and CSS url() of each page, the links of its guide pages (in the
// Redoc page's state), and, in Chromium, what each page loads and links once rendered. Each must answer 200, and
// none may leave the sub-path for the root of the host.
import { launchChromium, noChromium } from "@idaas-sdk/client-test-suite/browser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { distDir, serveStatic } from "../scripts/serve.mjs";
import { INDEX_PAGE, readGuide } from "../scripts/site.mjs";

const SUB_PATH = "/idaas-sdk/";
/** Every path the server was asked for, by anyone (the crawl, Chromium). */
const asked: string[] = [];
let site: { url: string; close(): Promise<void> };
let origin: string;
let root: string;

beforeAll(async () => {
  site = await serveStatic(distDir, {
    name: "docs under a sub-path",
    port: 0,
    build: "pnpm --filter @idaas-sdk/docs build",
    answer: (request, response) => {
      const path = request.url ?? "/";
      asked.push(path);
      if (path.startsWith(SUB_PATH)) {
        request.url = path.slice(SUB_PATH.length - 1);
        return false;
      }
      response.writeHead(404).end();
      return true;
    },
  });
  origin = new URL(site.url).origin;
  root = `${origin}${SUB_PATH}`;
});
afterAll(() => site?.close());

/** The address a reference of a page leads to, without its fragment; undefined for one that loads nothing. */
function target(reference: string, page: string): string | undefined {
  if (/^(#|data:|mailto:|javascript:|blob:)/.test(reference)) return undefined;
  const url = new URL(reference, page);
  url.hash = "";
  return url.href;
}

/** The references of a page's text: its attributes' href and src, its CSS url(), its guide's Markdown links. */
function references(text: string, type: string): string[] {
  if (type.includes("css")) return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? "");
  if (!type.includes("html")) return [];
  // Redoc's page carries its guide and reference as the JSON of its state; the rest of its scripts are code.
  const state = /__redoc_state = (\{.*?\});\s*\n/s.exec(text)?.[1];
  const markdown: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") markdown.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  if (state) walk(JSON.parse(state));
  const html = text.replace(/<script\b[\s\S]*?<\/script>/g, "");
  return [
    ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? ""),
    ...[...html.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? ""),
    ...markdown.flatMap((text) => [
      ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? ""),
      ...[...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? ""),
    ]),
  ].map((reference) => reference.replaceAll("&amp;", "&"));
}

describe("docs/dist served under a sub-path", () => {
  test("every page, link and asset, crawled from the index, answers 200 under the sub-path", async () => {
    const seen = new Map<string, string>([[root, "(start)"]]);
    const queue = [root];
    const failed: string[] = [];
    const escaped: string[] = [];
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await fetch(url);
      if (response.status !== 200) {
        failed.push(`${url} (${response.status}), linked from ${seen.get(url)}`);
        continue;
      }
      const text = await response.text();
      for (const reference of references(text, response.headers.get("content-type") ?? "")) {
        const next = target(reference, url);
        if (!next || new URL(next).origin !== origin) continue;
        if (!next.startsWith(root)) {
          escaped.push(`${reference} in ${url}`);
          continue;
        }
        if (!seen.has(next)) {
          seen.set(next, url);
          queue.push(next);
        }
      }
    }
    expect(failed).toEqual([]);
    expect([...new Set(escaped)]).toEqual([]);
    // The crawl reached the pages: the index and each product's page, each guide's workflow file and bundle.
    expect([...seen.keys()].map((url) => url.slice(root.length))).toEqual(
      expect.arrayContaining(["", "eiam.html", "ciam.html", "login-flows.arazzo.yaml", "eiam.json", "ciam.json"]),
    );
  });

  describe.skipIf(noChromium)("in Chromium", () => {
    let browser: Browser;
    let page: Page;
    const loaded: string[] = [];
    // One page for the whole file: @sparticuz/chromium runs as a single process, which closing its last page ends.
    beforeAll(async () => {
      browser = await launchChromium(["--no-sandbox", "--disable-gpu", "--no-first-run"]);
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on("response", (response) => loaded.push(`${response.status()} ${response.url()}`));
    });
    afterAll(() => browser?.close());

    test.each([INDEX_PAGE, "eiam.html", "ciam.html"])(
      "%s loads and links only what is under the sub-path, each answering 200",
      async (file) => {
        loaded.length = 0;
        await page.goto(`${root}${file}`);
        await page.waitForLoadState("networkidle");
        // What the rendered page links and loads: anchors, sources, and the url() of every style rule.
        const rendered = await page.evaluate(() => {
          const urls = [...document.querySelectorAll("[href], [src]")].flatMap((element) =>
            ["href", "src"].flatMap((name) => {
              const value = element.getAttribute(name);
              return value === null || element.tagName.toLowerCase() === "use" ? [] : [value];
            }),
          );
          for (const sheet of [...document.styleSheets]) {
            for (const rule of [...sheet.cssRules]) {
              for (const match of rule.cssText.matchAll(/url\("?([^")]+)"?\)/g)) urls.push(match[1] ?? "");
            }
          }
          return urls;
        });
        const here = `${root}${file}`;
        const targets = [...new Set(rendered.map((reference) => target(reference, here)))].filter(
          (url): url is string => url !== undefined && new URL(url).origin === origin,
        );
        expect(targets.filter((url) => !url.startsWith(root))).toEqual([]);
        const answers = await Promise.all(targets.map(async (url) => `${(await fetch(url)).status} ${url}`));
        expect(answers.filter((answer) => !answer.startsWith("200 "))).toEqual([]);
        const local = loaded.filter((line) => line.includes(` ${origin}/`));
        expect(local.length).toBeGreaterThan(0);
        expect(local.filter((line) => !/^(200|304) /.test(line) || !line.includes(` ${root}`))).toEqual([]);
      },
    );

    test("a guide link of the sidebar, clicked or opened by its address, shows its page", async () => {
      const guide = readGuide("eiam").find((candidate) => candidate.name === "guide-3-eiam-mfa");
      if (!guide) throw new Error("no guide page 3-eiam-mfa");
      await page.goto(`${root}eiam.html`);
      const link = page.locator("a").filter({ hasText: guide.title }).first();
      const href = await link.evaluate((element) => (element as HTMLAnchorElement).href);
      expect(href).toBe(`${root}eiam.html#/${guide.name}`);
      await link.click();
      await expect.poll(() => page.url()).toBe(href);
      await page.goto("about:blank");
      await page.goto(href);
      await page.getByRole("heading", { name: guide.title }).first().waitFor();
    });
  });

  test("nothing asked the server for a path outside the sub-path", () => {
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((path) => !path.startsWith(SUB_PATH))).toEqual([]);
  });
});
