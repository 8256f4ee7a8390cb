// The Arazzo workflow files of the spec (spec/workflows/*.arazzo.yaml), as the site carries them: next to the pages,
// each `url: ../dist/<bundle>` of their source descriptions pointing at the bundle copied beside them, so that
// `redocly respect <file>` also works from the site's folder.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { PRODUCTS, specPath } from "@idaas-sdk/spec";

const workflowsDir = join(dirname(createRequire(import.meta.url).resolve("@idaas-sdk/spec/package.json")), "workflows");
const DIST_URL = /^(\s*(?:-\s+)?url:\s*)(["']?)\.\.\/dist\/([^"'\s]+)\2[ \t]*$/gm;
const RELATIVE_URL = /^\s*(?:-\s+)?url:\s*["']?\.\.\//m;

/** The product bundle a workflow may point at, by its file name (`eiam.json`). */
const bundles = new Map(PRODUCTS.map((product) => [basename(specPath(product)), specPath(product)]));

/**
 * Rewrites one workflow file for the site. Returns its text and the bundles it points at (file name → path);
 * throws naming the file when a source description points anywhere else outside its folder.
 * @param {string} name
 * @param {string} text
 */
export function siteWorkflow(name, text) {
  /** @type {Map<string, string>} */
  const used = new Map();
  /** @param {string} _ @param {string} key @param {string} quote @param {string} file */
  const toSite = (_, key, quote, file) => {
    const path = bundles.get(file);
    if (!path) {
      throw new Error(`docs: ${name} points at ../dist/${file}, which is no product bundle (${[...bundles.keys()]})`);
    }
    used.set(file, path);
    return `${key}${quote}${file}${quote}`;
  };
  const rewritten = text.replace(DIST_URL, toSite);
  if (RELATIVE_URL.test(rewritten)) {
    throw new Error(`docs: ${name} has a source description outside spec/dist that the site cannot carry`);
  }
  return { name, text: rewritten, bundles: used };
}

/** Every workflow file of the spec, in name order, rewritten for the site. */
export function siteWorkflows() {
  return readdirSync(workflowsDir)
    .filter((file) => /\.arazzo\.(ya?ml|json)$/.test(file))
    .sort()
    .map((file) => siteWorkflow(file, readFileSync(join(workflowsDir, file), "utf8")));
}
