#!/usr/bin/env node
// `pnpm gate`: compares each product's bundle (spec/dist/<product>.json) with that product's spec in the last
// release and fails (exit 1) when a breaking change has no major changeset. `--base <git ref>` compares with
// another commit instead.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCTS } from "@idaas-sdk/spec";
import { readChangesets } from "./changesets.js";
import { runGate } from "./gate.js";
import { bundleSpecAt, lastReleaseRef, versionAt } from "./last-release.js";
import { formatReport } from "./report.js";

const repo = fileURLToPath(new URL("../../..", import.meta.url));

/** @param {string[]} argv @returns {number} exit code */
function main(argv) {
  const baseIndex = argv.indexOf("--base");
  const baseArg = baseIndex >= 0 ? argv[baseIndex + 1] : undefined;
  if (baseIndex >= 0 && !baseArg) throw new Error("--base needs a git ref, e.g. --base @idaas-sdk/spec@1.0.0");
  const { ref, why } = baseArg ? { ref: baseArg, why: `--base ${baseArg}` } : lastReleaseRef(repo);

  const dirs = new Map([["@idaas-sdk/spec", "spec"]]);
  const clientOfTag = (/** @type {string} */ tag) => {
    const dir = `packages/${tag.toLowerCase()}`;
    const manifest = join(repo, dir, "package.json");
    if (!existsSync(manifest)) return undefined;
    const { name } = JSON.parse(readFileSync(manifest, "utf8"));
    dirs.set(name, dir);
    return name;
  };
  const versions = (/** @type {string} */ name) => {
    // Every package the gate asks about is the spec or was found by clientOfTag.
    const dir = /** @type {string} */ (dirs.get(name));
    return {
      before: versionAt(repo, ref, dir),
      now: JSON.parse(readFileSync(join(repo, dir, "package.json"), "utf8")).version,
    };
  };

  const tmp = mkdtempSync(join(tmpdir(), "idaas-gate-"));
  try {
    const changesets = readChangesets(join(repo, ".changeset"));
    let ok = true;
    for (const product of PRODUCTS) {
      const revisionPath = join(repo, "spec", "dist", `${product}.json`);
      if (!existsSync(revisionPath))
        throw new Error(`${relative(repo, revisionPath)} does not exist: build the spec first (pnpm build)`);
      const basePath = join(tmp, `${product}.json`);
      bundleSpecAt(repo, ref, basePath, product);
      const result = runGate({ basePath, revisionPath, changesets, clientOfTag, versions });
      console.log(formatReport(result, { base: `${why}, ${product}`, revision: relative(repo, revisionPath) }));
      ok &&= result.ok;
    }
    return ok ? 0 : 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`gate: ${/** @type {Error} */ (error).message}`);
  process.exitCode = 2;
}
