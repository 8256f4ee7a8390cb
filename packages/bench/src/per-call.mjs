// Per-call overhead with mitata: in-process (an injected fetch answering the spec's example, no network) and over
// loopback HTTP to a minimal node:http server. `startHarness` starts a process per contender and measures the rounds
// it is asked for (run.mjs takes turns with the independent loop); each contender's CPU time per call of every
// round, in ns.
//
// How it measures, and why (each point made an earlier version of this file disagree with a plain loop, see
// README.md): each contender runs in a process of its own (it pays for its own garbage and runs code only its own
// calls shaped); it is warmed up well before any figure is taken; contenders are measured in rounds, in an order
// that rotates and turns back, with mitata's `measure` (a change of load on a shared machine hits all alike); every
// sample is a batch of the same number of calls, and a run as many batches as the loop's block has calls (mitata
// otherwise times one call or 4096 depending on how long the first call took); the clock is the process's CPU time,
// so other processes do not count; a run's figure is the mean of all its batches, none left out (the median batch
// leaves out the CPU time that comes in lumps: collections, and the GC threads' time, which the kernel adds to the
// process's clock a tick at a time); a ratio is the median of the ratios within each round (report.mjs); no
// collection is forced (without --expose-gc mitata allocates 1 GiB instead; a forced one leaves its sweeping to the
// next run); and the injected fetch answers in a later event-loop turn, as a real one does, so that what a call
// leaves to clean up (the abort listener undici registers for a Request's signal) is cleaned up between calls as in
// use, not piled up across a run of calls that never leave the microtask queue.
import { measure as mitata } from "mitata";
import { callFacts, withContender } from "./call.mjs";
import { contenderArgs, serveRuns, startContender } from "./contender-process.mjs";
import { cpuTimeNs } from "./cpu-time.mjs";

/** @typedef {{ first: number, count: number }} Rounds which rounds to measure: a round's number sets its order */
/** @typedef {import("./call.mjs").Mode} Mode */
/** @typedef {import("./call.mjs").Contender} Contender */

/** The contenders the targets and the independent loop compare. */
export const COMPARED = /** @type {const} */ (["facade", "openapi-fetch", "fetch"]);
/** axios and ky, with fetch to compare them to. */
export const OTHERS = /** @type {const} */ (["fetch", "axios", "ky"]);

const facts = callFacts();
/** Calls of each contender before measuring, and batches of 16 calls in a run (2,000 and 192 calls). */
const PLAN = { "in-process": { warmUp: 1000, batches: 125 }, loopback: { warmUp: 300, batches: 12 } };

/**
 * mitata's options for every run: `batches` batches of 16 calls, on the CPU clock, no forced collection, and every
 * batch kept (by default mitata drops the two fastest and the two slowest, where the lumps land).
 * @param {number} batches
 */
const options = (batches) => ({
  now: cpuTimeNs,
  gc: false,
  warmup_threshold: Number.POSITIVE_INFINITY,
  batch_threshold: Number.POSITIVE_INFINITY,
  batch_samples: 16,
  min_samples: batches,
  max_samples: batches,
  min_cpu_time: 0,
  samples_threshold: Number.POSITIVE_INFINITY,
});

/**
 * The order of a round: rotated by one every two rounds, and reversed every other round, so that no contender is
 * always measured first or always after the same one.
 * @template T @param {T[]} items @param {number} round
 */
export function inTurn(items, round) {
  const shift = Math.floor(round / 2) % items.length;
  const rotated = [...items.slice(shift), ...items.slice(0, shift)];
  return round % 2 === 0 ? rotated : rotated.reverse();
}

/**
 * Starts a process for each of `names` in `mode` (each warms its contender up); `measure` runs rounds of them, one
 * mitata run of each contender per round, and gives each one's CPU time per call of every round, in ns.
 * @template {Contender} Name @param {Mode} mode @param {readonly Name[]} names
 */
export async function startHarness(mode, names) {
  const started = await Promise.all(
    names.map(
      async (name) => /** @type {const} */ ([name, await startContender(new URL(import.meta.url), [mode, name])]),
    ),
  );
  return {
    /** @param {Rounds} rounds */
    async measure({ first, count }) {
      /** @type {Record<string, number[]>} */
      const runs = Object.fromEntries(names.map((name) => [name, []]));
      for (let round = first; round < first + count; round++) {
        for (const [name, contender] of inTurn(started, round)) runs[name]?.push(await contender.run());
      }
      return /** @type {Record<Name, number[]>} */ (runs);
    },
    stop: () => Promise.all(started.map(([, contender]) => contender.stop())),
  };
}

/** In a contender's process: its contender, warmed up, measured by mitata run after run. */
async function serve(/** @type {Mode} */ mode, /** @type {Contender} */ name) {
  const { warmUp, batches } = PLAN[mode];
  await withContender(mode, name, facts, async (call) => {
    for (let i = 0; i < warmUp; i++) await call(); // also fails fast
    await serveRuns(async () => (await mitata(call, options(batches))).avg);
  });
}

const args = contenderArgs();
if (args) {
  await serve(/** @type {Mode} */ (args[0]), /** @type {Contender} */ (args[1]));
  process.exit(0);
}
