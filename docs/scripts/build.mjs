// Builds docs/dist: a self-contained Redoc site of the bundled spec (@idaas-sdk/spec's dist), enriched with the
// error tables, mock outcomes, curl samples and the getting-started guide (docs/guide/*.md).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSpec, specPath } from "@idaas-sdk/spec";
import { enrichSpec } from "./enrich.mjs";
import { removeCdnRequests } from "./offline.mjs";

const docsDir = fileURLToPath(new URL("..", import.meta.url));
const distDir = join(docsDir, "dist");
const guideDir = join(docsDir, "guide");
export const WORKFLOWS_FILE = "login-flows.arazzo.yaml";

/** The guide pages, in file-name order; each page's title is its first `# ` heading. */
export function readGuide() {
  return readdirSync(guideDir)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(guideDir, file), "utf8");
      const match = /^# (.+)\n/.exec(text);
      if (!match) throw new Error(`docs: guide page ${join(guideDir, file)} must start with a "# Title" line`);
      return {
        name: `guide-${file.replace(/\.md$/, "")}`,
        title: match[1],
        markdown: text.slice(match[0].length).trim(),
      };
    });
}

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

/**
 * The Arazzo description of the login flows, next to the page that links to it, with the bundle it points at,
 * so that `redocly respect login-flows.arazzo.yaml` also works from the site's folder.
 */
function copyWorkflows() {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve("@idaas-sdk/spec/workflows/login-flows.arazzo.yaml"), "utf8");
  const pointer = "url: ../dist/openapi.json";
  if (!source.includes(pointer))
    throw new Error(`docs: the workflows no longer say "${pointer}"; update copyWorkflows`);
  writeFileSync(join(distDir, WORKFLOWS_FILE), source.replace(pointer, "url: openapi.json"));
  writeFileSync(join(distDir, "openapi.json"), readFileSync(specPath("all")));
}

function main() {
  const enriched = enrichSpec(loadSpec("all"), { guide: readGuide() });
  const work = mkdtempSync(join(tmpdir(), "idaas-docs-"));
  try {
    const specFile = join(work, "openapi.json");
    writeFileSync(specFile, JSON.stringify(enriched, null, 2));
    const page = join(work, "index.html");
    buildDocs(specFile, page);
    rmSync(distDir, { recursive: true, force: true });
    mkdirSync(distDir, { recursive: true });
    writeFileSync(join(distDir, "index.html"), removeCdnRequests(readFileSync(page, "utf8")));
    copyWorkflows();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`docs build: wrote ${join("docs", "dist", "index.html")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
