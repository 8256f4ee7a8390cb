// The results as JSON (results/latest.json), as a Markdown table (between the markers of README.md) and as an
// SVG bar chart of the per-call ratios (results/per-call.svg).
import { readFileSync, writeFileSync } from "node:fs";

/** @import { Bundle } from "./size.mjs" */
/** @import { Check } from "./check.mjs" */
/** @typedef {(typeof contenders)[number]} Contender */
/** @typedef {Record<Contender, number>} NsPerCall median nanoseconds per call, by contender */
/**
 * Nanoseconds per call of each round (a whole run's mean), by contender: `compared` (facade, openapi-fetch, fetch) in
 * rounds of their own, `others` (fetch, axios, ky) in theirs.
 * @typedef {{ compared: Record<"facade" | "openapi-fetch" | "fetch", number[]>,
 *   others: Record<"fetch" | "axios" | "ky", number[]> }} Runs
 */
/** @typedef {ReturnType<typeof ratios>} Mode the measures of one mode (in-process or loopback) */
/** @typedef {{ date: string, cpu: string, cores: number, memoryGiB: number, os: string, node: string }} Machine */
/**
 * What a bench run measured: results/latest.json. `check`: the same comparisons by the independent loop.
 * @typedef {{ machine: Machine, inProcess: Mode, loopback: Mode, check: { inProcess: Check, loopback: Check },
 *   sizeGzipBytes: Record<Bundle, number>,
 *   sizeRawBytes: Record<Bundle, number>, pipelineSeconds: { cold: number, warm: number, oneSpecEdit: number } }} Results
 */

const contenders = /** @type {const} */ (["facade", "openapi-fetch", "fetch", "axios", "ky"]);
/** @param {number} value */
const twoDecimals = (value) => Math.round(value * 100) / 100;

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;

/**
 * Each contender's median time per call (fetch's of the compared rounds), and the ratios: the median of the ratios
 * within each round (so that a round slowed down by other load counts once).
 * @param {Runs} runs
 */
export function ratios({ compared, others }) {
  const nsPerCall = {
    facade: median(compared.facade),
    "openapi-fetch": median(compared["openapi-fetch"]),
    fetch: median(compared.fetch),
    axios: median(others.axios),
    ky: median(others.ky),
  };
  /** @param {number[]} a @param {number[]} b */
  const inRounds = (a, b) => twoDecimals(median(a.map((ns, round) => ns / (b[round] ?? Number.NaN))));
  return {
    facadeOverRaw: inRounds(compared.facade, compared["openapi-fetch"]),
    facadeOverFetch: inRounds(compared.facade, compared.fetch),
    rawOverFetch: inRounds(compared["openapi-fetch"], compared.fetch),
    axiosOverFetch: inRounds(others.axios, others.fetch),
    kyOverFetch: inRounds(others.ky, others.fetch),
    nsPerCall: /** @type {NsPerCall} */ (
      Object.fromEntries(Object.entries(nsPerCall).map(([name, ns]) => [name, Math.round(ns)]))
    ),
  };
}

/** The largest gap from 1 allowed between a harness ratio and the independent loop's. */
export const AGREEMENT = 0.15;
/**
 * How far the harness's ratio is from the independent loop's: `1.08×` (the harness finds 8% more).
 * @param {number} harness @param {number} loop
 */
export const agreement = (harness, loop) => Math.round((harness / loop) * 100) / 100;
/** @param {number} harness @param {number} loop */
export const agrees = (harness, loop) => Math.abs(harness / loop - 1) <= AGREEMENT;

/** @param {number} ns */
const us = (ns) => `${(ns / 1000).toFixed(1)} µs`;

/** A contender's ratio to the hand-written fetch, as `ratios` gives it. @param {Mode} mode @param {Contender} name */
function overFetch(mode, name) {
  const of = {
    facade: mode.facadeOverFetch,
    "openapi-fetch": mode.rawOverFetch,
    fetch: 1,
    axios: mode.axiosOverFetch,
    ky: mode.kyOverFetch,
  };
  return of[name];
}
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

/** @param {Results} results */
export function markdown(results) {
  const { inProcess, loopback, check, sizeGzipBytes, sizeRawBytes, pipelineSeconds, machine } = results;
  const rows = contenders.map((name) => {
    const cell = (/** @type {Mode} */ mode) => `${us(mode.nsPerCall[name])} (${overFetch(mode, name)}×)`;
    return `| ${name} | ${cell(inProcess)} | ${cell(loopback)} |`;
  });
  const met = (/** @type {number} */ value, /** @type {number} */ limit) => (value <= limit ? "✔" : "✖");
  return [
    `Measured ${machine.date} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), ${machine.os}, Node ${machine.node}.`,
    "",
    "Per call, CPU time (mean of a mitata run, median of the rounds) and ratio to the hand-written `fetch` (mitata, interleaved rounds):",
    "",
    "| contender | in-process (injected fetch) | loopback HTTP |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "| ratio | mitata | independent loop | agree within 15% |",
    "| --- | --- | --- | --- |",
    .../** @type {const} */ ([
      ["in-process", "facadeOverRaw", "facade / openapi-fetch"],
      ["in-process", "facadeOverFetch", "facade / fetch"],
      ["loopback", "facadeOverRaw", "facade / openapi-fetch"],
      ["loopback", "facadeOverFetch", "facade / fetch"],
    ]).map(([mode, key, name]) => {
      const harness = (mode === "in-process" ? inProcess : loopback)[key];
      const loop = check[mode === "in-process" ? "inProcess" : "loopback"][key];
      return `| ${mode}: ${name} | ${harness}× | ${loop}× | ${agreement(harness, loop)}× ${agrees(harness, loop) ? "✔" : "✖"} |`;
    }),
    "",
    "| target | measured | |",
    "| --- | --- | --- |",
    `| in-process: facade ≤ 1.15× raw openapi-fetch | ${inProcess.facadeOverRaw}× | ${met(inProcess.facadeOverRaw, 1.15)} |`,
    `| loopback: facade ≤ 1.15× hand-written fetch | ${loopback.facadeOverFetch}× | ${met(loopback.facadeOverFetch, 1.15)} |`,
    `| main entry ≤ 9 kB gzip (eiam) | ${kb(sizeGzipBytes.eiam)} | ${met(sizeGzipBytes.eiam, 9 * 1024)} |`,
    `| main entry ≤ 9 kB gzip (ciam) | ${kb(sizeGzipBytes.ciam)} | ${met(sizeGzipBytes.ciam, 9 * 1024)} |`,
    `| core + one operation ≤ 4 kB gzip (eiam) | ${kb(sizeGzipBytes.eiamOneOperation)} | ${met(sizeGzipBytes.eiamOneOperation, 4096)} |`,
    `| core + one operation ≤ 4 kB gzip (ciam) | ${kb(sizeGzipBytes.ciamOneOperation)} | ${met(sizeGzipBytes.ciamOneOperation, 4096)} |`,
    `| captcha widget ≤ 4 kB gzip | ${kb(sizeGzipBytes.captcha)} | ${met(sizeGzipBytes.captcha, 4096)} |`,
    "",
    "| bundle (esbuild, minified, with dependencies) | raw | gzip |",
    "| --- | --- | --- |",
    .../** @type {Bundle[]} */ (Object.keys(sizeGzipBytes)).map(
      (name) => `| ${name} | ${kb(sizeRawBytes[name])} | ${kb(sizeGzipBytes[name])} |`,
    ),
    "",
    "| pipeline (turbo run build) | seconds |",
    "| --- | --- |",
    `| cold (\`--force\`) | ${pipelineSeconds.cold} |`,
    `| warm, nothing changed | ${pipelineSeconds.warm} |`,
    `| after one spec description changed | ${pipelineSeconds.oneSpecEdit} |`,
    "",
    "![per-call ratios](results/per-call.svg)",
  ].join("\n");
}

/** Replaces the text between the results markers of the README. @param {string | URL} path @param {string} table */
export function writeReadme(path, table) {
  const start = "<!-- results:start -->";
  const end = "<!-- results:end -->";
  const text = readFileSync(path, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path} lacks the ${start} … ${end} markers`);
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
}

/**
 * Two groups of horizontal bars (in-process, loopback): each contender's ratio to the hand-written fetch.
 * @param {Pick<Results, "inProcess" | "loopback">} results
 */
export function svg({ inProcess, loopback }) {
  /** @type {[string, Mode][]} */
  const groups = [
    ["in-process (injected fetch)", inProcess],
    ["loopback HTTP", loopback],
  ];
  const max = Math.max(...groups.flatMap(([, mode]) => contenders.map((name) => overFetch(mode, name))));
  const left = 110;
  const width = 640;
  const scale = (width - left - 70) / max;
  const bar = 18;
  const lines = [];
  let y = 10;
  for (const [title, mode] of groups) {
    lines.push(`<text x="10" y="${y + 14}" font-weight="bold">${title}</text>`);
    y += 24;
    for (const name of contenders) {
      const value = overFetch(mode, name);
      const fill = name === "facade" ? "#2f6fde" : name === "fetch" ? "#888" : "#9bb8ea";
      lines.push(
        `<text x="${left - 8}" y="${y + 13}" text-anchor="end">${name}</text>`,
        `<rect x="${left}" y="${y}" width="${(value * scale).toFixed(1)}" height="${bar}" fill="${fill}"/>`,
        `<text x="${(left + value * scale + 6).toFixed(1)}" y="${y + 13}">${value.toFixed(2)}×</text>`,
      );
      y += bar + 6;
    }
    y += 10;
  }
  const oneX = (left + scale).toFixed(1);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 20}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...lines,
    `<line x1="${oneX}" y1="30" x2="${oneX}" y2="${y}" stroke="#444" stroke-dasharray="4 3"/>`,
    `<text x="${oneX}" y="${y + 14}" text-anchor="middle">1× hand-written fetch (lower is faster)</text>`,
    "</svg>",
    "",
  ].join("\n");
}
