// One call, five ways: the EIAM facade, openapi-fetch alone, a hand-written fetch with the same headers and body,
// axios and ky. All send exactly the request the facade sends (recorded once) and parse the JSON answer.
import { createServer } from "node:http";
import { createEiamClient } from "@idaas-sdk/eiam/raw";
import { listOperations, loadSpec } from "@idaas-sdk/spec";
import axios from "axios";
import ky from "ky";
import createClient from "openapi-fetch";

/** @import { EiamClientOptions, EiamPaths, LoginWithMobileCodeInput } from "@idaas-sdk/eiam" */
/** @import { Client } from "openapi-fetch" */
/** @typedef {ReturnType<typeof callFacts>} CallFacts */
/** @typedef {{ headers: Record<string, string>, body: string }} RecordedRequest */
/** @typedef {"/api/v2/sdk/login/mobile-verify-code"} LoginPath the spec's path of the call, as the typed clients name it */

const operationId = "loginWithMobileCode";

/** The spec's facts of the benchmarked call: path, a valid body and device headers, and the success answer. */
export function callFacts() {
  const operations = listOperations(loadSpec("eiam"));
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`the EIAM spec has no ${operationId}`);
  const example = (/** @type {string | undefined} */ name) =>
    operation.headers.find((h) => h.name.toLowerCase() === name?.toLowerCase())?.example;
  const body = operation.requestBody?.examples.find((e) => e.name === "default")?.value;
  const success = operation.responses.find((r) => r.status === 200)?.examples[0]?.value;
  if (!body || !success) throw new Error(`${operationId} has no default request example or 200 example`);
  // The path the typed clients were generated with, from this very spec.
  const path = /** @type {LoginPath} */ (operation.path);
  return { operation, path, example, body, answer: JSON.stringify(success) };
}

/**
 * Which header carries each client option, asked of the client itself: its raw call sends them all.
 * @param {LoginPath} path
 */
async function headerNamesOf(path) {
  const device = {
    osVersion: "probe-osVersion",
    fingerprint: "probe-fingerprint",
    agent: "probe-agent",
    ip: "probe-ip",
  };
  /** @type {[name: string, value: string][]} */
  let sent = [];
  const client = createEiamClient({
    clientId: "probe-clientId",
    device,
    baseUrl: "https://tenant.example.com",
    fetch: async (request) => {
      if (!(request instanceof Request)) throw new Error("the raw client fetches a Request");
      sent = [...request.headers];
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  // The typed raw call requires a body; its content does not matter here.
  await client.raw.POST(path, { body: { mobile: "probe-mobile", verify_code: "probe-verify_code" } });
  const headerOf = (/** @type {string} */ value) => sent.find(([, v]) => v === value)?.[0];
  return {
    clientId: headerOf("probe-clientId"),
    device: Object.fromEntries(Object.entries(device).map(([field, value]) => [field, headerOf(value)])),
  };
}

/**
 * The facade's options and input, built from the spec's examples (the facade maps them to headers and body).
 * @param {CallFacts} facts
 */
async function facadeSetup(facts) {
  const names = await headerNamesOf(facts.path);
  const device = Object.fromEntries(
    Object.entries(names.device)
      .map(([field, header]) => [field, facts.example(header)])
      .filter(([, value]) => value !== undefined),
  );
  return {
    // The spec's examples, unchecked here: createEiamClient checks its options.
    options: /** @type {Pick<EiamClientOptions, "clientId" | "device">} */ ({
      clientId: facts.example(names.clientId),
      device,
    }),
    // The example body with its keys camelCased: the facade's input.
    input: /** @type {LoginWithMobileCodeInput} */ (
      Object.fromEntries(
        Object.entries(facts.body).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), value]),
      )
    ),
  };
}

/**
 * Records the request the facade sends: its URL path, headers and body text.
 * @param {CallFacts} facts
 * @param {string} baseUrl
 * @returns {Promise<RecordedRequest>}
 */
export async function recordFacadeRequest(facts, baseUrl) {
  const { options, input } = await facadeSetup(facts);
  /** @type {RecordedRequest | undefined} */
  let recorded;
  const client = createEiamClient({
    ...options,
    baseUrl,
    fetch: async (request) => {
      if (!(request instanceof Request)) throw new Error("the facade fetches a Request");
      recorded = { headers: Object.fromEntries(request.headers), body: await request.text() };
      return new Response(facts.answer, JSON_ANSWER);
    },
  });
  await client[operationId](input);
  if (!recorded) throw new Error(`the facade's ${operationId} sent no request`);
  return recorded;
}

/**
 * The five contenders, each a function doing the call once.
 * @param {{ baseUrl: string, fetch?: typeof fetch, facts: CallFacts, request: RecordedRequest }} setup
 *   `fetch` is injected everywhere when given (in-process); otherwise each library uses its own transport.
 */
export async function contenders({ baseUrl, fetch: injected, facts, request }) {
  const { options, input } = await facadeSetup(facts);
  const url = `${baseUrl}${facts.operation.path}`;
  const facade = createEiamClient({ ...options, baseUrl, ...(injected && { fetch: injected }) });
  const raw = /** @type {Client<EiamPaths>} */ (
    createClient({ baseUrl, headers: request.headers, ...(injected && { fetch: injected }) })
  );
  const instance = axios.create({
    headers: request.headers,
    ...(injected && { adapter: "fetch", env: { fetch: injected } }),
  });
  const kyClient = ky.create({
    headers: request.headers,
    retry: 0,
    throwHttpErrors: true,
    ...(injected && { fetch: injected }),
  });
  const fetchImpl = injected ?? globalThis.fetch;
  const body = JSON.parse(request.body);
  return {
    facade: () => facade[operationId](input),
    "openapi-fetch": async () => (await raw.POST(facts.path, { body })).data,
    fetch: async () => {
      const response = await fetchImpl(url, { method: "POST", headers: request.headers, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    axios: async () => (await instance.post(url, body)).data,
    ky: () => kyClient.post(url, { json: body }).json(),
  };
}

/** @typedef {"in-process" | "loopback"} Mode where the contenders' requests go */
/** @typedef {keyof Awaited<ReturnType<typeof contenders>>} Contender */

/**
 * Runs `use` with contender `name`'s call: in-process, every library given a fetch that does what undici's does
 * first (make a Request, read its body; ky also waits for that) and answers in a later turn of the event loop, as any
 * fetch does; over loopback, against {@link withLoopbackServer}. A Request given alone is read as it is
 * (`new Request(request)` would copy its body through a stream, work no transport does to the Request it is handed).
 * @template T @param {Mode} mode @param {Contender} name @param {CallFacts} facts
 * @param {(call: () => Promise<unknown>) => Promise<T>} use
 */
export async function withContender(mode, name, facts, use) {
  const run = async (/** @type {string} */ baseUrl, /** @type {typeof globalThis.fetch | undefined} */ fetch) => {
    const request = await recordFacadeRequest(facts, baseUrl);
    return use((await contenders({ baseUrl, fetch, facts, request }))[name]);
  };
  if (mode === "loopback") return withLoopbackServer(facts.answer, (baseUrl) => run(baseUrl, undefined));
  /** @type {typeof globalThis.fetch} */
  const answering = async (input, init) => {
    await (input instanceof Request && !init ? input : new Request(input, init)).arrayBuffer();
    await new Promise((resolve) => setImmediate(resolve));
    return new Response(facts.answer, JSON_ANSWER);
  };
  return run("https://tenant.example.com", answering);
}

/** The status and headers of the success answer every contender gets. */
export const JSON_ANSWER = { status: 200, headers: { "content-type": "application/json" } };

/**
 * Runs `use` against a node:http server of this process that answers `answer` (JSON) to every request, over
 * loopback, then closes it. @template T @param {string} answer @param {(baseUrl: string) => Promise<T>} use
 */
export async function withLoopbackServer(answer, use) {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(JSON_ANSWER.status, JSON_ANSWER.headers).end(answer));
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, "127.0.0.1", resolve)));
  // Listening on a TCP host and port: the address is an AddressInfo.
  const baseUrl = `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}`;
  try {
    return await use(baseUrl);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
