import { expect, test } from "vitest";
import { callFacts, contenders, recordFacadeRequest } from "./call.mjs";
import { inTurn } from "./per-call.mjs";

const facts = callFacts();
const baseUrl = "https://tenant.example.com";

/** Every contender once, through a fetch that keeps what each sent. */
async function sentBy() {
  const request = await recordFacadeRequest(facts, baseUrl);
  let sent: { method: string; url: string; headers: [string, string][]; body: string } | undefined;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const made = input instanceof Request && !init ? input : new Request(input, init);
    sent = { method: made.method, url: made.url, headers: [...made.headers], body: await made.text() };
    return new Response(facts.answer, { status: 200, headers: { "content-type": "application/json" } });
  };
  const calls = await contenders({ baseUrl, fetch, facts, request });
  const requests: Record<string, typeof sent> = {};
  for (const [name, call] of Object.entries(calls)) {
    sent = undefined;
    await call();
    requests[name] = sent;
  }
  return requests;
}

test("the compared contenders send the very same request: method, URL, headers and body", async () => {
  const { facade, "openapi-fetch": raw, fetch } = await sentBy();
  expect(facade).toBeDefined();
  expect(raw).toEqual(facade);
  expect(fetch).toEqual(facade);
});

test("axios and ky send the same method, URL and body, and every header of the facade's", async () => {
  const { facade, axios, ky } = await sentBy();
  for (const other of [axios, ky]) {
    expect(other).toMatchObject({ method: facade?.method, url: facade?.url, body: facade?.body });
    expect(other?.headers).toEqual(expect.arrayContaining(facade?.headers ?? []));
  }
});

test("the rounds start with each contender in turn, and run backwards every other round", () => {
  const rounds = [0, 1, 2, 3, 4, 5].map((round) => inTurn(["a", "b", "c"], round).join(""));
  expect(rounds).toEqual(["abc", "cba", "bca", "acb", "cab", "bac"]);
  for (const name of "abc") expect(rounds.filter((order) => order.startsWith(name))).toHaveLength(2);
});
