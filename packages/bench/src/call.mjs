// One call, five ways: the EIAM facade, openapi-fetch alone, a hand-written fetch with the same headers and body,
// axios and ky. All send exactly the request the facade sends (recorded once) and parse the JSON answer.
import { createEiamClient } from "@idaas-sdk/eiam/raw";
import { listOperations, loadSpec } from "@idaas-sdk/spec";
import axios from "axios";
import ky from "ky";
import createClient from "openapi-fetch";

const operationId = "loginWithMobileCode";

/** The spec's facts of the benchmarked call: path, a valid body and device headers, and the success answer. */
export function callFacts() {
  const operations = listOperations(loadSpec("eiam"));
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`the EIAM spec has no ${operationId}`);
  const example = (name) => operation.headers.find((h) => h.name.toLowerCase() === name?.toLowerCase())?.example;
  const body = operation.requestBody?.examples.find((e) => e.name === "default")?.value;
  const success = operation.responses.find((r) => r.status === 200)?.examples[0]?.value;
  if (!body || !success) throw new Error(`${operationId} has no default request example or 200 example`);
  return { operation, example, body, answer: JSON.stringify(success) };
}

/** Which header carries each client option, asked of the client itself: its raw call sends them all. */
async function headerNamesOf(path) {
  const device = {
    osVersion: "probe-osVersion",
    fingerprint: "probe-fingerprint",
    agent: "probe-agent",
    ip: "probe-ip",
  };
  let sent;
  const client = createEiamClient({
    clientId: "probe-clientId",
    device,
    baseUrl: "https://tenant.example.com",
    fetch: async (request) => {
      sent = [...request.headers];
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  await client.raw.POST(path, {});
  const headerOf = (value) => sent.find(([, v]) => v === value)?.[0];
  return {
    clientId: headerOf("probe-clientId"),
    device: Object.fromEntries(Object.entries(device).map(([field, value]) => [field, headerOf(value)])),
  };
}

/** The facade's options and input, built from the spec's examples (the facade maps them to headers and body). */
async function facadeSetup(facts) {
  const names = await headerNamesOf(facts.operation.path);
  const device = Object.fromEntries(
    Object.entries(names.device)
      .map(([field, header]) => [field, facts.example(header)])
      .filter(([, value]) => value !== undefined),
  );
  return {
    options: { clientId: facts.example(names.clientId), device },
    input: Object.fromEntries(
      Object.entries(facts.body).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), value]),
    ),
  };
}

/** Records the request the facade sends: its URL path, headers and body text. */
export async function recordFacadeRequest(facts, baseUrl) {
  const { options, input } = await facadeSetup(facts);
  let recorded;
  const client = createEiamClient({
    ...options,
    baseUrl,
    fetch: async (request) => {
      recorded = { headers: Object.fromEntries(request.headers), body: await request.text() };
      return new Response(facts.answer, { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  await client[operationId](input);
  return recorded;
}

/**
 * The five contenders, each a function doing the call once.
 * @param {{ baseUrl: string, fetch?: typeof fetch, facts: ReturnType<typeof callFacts>, request: { headers: Record<string,string>, body: string } }} setup
 *   `fetch` is injected everywhere when given (in-process); otherwise each library uses its own transport.
 */
export async function contenders({ baseUrl, fetch: injected, facts, request }) {
  const { options, input } = await facadeSetup(facts);
  const url = `${baseUrl}${facts.operation.path}`;
  const facade = createEiamClient({ ...options, baseUrl, ...(injected && { fetch: injected }) });
  const raw = createClient({ baseUrl, headers: request.headers, ...(injected && { fetch: injected }) });
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
    "openapi-fetch": async () => (await raw.POST(facts.operation.path, { body })).data,
    fetch: async () => {
      const response = await fetchImpl(url, { method: "POST", headers: request.headers, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    axios: async () => (await instance.post(url, body)).data,
    ky: () => kyClient.post(url, { json: body }).json(),
  };
}
