#!/usr/bin/env node
// `pnpm bench`: per-call overhead (in-process and loopback), bundle sizes and pipeline times, in one run.
// Writes results/latest.json, results/per-call.svg and the table in README.md. Expects a built repo.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { startLoop, summary } from "./check.mjs";
import { writeFigures } from "./figures.mjs";
import { COMPARED, OTHERS, startHarness } from "./per-call.mjs";
import { pipeline } from "./pipeline.mjs";
import { markdown, ratios, svg, writeReadme } from "./report.mjs";
import { sizes } from "./size.mjs";

/** @import { Blocks } from "./check.mjs" */
/** @import { Mode } from "./per-call.mjs" */
/** @import { Results, Runs } from "./report.mjs" */
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

const ROUNDS = 60;
const TURN = 6;
/** Rounds of axios and ky (with fetch), after all the others: figures for comparison, no target, no check. */
const OTHER_ROUNDS = 12;

/** Turns of rounds, joined: each name's values of every turn, in order. @param {Record<string, number[]>[]} turns */
const joined = (turns) =>
  Object.fromEntries(Object.keys(turns[0] ?? {}).map((name) => [name, turns.flatMap((turn) => turn[name] ?? [])]));

/**
 * Measures a mode by mitata and by the independent loop (the figures stand only if it reproduces them), taking
 * turns of TURN rounds: other processes' load moves the ratios, not only the times, so both must see the same;
 * then axios and ky.
 * @param {Mode} mode @param {string} title
 */
async function inTurns(mode, title) {
  const harness = await startHarness(mode, COMPARED);
  const loop = await startLoop(mode);
  /** @type {Record<string, number[]>[]} */
  const runs = [];
  /** @type {Record<string, number[]>[]} */
  const blocks = [];
  for (let first = 0; first < ROUNDS; first += TURN) {
    runs.push(await harness.measure({ first, count: TURN }));
    blocks.push(await loop.measure({ first, count: TURN }));
  }
  await Promise.all([harness.stop(), loop.stop()]);
  const others = await startHarness(mode, OTHERS);
  const measured = ratios({
    compared: /** @type {Runs["compared"]} */ (joined(runs)),
    others: await others.measure({ first: 0, count: OTHER_ROUNDS }),
  });
  await others.stop();
  const checked = summary(/** @type {Blocks} */ (joined(blocks)));
  console.log(`\n${title}: CPU time per call (mean of a run, median of ${ROUNDS} rounds), mitata | independent loop`);
  for (const [name, ns] of Object.entries(measured.nsPerCall)) {
    const loopNs = /** @type {Record<string, number>} */ (checked.nsPerCall)[name];
    console.log(
      `  ${name.padEnd(14)} ${(ns / 1000).toFixed(1)} µs${loopNs ? ` | ${(loopNs / 1000).toFixed(1)} µs` : ""}`,
    );
  }
  return { measured, checked };
}

const inProcessMode = await inTurns("in-process", "in-process (injected fetch, prebuilt answer)");
const loopbackMode = await inTurns("loopback", "loopback HTTP (node:http server)");
const inProcessRatios = inProcessMode.measured;
const loopbackRatios = loopbackMode.measured;
const check = { inProcess: inProcessMode.checked, loopback: loopbackMode.checked };
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
