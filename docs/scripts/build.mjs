// Builds docs/dist: per product a self-contained Redoc page of its enriched bundle (scripts/site.mjs), an index
// page linking them, and the Arazzo workflow files with the bundles they point at.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCTS } from "@idaas-sdk/spec";
import { hashLinks } from "./links.mjs";
import { removeCdnRequests } from "./offline.mjs";
import { INDEX_PAGE, indexPage, pageDefinition, pageOf } from "./site.mjs";
import { addStyles } from "./styles.mjs";
import { siteWorkflows } from "./workflows.mjs";

const docsDir = fileURLToPath(new URL("..", import.meta.url));
const distDir = join(docsDir, "dist");

/**
 * Renders the OpenAPI document in `specFile` as one self-contained HTML page at `output`.
 * @param {string} specFile
 * @param {string} output
 */
function buildDocs(specFile, output) {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
  const result = spawnSync(
    process.execPath,
    [cli, "build-docs", specFile, "-o", output, "--inlineBundle", "--config", join(docsDir, "redocly.yaml")],
    {
      encoding: "utf8",
      cwd: docsDir,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
  if (result.status !== 0) {
    throw new Error(`docs: redocly build-docs failed (exit ${result.status})\n${result.stdout}${result.stderr}`);
  }
}

function main() {
  const workflows = siteWorkflows();
  const work = mkdtempSync(join(tmpdir(), "idaas-docs-"));
  try {
    /** @type {[file: string, html: string][]} */
    const pages = PRODUCTS.map((product) => {
      const specFile = join(work, `${product}.json`);
      writeFileSync(specFile, JSON.stringify(pageDefinition(product, workflows), null, 2));
      const page = join(work, pageOf(product));
      buildDocs(specFile, page);
      return [pageOf(product), addStyles(hashLinks(removeCdnRequests(readFileSync(page, "utf8"))))];
    });
    rmSync(distDir, { recursive: true, force: true });
    mkdirSync(distDir, { recursive: true });
    for (const [file, html] of pages) writeFileSync(join(distDir, file), html);
    writeFileSync(join(distDir, INDEX_PAGE), indexPage(workflows));
    for (const workflow of workflows) {
      writeFileSync(join(distDir, workflow.name), workflow.text);
      for (const [file, path] of workflow.bundles) copyFileSync(path, join(distDir, file));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`docs build: wrote ${join("docs", "dist")} (${[INDEX_PAGE, ...PRODUCTS.map(pageOf)].join(", ")})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    process.exit(1);
  }
}
