// The independent check of the per-call figures: a plain loop, no mitata, its own injected fetch and its own server
// (it shares with the harness only the contenders of call.mjs, whose requests and answers a test proves the same).
// Rounds of blocks: in each round every contender runs one block of calls, in an order that rotates from round to
// round (backwards every other round), so that a change of load on a shared machine hits every contender alike and no
// contender always follows the same one (whose garbage it would collect); a block's time per call is the
// process's CPU time over the block divided by its calls (garbage collection included). Blocks are long (about as
// long as a mitata run: in short ones, the collection of one contender's garbage falls in the next one's block).
// A contender's figure is the median of its blocks; a ratio is the median of the ratios within each round.
import { callFacts, contenders, JSON_ANSWER, recordFacadeRequest, withLoopbackServer } from "./call.mjs";
import { cpuTimeNs } from "./cpu-time.mjs";

/** @typedef {"facade" | "openapi-fetch" | "fetch"} Compared */
/** @typedef {{ nsPerCall: Record<Compared, number>, facadeOverRaw: number, facadeOverFetch: number }} Check */

const compared = /** @type {const} */ (["facade", "openapi-fetch", "fetch"]);
const facts = callFacts();

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[sorted.length >> 1]);
};
/** @param {number} value */
const twoDecimals = (value) => Math.round(value * 100) / 100;

/**
 * @param {Awaited<ReturnType<typeof contenders>>} calls
 * @param {{ rounds: number, block: number, warmUp: number }} plan calls per block and per contender's warm-up
 * @returns {Promise<Check>}
 */
async function loop(calls, { rounds, block, warmUp }) {
  for (let i = 0; i < warmUp; i++) for (const name of compared) await calls[name]();
  /** @type {Record<Compared, number[]>} */
  const blocks = { facade: [], "openapi-fetch": [], fetch: [] };
  /** @type {{ raw: number[], fetch: number[] }} */
  const roundRatios = { raw: [], fetch: [] };
  for (let round = 0; round < rounds; round++) {
    /** @type {Partial<Record<Compared, number>>} */
    const times = {};
    // Each round starts with another contender, and every other round runs backwards.
    const shift = round % compared.length;
    const order = [...compared.slice(shift), ...compared.slice(0, shift)];
    if (round % 2) order.reverse();
    for (const name of order) {
      const call = calls[name];
      const start = cpuTimeNs();
      for (let i = 0; i < block; i++) await call();
      times[name] = (cpuTimeNs() - start) / block;
      blocks[name].push(times[name]);
    }
    const { facade = 0, "openapi-fetch": raw = 1, fetch = 1 } = times;
    roundRatios.raw.push(facade / raw);
    roundRatios.fetch.push(facade / fetch);
  }
  return {
    nsPerCall: {
      facade: Math.round(median(blocks.facade)),
      "openapi-fetch": Math.round(median(blocks["openapi-fetch"])),
      fetch: Math.round(median(blocks.fetch)),
    },
    facadeOverRaw: twoDecimals(median(roundRatios.raw)),
    facadeOverFetch: twoDecimals(median(roundRatios.fetch)),
  };
}

/** In-process: a fetch that reads the Request's body and answers the spec's example in a later event-loop turn. */
export async function checkInProcess() {
  const baseUrl = "https://tenant.example.com";
  /** @type {typeof globalThis.fetch} */
  const fetch = async (input, init) => {
    // A Request is read as it is: `new Request(request)` would copy it through a stream (costly, and not what a
    // transport does with the Request it is given).
    await (input instanceof Request ? input : new Request(input, init)).arrayBuffer();
    await new Promise((resolve) => setImmediate(resolve));
    return new Response(facts.answer, JSON_ANSWER);
  };
  const request = await recordFacadeRequest(facts, baseUrl);
  return loop(await contenders({ baseUrl, fetch, facts, request }), { rounds: 12, block: 2000, warmUp: 1000 });
}

/** Over loopback HTTP: a node:http server of this process answers the spec's example. */
export async function checkLoopback() {
  return withLoopbackServer(facts.answer, async (baseUrl) => {
    const request = await recordFacadeRequest(facts, baseUrl);
    return await loop(await contenders({ baseUrl, facts, request }), { rounds: 12, block: 200, warmUp: 300 });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log("in-process", JSON.stringify(await checkInProcess()));
  console.log("loopback", JSON.stringify(await checkLoopback()));
}
