// Per-call overhead with mitata: in-process (an injected fetch answering a prebuilt body, no network) and over
// loopback HTTP to a minimal node:http server. Returns each contender's median time per call in ns: on a shared
// machine the median resists the noise of other processes better than the mean.
import { createServer } from "node:http";
import { bench, do_not_optimize, run } from "mitata";
import { callFacts, contenders, recordFacadeRequest } from "./call.mjs";

/** @import { AddressInfo } from "node:net" */
/** @import { NsPerCall } from "./report.mjs" */

const facts = callFacts();
const json = { status: 200, headers: { "content-type": "application/json" } };

/**
 * @param {string} title
 * @param {Awaited<ReturnType<typeof contenders>>} calls
 * @returns {Promise<NsPerCall>}
 */
async function measure(title, calls) {
  for (const call of Object.values(calls)) await call(); // fail fast, and warm up every path once
  for (const [name, call] of Object.entries(calls)) bench(name, async () => do_not_optimize(await call()));
  console.log(`\n${title}`);
  const { benchmarks } = await run({ colors: false });
  return /** @type {NsPerCall} */ (
    Object.fromEntries(
      benchmarks.map((b) => {
        // mitata reports a contender that threw as a run without stats (and prints its error).
        const stats = b.runs[0]?.stats;
        if (!stats) throw new Error(`the ${b.alias} benchmark failed: ${b.runs[0]?.error}`);
        return [b.alias, stats.p50];
      }),
    )
  );
}

export async function inProcess() {
  const baseUrl = "https://tenant.example.com";
  const request = await recordFacadeRequest(facts, baseUrl);
  // Does what undici's fetch does first (make a Request, read its body; ky also waits for that), then answers.
  /** @type {typeof globalThis.fetch} */
  const fetch = async (input, init) => {
    await (input instanceof Request && !init ? input : new Request(input, init)).arrayBuffer();
    return new Response(facts.answer, json);
  };
  return measure("in-process (injected fetch, prebuilt answer)", await contenders({ baseUrl, fetch, facts, request }));
}

export async function loopback() {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, json.headers).end(facts.answer));
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, "127.0.0.1", resolve)));
  // Listening on a TCP host and port: the address is an AddressInfo.
  const baseUrl = `http://127.0.0.1:${/** @type {AddressInfo} */ (server.address()).port}`;
  try {
    const request = await recordFacadeRequest(facts, baseUrl);
    return await measure("loopback HTTP (node:http server)", await contenders({ baseUrl, facts, request }));
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
