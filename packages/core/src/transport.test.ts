// The transport with a neutral, made-up operation: no spec facts in core.

import { describe, expect, it, vi } from "vitest";
import { resolveConfig } from "./config.js";
import { IdaasApiError, IdaasNetworkError, IdaasResponseError } from "./errors.js";
import { createTransport } from "./transport.js";

const names = {
  clientId: "X-app",
  language: "X-lang",
  device: { osVersion: "X-os", fingerprint: "X-fp", agent: "X-ua", ip: "X-ip" },
};
const plan = {
  operation: "doThing",
  statuses: { 200: true, 400: true } as const,
  retry: true,
  body: { user: "u" },
  fields: { user: "plain" as const },
};

function setup(responses: Array<Response | Error>, retry = { retries: 3 }) {
  const sent: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    sent.push(request);
    const next = responses.shift();
    if (next instanceof Error) throw next;
    return next ?? new Response("{}", { status: 200 });
  });
  const config = resolveConfig(
    {
      baseUrl: "https://api.example.com",
      clientId: "app",
      device: { osVersion: "os", fingerprint: "fp-secret", agent: "ua" },
      fetch: fetch as never,
      retry,
    },
    names,
  );
  const sleep = vi.fn(async () => undefined);
  const transport = createTransport({
    config,
    errorFields: { code: "code", message: "msg" },
    sleep,
    random: () => 0.5,
  });
  const call = (callPlan = plan) =>
    transport.call(
      callPlan,
      undefined,
      async (fetchFn) => {
        const response = await fetchFn(new Request("https://api.example.com/thing", { method: "POST", body: "{}" }));
        const text = await response.text();
        let error: unknown = text;
        try {
          error = JSON.parse(text);
        } catch {}
        return response.ok ? { response, data: text } : { response, error };
      },
      (body) => body,
    );
  return { call, fetch, sleep, sent };
}

describe("transport", () => {
  it("honours Retry-After in seconds on 429 and 503, then returns the answer", async () => {
    const { call, sleep, fetch } = setup([
      new Response("", { status: 429, headers: { "retry-after": "2" } }),
      new Response("", { status: 503 }),
      new Response('{"ok":true}', { status: 200 }),
    ]);
    await expect(call({ ...plan, statuses: { ...plan.statuses } })).resolves.toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls.map((c) => (c as unknown[])[0])).toEqual([2000, 750]);
  });

  it("stops after `retries` and does not retry a plan that forbids it", async () => {
    const busy = () => new Response("", { status: 503 });
    const limited = setup([busy(), busy(), busy()], { retries: 1 });
    await expect(limited.call()).rejects.toBeInstanceOf(IdaasResponseError);
    expect(limited.fetch).toHaveBeenCalledTimes(2);
    const forbidden = setup([busy(), busy()]);
    await expect(forbidden.call({ ...plan, retry: false })).rejects.toThrow(/does not document HTTP 503/);
    expect(forbidden.fetch).toHaveBeenCalledTimes(1);
  });

  it("does not wait for a Retry-After beyond maxRetryAfterMs", async () => {
    const { call, fetch } = setup([new Response("", { status: 503, headers: { "retry-after": "3600" } })]);
    await expect(call()).rejects.toBeInstanceOf(IdaasResponseError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("retries a connection failure, then raises IdaasNetworkError with a scrubbed cause", async () => {
    const failure = () => new TypeError("connect ECONNREFUSED fp-secret");
    const { call, fetch } = setup([failure(), failure(), failure(), failure()]);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasNetworkError;
    expect(thrown).toBeInstanceOf(IdaasNetworkError);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(String(thrown.cause)).toBe("TypeError: connect ECONNREFUSED [redacted]");
  });

  it("sends the same body on each attempt", async () => {
    const { call, sent } = setup([new Response("", { status: 503 }), new Response("{}", { status: 200 })]);
    await call();
    expect(await Promise.all(sent.map((r) => r.text()))).toEqual(["{}", "{}"]);
  });

  it("turns the error body into IdaasApiError, scrubbing secrets the server echoes", async () => {
    const { call } = setup([new Response('{"code":"E1","msg":"bad fp-secret"}', { status: 400 })]);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasApiError;
    expect(thrown).toBeInstanceOf(IdaasApiError);
    expect(thrown).toMatchObject({ code: "E1", httpStatus: 400, operation: "doThing", message: "bad [redacted]" });
    expect(JSON.parse(JSON.stringify(thrown))).toEqual({
      name: "IdaasApiError",
      message: "bad [redacted]",
      operation: "doThing",
      httpStatus: 400,
      code: "E1",
    });
  });
});
