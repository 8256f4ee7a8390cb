// The measured figures the READMEs quote, rendered from results/latest.json, so that no README states a number by
// hand. Each figure block sits between `<!-- figures:NAME -->` and `<!-- /figures:NAME -->` in its file;
// `writeFigures` fills them (the bench run calls it) and `staleFigures` lists the ones that differ (a test).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** @import { Results } from "./report.mjs" */
/** @typedef {(results: Results) => string} Figure renders one figure block */

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`; // as the bench README counts them
/** @param {number} ns */
const µs = (ns) => `${Math.round(ns / 1000)} µs`;
/** @param {number} value @param {number} limit */
const met = (value, limit) => (value <= limit ? "✔" : "✖");

/** @type {Figure} */
function measured({ machine, inProcess, loopback, check, sizeGzipBytes: gzip, pipelineSeconds: build }) {
  const ip = inProcess.nsPerCall;
  const lo = loopback.nsPerCall;
  return [
    `Benchmarks of ${machine.date} (${machine.cores}-core ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}): \`npm run bench\`, details in [packages/bench](packages/bench/README.md).`,
    "",
    "| what | measured | target |",
    "|---|---|---|",
    `| CPU time per call in-process, facade vs raw openapi-fetch | ${µs(ip.facade)} vs ${µs(ip["openapi-fetch"])}: ${inProcess.facadeOverRaw}× (independent loop ${check.inProcess.facadeOverRaw}×) | ≤ 1.15× ${met(inProcess.facadeOverRaw, 1.15)} |`,
    `| CPU time per call over loopback, facade vs hand-written fetch | ${µs(lo.facade)} vs ${µs(lo.fetch)}: ${loopback.facadeOverFetch}× (independent loop ${check.loopback.facadeOverFetch}×; openapi-fetch alone ${loopback.rawOverFetch}×) | ≤ 1.15× ${met(loopback.facadeOverFetch, 1.15)} |`,
    `| main entry with all its operations, bundled + minified, gzip | eiam ${kB(gzip.eiam)}, ciam ${kB(gzip.ciam)} (the \`/raw\` entry adds openapi-fetch, ${kB(gzip.openapiFetch)} alone) | ≤ 9 kB ${met(Math.max(gzip.eiam, gzip.ciam), 9 * 1024)} |`,
    `| a page's bundle of the \`/functions\` core and one operation, gzip | eiam ${kB(gzip.eiamOneOperation)}, ciam ${kB(gzip.ciamOneOperation)} | ≤ 4 kB ${met(Math.max(gzip.eiamOneOperation, gzip.ciamOneOperation), 4096)} |`,
    `| \`/session\`, \`/server\`, \`/device\` entries, gzip | ${kB(gzip.eiamSession)}, ${kB(gzip.eiamServer)}, ${kB(gzip.device)}, each kept out of the main entry | — |`,
    `| id-token entry (jose), gzip | ${kB(gzip.idToken)}, kept out of the main entry | — |`,
    `| turbo build: cold / warm no-change / after one spec description edit | ${build.cold} s / ${build.warm} s / ${build.oneSpecEdit} s | warm = full cache hit ${met(build.warm, 1)} |`,
  ].join("\n");
}

/** @param {"eiam" | "ciam"} product @returns {Figure} */
const size = (product) => (results) =>
  `Size: the main entry with all its operations, bundled and minified, is ${kB(results.sizeRawBytes[product])}, ${kB(results.sizeGzipBytes[product])} gzip; the \`/raw\` entry adds openapi-fetch (${kB(results.sizeGzipBytes.openapiFetch)} gzip alone). Measured by \`npm run bench\` on ${results.machine.date}.`;

/** @type {Figure} */
const widgetSize = ({ sizeRawBytes: raw, sizeGzipBytes: gzip }) =>
  `Size: the whole package (the element, its styles, both languages, \`solveCaptcha\`), bundled and minified for browsers, is ${kB(raw.captcha)}, ${kB(gzip.captcha)} gzip (target ≤ 4 kB ${met(gzip.captcha, 4096)}; the package's own test holds it there). Measured by \`npm run bench\` (packages/bench).`;

/**
 * Per README (path from the repo root): its figure blocks and how each is rendered.
 * @type {Record<string, Record<string, Figure>>}
 */
export const FIGURES = {
  "README.md": { measured },
  "packages/eiam/README.md": { size: size("eiam") },
  "packages/ciam/README.md": { size: size("ciam") },
  "packages/captcha/README.md": { size: widgetSize },
};

/** @param {string} name @returns {[start: string, end: string]} */
const markers = (name) => [`<!-- figures:${name} -->`, `<!-- /figures:${name} -->`];

/** @param {string} text @param {string} file @param {Record<string, Figure>} blocks @param {Results} results */
function render(text, file, blocks, results) {
  let out = text;
  for (const [name, figure] of Object.entries(blocks)) {
    const [start, end] = markers(name);
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${file} lacks the ${start} … ${end} markers`);
    out = `${out.slice(0, from + start.length)}\n${figure(results)}\n${out.slice(to)}`;
  }
  return out;
}

/** @param {string} root @returns {Results} */
export function readResults(root) {
  return JSON.parse(readFileSync(join(root, "packages", "bench", "results", "latest.json"), "utf8"));
}

/** Writes every figure block from `results`. @param {string} root */
export function writeFigures(root, results = readResults(root)) {
  for (const [file, blocks] of Object.entries(FIGURES)) {
    const path = join(root, file);
    writeFileSync(path, render(readFileSync(path, "utf8"), file, blocks, results));
  }
}

/** The READMEs whose figure blocks differ from what `results` renders. @param {string} root */
export function staleFigures(root, results = readResults(root)) {
  return Object.entries(FIGURES)
    .filter(([file, blocks]) => {
      const text = readFileSync(join(root, file), "utf8");
      return render(text, file, blocks, results) !== text;
    })
    .map(([file]) => file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFigures(new URL("../../..", import.meta.url).pathname);
  console.log("wrote the figures of packages/bench/results/latest.json into the READMEs");
}
