// What the site is made of: one Redoc page per product (`<product>.html`, its enriched bundle with its guide
// pages), an index page linking them, and the workflow files with the bundles they point at. The build writes it;
// the tests and the contract tests read the same definitions from here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import { enrichSpec, mockBaseUrl } from "./enrich.mjs";
import { siteWorkflows } from "./workflows.mjs";

/** @import { Product } from "@idaas-sdk/spec" */
/** @typedef {ReturnType<typeof siteWorkflows>} SiteWorkflows */

const guideDir = fileURLToPath(new URL("../guide", import.meta.url));
export const INDEX_PAGE = "index.html";
/** Where a guide page lists the workflow files the site carries. */
export const WORKFLOWS_MARKER = "<!-- workflows -->";

/** A product's page of the site. */
export const pageOf = (/** @type {Product} */ product) => `${product}.html`;

/**
 * A product's name as its page shows it: its tag's display name, else the bundle's title.
 * @param {Product} product
 */
function titleOf(product) {
  const bundle = loadSpec(product);
  const tag = (bundle.tags ?? []).find(
    (/** @type {{ name: string }} */ candidate) => candidate.name.toLowerCase() === product,
  );
  return tag?.["x-displayName"] ?? bundle.info.title;
}

/** The site's pages, for the line of links that leads each product page. */
export function siteLinks() {
  return [
    ...PRODUCTS.map((product) => ({ title: titleOf(product), href: pageOf(product) })),
    { title: "All products", href: INDEX_PAGE },
  ];
}

/**
 * The Markdown list of the workflow files, the bundles beside them and how to run them against the mock.
 * @param {SiteWorkflows} workflows
 */
function workflowsList(workflows) {
  const servers = PRODUCTS.map((product) => `--server ${product}=${mockBaseUrl(product)}`).join(" ");
  const links = workflows.map(
    (workflow) =>
      `- [${workflow.name}](${workflow.name}), over ${[...workflow.bundles.keys()].map((file) => `[${file}](${file})`).join(" and ")}`,
  );
  const commands = workflows.map((workflow) => `npx @redocly/cli respect ${workflow.name} \\\n  ${servers}`);
  return [...links, "", "```sh", ...commands, "```"].join("\n");
}

/**
 * A product's guide pages, in file-name order: `guide/<n>-<name>.md` is on every product's page,
 * `guide/<n>-<product>-<name>.md` only on that product's. Each page's title is its first `# ` heading.
 * @param {Product} product
 */
export function readGuide(product, workflows = siteWorkflows()) {
  if (!PRODUCTS.includes(product)) throw new Error(`docs: unknown product "${product}"; expected ${PRODUCTS}`);
  return readdirSync(guideDir)
    .filter((file) => file.endsWith(".md"))
    .filter((file) => {
      const owner = PRODUCTS.find((candidate) => file.replace(/^\d+-/, "").startsWith(`${candidate}-`));
      return owner === undefined || owner === product;
    })
    .sort()
    .map((file) => {
      const text = readFileSync(join(guideDir, file), "utf8");
      const match = /^# (.+)\n/.exec(text);
      if (!match?.[1]) throw new Error(`docs: guide page ${join(guideDir, file)} must start with a "# Title" line`);
      return {
        name: `guide-${file.replace(/\.md$/, "")}`,
        title: match[1],
        markdown: text.slice(match[0].length).trim().replace(WORKFLOWS_MARKER, workflowsList(workflows)),
      };
    });
}

/**
 * The OpenAPI document a product's page renders: its bundle, enriched, with its guide and the site's links.
 * @param {Product} product
 */
export function pageDefinition(product, workflows = siteWorkflows()) {
  return enrichSpec(loadSpec(product), {
    guide: readGuide(product, workflows),
    links: siteLinks(),
    page: pageOf(product),
  });
}

const escapeHtml = (/** @type {string} */ text) =>
  String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The index page: a link to each product's page, then the workflow files and bundles. No request outside itself. */
export function indexPage(workflows = siteWorkflows()) {
  const files = [...new Set(workflows.flatMap((workflow) => [workflow.name, ...workflow.bundles.keys()]))];
  /** @param {string} href @param {string} text */
  const item = (href, text, note = "") => `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a>${note}</li>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IDaaS login API</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; color: #263238; }
a { color: #0044d4; }
</style>
</head>
<body>
<h1>IDaaS login API</h1>
<p>One reference per product, each with its getting-started guide, error codes and mock outcomes:</p>
<ul>
${PRODUCTS.map((product) => item(pageOf(product), titleOf(product), ` — ${escapeHtml(loadSpec(product).info.title)}`)).join("\n")}
</ul>
<p>The login flows as Arazzo workflows, and the bundles they describe:</p>
<ul>
${files.map((file) => item(file, file)).join("\n")}
</ul>
</body>
</html>
`;
}
