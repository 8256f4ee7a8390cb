// Per-call overhead with mitata: in-process (an injected fetch answering the spec's example, no network) and over
// loopback HTTP to a minimal node:http server. Returns each contender's median time per call in ns.
//
// How it measures, and why (each point made an earlier version of this file disagree with a plain loop, see
// README.md): every contender is warmed up well (shared code, undici's included, is optimised before any figure is
// taken: the contender measured first no longer pays for it); contenders are measured in rounds, in an order that
// rotates and turns back, with mitata's `measure` (a change of load on a shared machine hits all alike); every
// sample is a batch of the same number of calls (mitata otherwise times one call or 4096 depending on how long the
// first call took, so two contenders could be measured two different ways); the clock is the process's CPU time, so
// other processes do not count; no collection is forced between runs (without --expose-gc mitata allocates 1 GiB
// instead; a forced one leaves its sweeping to the next run); axios and ky, which leave far more garbage, are
// measured after the three the targets compare, not between them; and the injected fetch answers in a later
// event-loop turn, as a real one does, so that what a call leaves to clean up (the abort listener undici registers
// for a Request's signal) is cleaned up between calls as in use, not piled up across a run of calls that never
// leave the microtask queue.
import { do_not_optimize, measure as mitata } from "mitata";
import { callFacts, contenders, JSON_ANSWER, recordFacadeRequest, withLoopbackServer } from "./call.mjs";
import { cpuTimeNs } from "./cpu-time.mjs";

/** @import { NsPerCall } from "./report.mjs" */

const facts = callFacts();
const ROUNDS = 6;
/** mitata's options for every contender and round: batches of 16 calls, on the CPU clock, no forced collection. */
const OPTIONS = {
  now: cpuTimeNs,
  gc: false,
  warmup_threshold: Number.POSITIVE_INFINITY,
  batch_threshold: Number.POSITIVE_INFINITY,
  batch_samples: 16,
  min_samples: 12,
  min_cpu_time: 150e6,
};

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

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;

/**
 * @param {string} title
 * @param {Awaited<ReturnType<typeof contenders>>} calls
 * @param {number} warmUp calls of each contender before measuring
 * @returns {Promise<NsPerCall>}
 */
async function measure(title, calls, warmUp) {
  const { axios, ky, ...compared } = calls;
  /** @type {Record<string, number[]>} */
  const samples = {};
  for (const group of [compared, { axios, ky }]) {
    const entries = Object.entries(group);
    for (let i = 0; i < warmUp; i++) for (const [, call] of entries) await call(); // also fails fast
    for (const [name] of entries) samples[name] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, call] of inTurn(entries, round)) {
        const stats = await mitata(async () => do_not_optimize(await call()), OPTIONS);
        samples[name]?.push(...stats.samples);
      }
    }
  }
  const nsPerCall = /** @type {NsPerCall} */ (
    Object.fromEntries(Object.entries(samples).map(([name, all]) => [name, median(all)]))
  );
  console.log(`\n${title}: CPU time per call, median of ${ROUNDS} rotating rounds of mitata batches`);
  for (const [name, ns] of Object.entries(nsPerCall)) console.log(`  ${name.padEnd(14)} ${(ns / 1000).toFixed(1)} µs`);
  return nsPerCall;
}

export async function inProcess() {
  const baseUrl = "https://tenant.example.com";
  const request = await recordFacadeRequest(facts, baseUrl);
  // Does what undici's fetch does first (make a Request, read its body; ky also waits for that), then answers in a
  // later turn of the event loop, as any fetch does. A Request given alone is read as it is (`new Request(request)`
  // would copy its body through a stream, work no transport does to the Request it is handed).
  /** @type {typeof globalThis.fetch} */
  const fetch = async (input, init) => {
    await (input instanceof Request && !init ? input : new Request(input, init)).arrayBuffer();
    await new Promise((resolve) => setImmediate(resolve));
    return new Response(facts.answer, JSON_ANSWER);
  };
  return measure(
    "in-process (injected fetch, prebuilt answer)",
    await contenders({ baseUrl, fetch, facts, request }),
    1000,
  );
}

export async function loopback() {
  return withLoopbackServer(facts.answer, async (baseUrl) => {
    const request = await recordFacadeRequest(facts, baseUrl);
    return await measure("loopback HTTP (node:http server)", await contenders({ baseUrl, facts, request }), 300);
  });
}
