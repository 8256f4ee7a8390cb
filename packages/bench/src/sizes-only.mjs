#!/usr/bin/env node
// `pnpm bench:sizes`: measures the bundle sizes again, into results/latest.json, and renders the READMEs from it.
// Sizes are deterministic (no load or machine in them), so they may be refreshed alone after a change of the code;
// the timings stay those of the last full `pnpm bench`, whose date the results keep.
import { readFileSync, writeFileSync } from "node:fs";
import { writeFigures } from "./figures.mjs";
import { markdown, writeReadme } from "./report.mjs";
import { sizes } from "./size.mjs";

/** @import { Results } from "./report.mjs" */

const latest = new URL("../results/latest.json", import.meta.url);
/** @type {Results} */
const results = JSON.parse(readFileSync(latest, "utf8"));
const bundles = Object.entries(await sizes());
results.sizeGzipBytes = /** @type {Results["sizeGzipBytes"]} */ (
  Object.fromEntries(bundles.map(([name, size]) => [name, size.gzip]))
);
results.sizeRawBytes = /** @type {Results["sizeGzipBytes"]} */ (
  Object.fromEntries(bundles.map(([name, size]) => [name, size.raw]))
);
writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
writeReadme(new URL("../README.md", import.meta.url), markdown(results));
writeFigures(new URL("../../..", import.meta.url).pathname, results);
console.log("wrote the sizes into packages/bench/results/latest.json, README.md and the figures of the READMEs");
