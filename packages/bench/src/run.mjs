#!/usr/bin/env node
// `pnpm bench`: per-call overhead (in-process and loopback), bundle sizes and pipeline times, in one run.
// Writes results/latest.json, results/per-call.svg and the table in README.md. Expects a built repo.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { checkInProcess, checkLoopback } from "./check.mjs";
import { writeFigures } from "./figures.mjs";
import { inProcess, loopback } from "./per-call.mjs";
import { pipeline } from "./pipeline.mjs";
import { markdown, ratios, svg, writeReadme } from "./report.mjs";
import { sizes } from "./size.mjs";

/** @import { Results } from "./report.mjs" */
/** @import { Bundle } from "./size.mjs" */
/** @typedef {Record<Bundle, number>} Bytes bytes per bundle */

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: cpus()[0]?.model.trim() ?? "unknown",
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.versions.node,
};
console.log("machine:", JSON.stringify(machine));

// Each mode measured by mitata, then right after by the independent loop (the figures stand only if it reproduces
// them): close in time, so that both see the same load.
const inProcessRatios = ratios(await inProcess());
const checkedInProcess = await checkInProcess();
console.log("\nindependent loop, in-process:", JSON.stringify(checkedInProcess));
const loopbackRatios = ratios(await loopback());
const checkedLoopback = await checkLoopback();
console.log("independent loop, loopback:", JSON.stringify(checkedLoopback));
const check = { inProcess: checkedInProcess, loopback: checkedLoopback };
const bundles = await sizes();
/** @type {Results} */
const results = {
  machine,
  inProcess: inProcessRatios,
  loopback: loopbackRatios,
  check,
  sizeGzipBytes: /** @type {Bytes} */ (
    Object.fromEntries(Object.entries(bundles).map(([name, size]) => [name, size.gzip]))
  ),
  sizeRawBytes: /** @type {Bytes} */ (
    Object.fromEntries(Object.entries(bundles).map(([name, size]) => [name, size.raw]))
  ),
  pipelineSeconds: pipeline(),
};

const resultsDir = new URL("../results/", import.meta.url);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(new URL("latest.json", resultsDir), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL("per-call.svg", resultsDir), svg(results));
const table = markdown(results);
writeReadme(new URL("../README.md", import.meta.url), table);
writeFigures(new URL("../../..", import.meta.url).pathname, results);
console.log(
  `\n${table}\n\nwrote packages/bench/results/latest.json, results/per-call.svg, README.md and the figures of the READMEs`,
);
