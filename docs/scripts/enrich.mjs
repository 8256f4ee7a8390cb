// Turns a copy of one product's bundle into what its page shows: per operation, the answers the spec assumes, the
// error table and the mock outcomes (appended to its description) and a curl sample; the links to the site's other
// pages; and the guide as a group of its own. Everything here is read from the bundle through @idaas-sdk/spec's
// catalogue; nothing is restated by hand.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basePath, DEFAULT_HOST, DEFAULT_PORT } from "@idaas-sdk/mock";
import { listOperations } from "@idaas-sdk/spec";

/** @import { CatalogOperation, Product, SpecDocument } from "@idaas-sdk/spec" */
/** @typedef {{ name: string, title: string, markdown: string }} GuidePage a guide page, as a tag of its own */
/** @typedef {{ title: string, href: string }} SiteLink a page of the site */
/** @typedef {{ name: string | undefined, status: number, summary: string | undefined, assumed: boolean }} MockOutcome unnamed: no example */

export const MOCK_URL = `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;

/** Where the mock serves a product's operations: under the product's base path (`npm start`). */
export const mockBaseUrl = (/** @type {Product} */ product) => `${MOCK_URL}${basePath(product)}`;

const cell = (/** @type {unknown} */ text) =>
  String(text ?? "—")
    .replaceAll("|", "\\|")
    .replaceAll("\n", " ");
const shellQuote = (/** @type {string} */ text) => `'${String(text).replaceAll("'", `'\\''`)}'`;

/** The repository's path of an operation's TypeScript sample (operation ids repeat across products). */
export const samplePath = (/** @type {CatalogOperation} */ operation) =>
  `spec/code_samples/TypeScript/${operation.product}/${operation.operationId}.ts`;

/**
 * Every named outcome of an operation, in spec order: what `Prefer: example=<name>` asks the mock for. `assumed`:
 * the spec marks the outcome's response or example `x-idaas-assumed` (no vendor page shows it).
 * @param {CatalogOperation} operation
 * @returns {MockOutcome[]}
 */
export function mockOutcomes(operation) {
  return operation.responses.flatMap(
    /** @returns {MockOutcome[]} */ (response) =>
      response.examples.length === 0
        ? [{ name: undefined, status: response.status, summary: response.description, assumed: !!response.assumed }]
        : response.examples.map((example) => ({
            name: example.name,
            status: response.status,
            summary: example.summary,
            assumed: !!(response.assumed || example.assumed),
          })),
  );
}

/** What the note of an `x-idaas-assumed` text starts with, in the docs. */
export const ASSUMED_LABEL = "**Assumed:**";

/**
 * The note of one `x-idaas-assumed` text: "**Assumed:** the page's response is not available; …" (the spec writes
 * the text after "assumed: ").
 * @param {string} text
 */
export const assumedNote = (text) => `${ASSUMED_LABEL} ${text.replace(/^\s*assumed:\s*/i, "")}`;

/**
 * The section that names every response and example of the operation the spec assumes (`x-idaas-assumed`: no vendor
 * page shows it, the spec took the nearest documented shape), each with the spec's text; undefined when none is.
 * @param {CatalogOperation} operation
 * @returns {string | undefined}
 */
export function assumedSection(operation) {
  const notes = operation.responses.flatMap((response) => [
    ...(response.assumed ? [`- HTTP ${response.status} response. ${assumedNote(response.assumed)}`] : []),
    ...response.examples.flatMap((example) =>
      example.assumed
        ? [`- HTTP ${response.status}, example \`${example.name}\`. ${assumedNote(example.assumed)}`]
        : [],
    ),
  ]);
  if (notes.length === 0) return undefined;
  return [
    "### Assumed responses",
    "",
    "The vendor's pages do not show these answers: the spec takes the nearest documented shape and says where from " +
      "(`x-idaas-assumed`). A real tenant may answer otherwise.",
    "",
    ...notes,
  ].join("\n");
}

/**
 * A curl command for the operation against the mock (under its product's base path): its required headers with
 * their spec examples, the `default` request example as body (and its media type) when it takes one, or `body` when
 * given, and, when given, a `Prefer` header picking the outcome.
 * @param {CatalogOperation} operation
 * @param {{ example?: string, multiline?: boolean, baseUrl?: string, body?: unknown }} [options]
 */
export function curlCommand(
  operation,
  { example, multiline = false, baseUrl = mockBaseUrl(operation.product), body: given } = {},
) {
  const headers = [
    ...(example ? [`Prefer: example=${example}`] : []),
    ...(operation.requestBody ? [`Content-Type: ${operation.requestBody.mediaType}`] : []),
    ...operation.headers.filter((header) => header.required).map((header) => `${header.name}: ${header.example}`),
  ];
  const body = given ?? operation.requestBody?.examples.find((candidate) => candidate.name === "default")?.value;
  const parts = [
    `curl -sS -X ${operation.method} ${shellQuote(`${baseUrl}${operation.path}`)}`,
    ...headers.map((header) => `-H ${shellQuote(header)}`),
    ...(body === undefined ? [] : [`-d ${shellQuote(JSON.stringify(body))}`]),
  ];
  return parts.join(multiline ? " \\\n  " : " ");
}

/** What the error table adds to a message the vendor's page cuts (`x-idaas-error.incomplete`). */
export const CUT_MESSAGE = "(the page cuts this message)";

/**
 * The Markdown table of every error code of the operation, from the spec's error catalogue; a message the vendor's
 * page cuts is shown as the page has it, followed by "(the page cuts this message)".
 * @param {CatalogOperation} operation
 */
export function errorTable(operation) {
  if (operation.errors.length === 0) return "### Error codes\n\nThe spec documents no error code for this operation.";
  const rows = operation.errors.map(
    (error) =>
      `| \`${error.code}\` | ${error.httpStatus} | ${cell(error.message)}${error.incomplete ? ` ${CUT_MESSAGE}` : ""}<br>${cell(error.messageZh)} | ${cell(error.action)} |`,
  );
  return [
    "### Error codes",
    "",
    "Message in English, then in Chinese; `{0}` is filled in by the service (for example with a parameter's name).",
    "",
    "| Code | HTTP | Message / 中文 | Action |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/**
 * The Markdown list of mock outcomes with a curl, an argument a line (on one line it ran 4,000 pixels wide, a region
 * to scroll sideways; only its JSON body still does). @param {CatalogOperation} operation
 */
export function mockOutcomesSection(operation) {
  const outcomes = mockOutcomes(operation);
  const rows = outcomes.map(
    (outcome) =>
      `| ${outcome.name ? `\`Prefer: example=${outcome.name}\`` : "(no `Prefer` header)"} | ${outcome.status} | ${cell(outcome.summary)}${outcome.assumed ? " (assumed)" : ""} |`,
  );
  const first = outcomes.find((outcome) => outcome.name)?.name;
  return [
    "### Mock outcomes",
    "",
    `The mock server (\`npm start\`, ${mockBaseUrl(operation.product)}) answers with the outcome named in the \`Prefer\` header:`,
    "",
    "| Header | HTTP status | Outcome |",
    "|---|---|---|",
    ...rows,
    "",
    "```sh",
    curlCommand(operation, { example: first, multiline: true }),
    "```",
  ].join("\n");
}

/** The slider captcha widget's README, where its package.json says the package lives (`repository`). */
export const CAPTCHA_WIDGET_URL = (() => {
  const path = createRequire(import.meta.url).resolve("@idaas-sdk/captcha/package.json");
  const { repository } = JSON.parse(readFileSync(path, "utf8"));
  const home = String(repository.url)
    .replace(/^git\+/, "")
    .replace(/\.git$/, "");
  return `${home}/tree/main/${repository.directory}#readme`;
})();

/** The operations the widget calls itself (the two methods of its `CaptchaClient`): their pages link to it. */
export const CAPTCHA_WIDGET_OPERATIONS = ["getCaptcha", "verifyCaptcha"];

/** The pointer from a captcha operation to the widget that calls it in a web page; undefined for the others. */
export function captchaWidgetSection(/** @type {CatalogOperation} */ operation) {
  if (!CAPTCHA_WIDGET_OPERATIONS.includes(operation.operationId)) return undefined;
  return [
    "### The slider on a web page",
    "",
    `The [slider captcha widget](${CAPTCHA_WIDGET_URL}) of \`@idaas-sdk/captcha\`, \`<idaas-slider-captcha>\`, ` +
      "shows the puzzle, takes the user's drag (mouse, touch or keyboard), calls **getCaptcha** and **verifyCaptcha** " +
      "itself with your client and hands you the `captchaToken` for the code send.",
  ].join("\n");
}

export const GUIDE_GROUP = "Getting started";
export const REFERENCE_GROUP = "API reference";

/** Redoc names a heading of the introduction in the sidebar by its first code span alone: so headings lose theirs. */
const plainHeadings = (/** @type {string | undefined} */ markdown) =>
  markdown?.replace(/^(#{1,6} .*)$/gm, (heading) => heading.replaceAll("`", ""));

/**
 * The line that leads the page's introduction: the site's other pages, this one named in bold.
 * @param {SiteLink[]} links
 * @param {string | undefined} current the href of this page
 */
export function siteLinks(links, current) {
  return links
    .map((link) => (link.href === current ? `**${link.title}**` : `[${link.title}](${link.href})`))
    .join(" · ");
}

/**
 * Returns an enriched deep copy of a product's bundle; the bundle itself is left as it is.
 * @param {SpecDocument} bundle a product's bundled OpenAPI document (`loadSpec(product)` of @idaas-sdk/spec)
 * @param {{ guide?: GuidePage[], links?: SiteLink[], page?: string }} [options] the guide pages of this product; the
 *   site's pages to link to, and this page's own href
 */
export function enrichSpec(bundle, { guide = [], links = [], page } = {}) {
  const document = structuredClone(bundle);
  for (const operation of listOperations(document)) {
    const target = document.paths[operation.path][operation.method.toLowerCase()];
    const samples = target["x-codeSamples"] ?? [];
    if (!samples.some((/** @type {{ lang: string }} */ sample) => sample.lang === "TypeScript")) {
      throw new Error(
        `docs: ${operation.product} operation ${operation.operationId} (${operation.method} ${operation.path}) has no TypeScript x-codeSamples entry; add ${samplePath(operation)} and reference it from its spec/paths file`,
      );
    }
    target.description = [
      target.description?.trim(),
      captchaWidgetSection(operation),
      assumedSection(operation),
      errorTable(operation),
      mockOutcomesSection(operation),
    ]
      .filter(Boolean)
      .join("\n\n");
    target["x-codeSamples"] = [
      ...samples,
      { lang: "curl", label: "curl", source: curlCommand(operation, { multiline: true }) },
    ];
  }
  document.info.description = [
    links.length > 0 ? siteLinks(links, page) : undefined,
    plainHeadings(document.info.description?.trim()),
  ]
    .filter(Boolean)
    .join("\n\n");
  // Redoc hides the tags of no group once any group exists, and names a group apart from its tags: so the guide is
  // one group and the bundle's tags that no group of its own holds are another.
  const grouped = new Set(
    (document["x-tagGroups"] ?? []).flatMap((/** @type {{ tags: string[] }} */ group) => group.tags),
  );
  /** @type {string[]} */
  const ungrouped = (document.tags ?? [])
    .filter((/** @type {{ name: string }} */ tag) => !grouped.has(tag.name))
    .map((/** @type {{ name: string }} */ tag) => tag.name);
  document.tags = [
    ...guide.map((page) => ({
      name: page.name,
      "x-displayName": page.title,
      "x-traitTag": true,
      description: page.markdown,
    })),
    ...(document.tags ?? []),
  ];
  document["x-tagGroups"] = [
    ...(guide.length > 0 ? [{ name: GUIDE_GROUP, tags: guide.map((page) => page.name) }] : []),
    ...(document["x-tagGroups"] ?? []),
    ...(ungrouped.length > 0 ? [{ name: REFERENCE_GROUP, tags: ungrouped }] : []),
  ];
  return document;
}
