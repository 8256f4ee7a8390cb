// The built docs site (docs/dist/index.html of @idaas-sdk/docs) and the OpenAPI document embedded in it: what a
// reader of the site sees, per operation (description with the error table and mock outcomes, code samples).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { CatalogOperation, SpecDocument } from "@idaas-sdk/spec";

export const docsDir = dirname(createRequire(import.meta.url).resolve("@idaas-sdk/docs/package.json"));
export const docsPage = join(docsDir, "dist", "index.html");
const MARKER = "const __redoc_definition = ";

/** The OpenAPI document the site renders, parsed out of the page. */
export function readDocsDefinition(page = docsPage): SpecDocument {
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

/** The operation as the site shows it: its description (with `<wbr>` line-break hints removed) and code samples. */
export function docsOperation(definition: SpecDocument, operation: CatalogOperation) {
  const target = definition.paths?.[operation.path]?.[operation.method.toLowerCase()];
  return {
    found: target?.operationId === operation.operationId,
    description: String(target?.description ?? "").replaceAll("<wbr>", ""),
    samples: (target?.["x-codeSamples"] ?? []) as CodeSample[],
  };
}
