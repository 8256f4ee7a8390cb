// The independent check of the per-call figures: a plain loop, no mitata (it shares with the harness the contenders,
// the injected fetch and the loopback server of call.mjs, whose requests and answers a test proves the same, and the
// process per contender of contender-process.mjs). Rounds of blocks: in each round every contender runs one
// block of calls in its own process, in an order that rotates from round to round (backwards every other round), so
// that a change of load on a shared machine hits every contender alike; a block's time per call is the process's
// CPU time over the block divided by its calls (garbage collection and the GC threads included). A contender's
// figure is the median of its blocks; a ratio is the median of the ratios within each round. `startLoop` measures
// the rounds it is asked for: run.mjs takes turns with the harness, so that both see the same load.
import { callFacts, withContender } from "./call.mjs";
import { contenderArgs, serveRuns, startContender } from "./contender-process.mjs";
import { cpuTimeNs } from "./cpu-time.mjs";

/** @typedef {"facade" | "openapi-fetch" | "fetch"} Compared */
/** @typedef {{ nsPerCall: Record<Compared, number>, facadeOverRaw: number, facadeOverFetch: number }} Check */
/** @typedef {Record<Compared, number[]>} Blocks CPU time per call of each round's block, by contender */
/** @typedef {import("./call.mjs").Mode} Mode */

const compared = /** @type {const} */ (["facade", "openapi-fetch", "fetch"]);
const facts = callFacts();
/** Calls of each contender before measuring, and calls in a block. */
const PLAN = { "in-process": { warmUp: 1000, block: 2000 }, loopback: { warmUp: 300, block: 192 } };

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[sorted.length >> 1]);
};
/** @param {number} value */
const twoDecimals = (value) => Math.round(value * 100) / 100;

/**
 * Starts a process for each compared contender in `mode` (each warms its contender up); `measure` runs rounds
 * `first` to `first + count - 1` (a round's number sets its order), a block of each contender per round.
 * @param {Mode} mode
 */
export async function startLoop(mode) {
  const started = await Promise.all(
    compared.map(
      async (name) => /** @type {const} */ ([name, await startContender(new URL(import.meta.url), [mode, name])]),
    ),
  );
  return {
    /** @param {{ first: number, count: number }} rounds @returns {Promise<Blocks>} */
    async measure({ first, count }) {
      /** @type {Blocks} */
      const blocks = { facade: [], "openapi-fetch": [], fetch: [] };
      for (let round = first; round < first + count; round++) {
        // Each round starts with another contender, and every other round runs backwards.
        const shift = round % started.length;
        const order = [...started.slice(shift), ...started.slice(0, shift)];
        if (round % 2) order.reverse();
        for (const [name, contender] of order) blocks[name].push(await contender.run());
      }
      return blocks;
    },
    stop: () => Promise.all(started.map(([, contender]) => contender.stop())),
  };
}

/**
 * The figures of rounds of blocks: each contender's median block, and the median of the ratios within each round.
 * @param {Blocks} blocks @returns {Check}
 */
export function summary(blocks) {
  const inRounds = (/** @type {Compared} */ other) =>
    twoDecimals(median(blocks.facade.map((ns, round) => ns / /** @type {number} */ (blocks[other][round]))));
  return {
    nsPerCall: {
      facade: Math.round(median(blocks.facade)),
      "openapi-fetch": Math.round(median(blocks["openapi-fetch"])),
      fetch: Math.round(median(blocks.fetch)),
    },
    facadeOverRaw: inRounds("openapi-fetch"),
    facadeOverFetch: inRounds("fetch"),
  };
}

/** In a contender's process: its contender, warmed up, then a timed block of calls each time one is asked for. */
async function serve(/** @type {Mode} */ mode, /** @type {Compared} */ name) {
  const { warmUp, block } = PLAN[mode];
  await withContender(mode, name, facts, async (call) => {
    for (let i = 0; i < warmUp; i++) await call();
    await serveRuns(async () => {
      const start = cpuTimeNs();
      for (let i = 0; i < block; i++) await call();
      return (cpuTimeNs() - start) / block;
    });
  });
}

const args = contenderArgs();
if (args) {
  await serve(/** @type {Mode} */ (args[0]), /** @type {Compared} */ (args[1]));
  process.exit(0);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  for (const mode of /** @type {const} */ (["in-process", "loopback"])) {
    const loop = await startLoop(mode);
    console.log(mode, JSON.stringify(summary(await loop.measure({ first: 0, count: 60 }))));
    await loop.stop();
  }
}
