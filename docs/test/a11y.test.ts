// Every page a reader sees, checked by axe-core in Chromium against WCAG 2 A and AA (2.0, 2.1, 2.2): the index,
// each product's page, its first operation with an error table, and a guide page, each once Redoc has rendered it.
// A violation fails the test, except the few of Redoc's own markup listed in REDOC_EXCEPTIONS, each with why.
// Screenshots of what is checked go to test-artifacts/docs/a11y/; on a machine without Chromium, the file skips.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { noChromium } from "@idaas-sdk/client-test-suite/browser";
import { listOperations, loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test as vitestTest } from "vitest";
import { INDEX_PAGE, pageOf, readGuide } from "../scripts/site.mjs";
import { openSiteInChromium, type SiteInChromium } from "./site-in-chromium.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const artifacts = join(fileURLToPath(new URL("../..", import.meta.url)), "test-artifacts", "docs", "a11y");
const test = vitestTest.skipIf(noChromium);
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Violations inside Redoc's own markup that neither its options nor the site's styles can fix: rule, element, why. */
const REDOC_EXCEPTIONS: { rule: string; selector: string; why: string }[] = [
  {
    rule: "label-content-name-mismatch",
    selector: 'button[aria-label="Example"][aria-haspopup="menu"]',
    why: "Redoc's request-example picker is named \"Example\" by its aria-label while it shows the chosen example's name; no option changes its markup",
  },
  {
    rule: "scrollable-region-focusable",
    selector: '[data-component-name="Markdown/Markdown"] > pre',
    why: "Redoc renders a Markdown code block as a bare <pre>, without tabindex, and has no option to add one; the mock outcomes' curl (its JSON body on one line) scrolls sideways. Chromium (130 and later) and Firefox focus a scrolling region by the keyboard anyway",
  },
];
/** The exceptions some page needed, so one that no longer matches (a Redoc upgrade fixed it) is noticed. */
const used = new Set<string>();

/** A page to check: its route under the site, and an element that is there once Redoc has rendered the route. */
type Visit = { name: string; route: string; rendered: string };

function visitsOf(product: (typeof PRODUCTS)[number]): Visit[] {
  const spec = loadSpec(product);
  const withErrors = listOperations(spec).find((operation) => operation.errors.length > 0);
  if (!withErrors) throw new Error(`no ${product} operation documents an error`);
  const section = `${withErrors.tags[0]?.toLowerCase()}/${withErrors.operationId.toLowerCase()}`;
  return [
    { name: product, route: pageOf(product), rendered: `h1:has-text(${JSON.stringify(spec.info.title)})` },
    { name: `${product}-${withErrors.operationId}`, route: `${pageOf(product)}#/${section}`, rendered: "table" },
  ];
}

const guide = readGuide("eiam")[0];
if (!guide) throw new Error("eiam has no guide page");
const VISITS: Visit[] = [
  { name: "index", route: INDEX_PAGE, rendered: "h1" },
  ...PRODUCTS.flatMap(visitsOf),
  {
    name: `eiam-${guide.name}`,
    route: `${pageOf("eiam")}#/${guide.name}`,
    rendered: `[id="${guide.name}"] h1, [id="${guide.name}"] h2`,
  },
];

let docs: SiteInChromium | undefined;
let site: SiteInChromium["site"];
let page: Page;

beforeAll(async () => {
  docs = await openSiteInChromium(artifacts);
  ({ site, page } = docs);
});
afterAll(() => docs?.close());

/** axe-core's WCAG 2 A/AA violations in the whole page, one line per rule and element, the exceptions left out. */
async function violations() {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ tags, exceptions }) => {
      type Node = { target: unknown; element: Element; html: string; failureSummary?: string };
      type Result = { violations: { id: string; nodes: Node[] }[] };
      const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } };
      const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, elementRef: true });
      const excepted: string[] = [];
      const found = result.violations.flatMap((violation) =>
        violation.nodes
          .filter((node) => {
            const exception = exceptions.find((e) => e.rule === violation.id && node.element.matches(e.selector));
            if (exception) excepted.push(`${exception.rule} ${exception.selector}`);
            return !exception;
          })
          .map(
            (node) =>
              `${violation.id} ${JSON.stringify(node.target)} ${node.html.slice(0, 160)}: ${node.failureSummary?.split("\n")[1]?.trim()}`,
          ),
      );
      return { found, excepted };
    },
    { tags: WCAG_TAGS, exceptions: REDOC_EXCEPTIONS },
  );
}

test.each(VISITS)("$name: no WCAG 2 A/AA violation (axe-core)", async ({ name, route, rendered }) => {
  await page.goto("about:blank");
  await page.goto(`${site.url}${route}`);
  await page.locator(rendered).first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
  const { found, excepted } = await violations();
  for (const exception of excepted) used.add(exception);
  expect(found).toEqual([]);
});

test("every exception was needed by some page, so a Redoc upgrade that fixes one is noticed", () => {
  expect([...used].sort()).toEqual(REDOC_EXCEPTIONS.map((e) => `${e.rule} ${e.selector}`).sort());
});
