// The built docs site (docs/dist of @idaas-sdk/docs): one Redoc page per product, and the OpenAPI document embedded
// in each: what a reader of the site sees, per operation (description with the error table and mock outcomes, code
// samples).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { CatalogOperation, Product, SpecDocument } from "@idaas-sdk/spec";
import { curlBlocks } from "./curl.js";

const docsDir = dirname(createRequire(import.meta.url).resolve("@idaas-sdk/docs/package.json"));
const MARKER = "const __redoc_definition = ";

interface Site {
  pageOf(product: Product): string;
  pageDefinition(product: Product): SpecDocument;
}
/** The docs' own description of its pages (docs/scripts/site.mjs): where each product's page is, what it embeds. */
export const site = (await import(join(docsDir, "scripts", "site.mjs"))) as Site;

/** The built page of a product. */
export const docsPage = (product: Product) => join(docsDir, "dist", site.pageOf(product));

/** The OpenAPI document a product's page renders, parsed out of the page. */
export function readDocsDefinition(product: Product): SpecDocument {
  const page = docsPage(product);
  if (!existsSync(page))
    throw new Error(`${page} does not exist: build the docs first (pnpm --filter @idaas-sdk/docs build)`);
  const html = readFileSync(page, "utf8");
  const start = html.indexOf(MARKER);
  if (start < 0) throw new Error(`${page} embeds no Redoc definition (no "${MARKER.trim()}")`);
  const line = html.slice(start + MARKER.length, html.indexOf("\n", start));
  return JSON.parse(line.trim().replace(/;$/, ""));
}

export interface CodeSample {
  lang: string;
  source: string;
}

/** The operation as its product's page shows it: its description and code samples. */
export function docsOperation(definition: SpecDocument, operation: CatalogOperation) {
  const target = definition.paths?.[operation.path]?.[operation.method.toLowerCase()];
  return {
    found: target?.operationId === operation.operationId,
    description: String(target?.description ?? ""),
    samples: (target?.["x-codeSamples"] ?? []) as CodeSample[],
  };
}

/** Every curl command the page shows for the operation: the right-hand panel's sample and those in its text. */
export function curlSamples(page: ReturnType<typeof docsOperation>): string[] {
  return [
    ...page.samples.filter((sample) => sample.lang.toLowerCase() === "curl").map((sample) => sample.source),
    ...curlBlocks(page.description),
  ];
}
