// The transport with a neutral, made-up operation: no spec facts in core. Hostile servers on real sockets are
// tested through the product clients in packages/contract-tests/src/hostile.test.ts.

import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveConfig } from "./config.js";
import { IdaasApiError, IdaasConfigError, IdaasNetworkError, IdaasResponseError, IdaasTimeoutError } from "./errors.js";
import { argumentOf, createRawFetch, createTransport } from "./transport.js";
import type { OperationFact } from "./types.js";

const names = {
  clientId: "X-app",
  language: "X-lang",
  tenantId: "X-tenant",
  device: { osVersion: "X-os", fingerprint: "X-fp", agent: "X-ua", ip: "X-ip" },
};
const fact: OperationFact = {
  method: "post",
  path: "/thing",
  httpStatuses: { 200: true, 400: true },
  retry: true,
  headers: { stateToken: "X-state" },
  fields: {
    user: { kind: "plain" },
    pass_word: { kind: "secret" },
    kind: { kind: "plain", enum: ["A", "B"], optional: true },
  },
};
const input = { user: "u", passWord: "pw-SECRET-123", stateToken: "state-SECRET-456" };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

function setup(responses: Array<Response | Error>, options: Record<string, unknown> = {}) {
  const sent: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    sent.push(request);
    const next = responses.shift();
    if (next instanceof Error) throw next;
    return next ?? json(200, {});
  });
  const config = resolveConfig(
    {
      baseUrl: "https://api.example.com",
      clientId: "app",
      device: { osVersion: "os", fingerprint: "fp-SECRET-789", agent: "ua" },
      fetch: fetch as never,
      retry: { retries: 3 },
      ...options,
    },
    names,
    ["X-fp", "X-state"],
  );
  const sleep = vi.fn(async () => undefined);
  const transport = createTransport({
    config,
    errorFields: { code: "code", message: "msg" },
    optionHeaders: ["X-app", "X-lang", "X-tenant", "X-os", "X-fp", "X-ua", "X-ip"],
    sleep,
    random: () => 0.5,
  });
  const call = (operationFact = fact, args: unknown = input, callOptions?: unknown) =>
    transport.operation("doThing", operationFact, (body) => body)(args, callOptions as never);
  return { call, fetch, sleep, sent, transport };
}

describe("transport: requests built from the operation's facts", () => {
  it("sends the method, path, headers and JSON body; argument headers come from the input", async () => {
    const { call, sent } = setup([json(200, { ok: true })]);
    await expect(call()).resolves.toEqual({ ok: true });
    const [request] = sent;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("https://api.example.com/thing");
    expect(request?.redirect).toBe("manual");
    expect(request?.headers.get("x-state")).toBe("state-SECRET-456");
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(await request?.json()).toEqual({ user: "u", pass_word: "pw-SECRET-123" });
  });

  it("puts a header's prefix before the argument's value (Authorization: Bearer <id_token>), and scrubs the value", async () => {
    const bearer: OperationFact = {
      ...fact,
      headers: { stateToken: "X-state" },
      headerPrefixes: { "X-state": "Bearer " },
    };
    const { call, sent } = setup([json(400, { code: "E", msg: "bad token state-SECRET-456" })]);
    const thrown = await call(bearer).catch((error: unknown) => error);
    expect(sent[0]?.headers.get("x-state")).toBe("Bearer state-SECRET-456");
    expect(String(thrown)).not.toContain("state-SECRET-456");
  });

  it.each([
    [{ ...input, passWord: 123456789 }, "doThing input.passWord must be a string, got a number"],
    [{ ...input, passWord: null }, "doThing input.passWord must be a string, got null"],
    [{ ...input, user: undefined }, "doThing input.user is required: a string"],
    [{ ...input, kind: "C" }, "doThing input.kind must be one of A, B"],
    [{ ...input, user: ["u"] }, "doThing input.user must be a string, got an array"],
    [{ ...input, stateToken: "" }, "doThing input.stateToken must be a non-empty string: it is sent as header X-state"],
    ["text", "doThing input must be an object"],
  ])("refuses bad input before sending: %j", async (args, message) => {
    const { call, fetch } = setup([]);
    const thrown = await call(fact, args).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(IdaasConfigError);
    expect((thrown as Error).message).toBe(message);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("takes each field's argument from its fact: the camelCase of its name unless the fact names another", async () => {
    const renamed: OperationFact = {
      ...fact,
      headers: {},
      fields: { verify_code: {}, password: { argument: "newPassword" }, attempts: { type: "integer", optional: true } },
    };
    const { call, sent } = setup([json(200, {})]);
    await call(renamed, { verifyCode: "482913", newPassword: "New-pw-SECRET-1", attempts: 2 });
    expect(await sent[0]?.json()).toEqual({ verify_code: "482913", password: "New-pw-SECRET-1", attempts: 2 });
    const thrown = await call(renamed, { verifyCode: "482913", password: "x" }).catch((e: unknown) => e);
    expect((thrown as Error).message).toBe("doThing input.newPassword is required: a string");
    const typed = await call(renamed, { verifyCode: "1", newPassword: "x", attempts: "2" }).catch((e: unknown) => e);
    expect((typed as Error).message).toBe("doThing input.attempts must be an integer, got a string");
    expect(argumentOf("attr_nick_name", {})).toBe("attrNickName");
    expect(argumentOf("point_json", { argument: "pointJson" })).toBe("pointJson");
  });

  it("logs and scrubs a field without a kind as a secret", async () => {
    const events: Array<Record<string, unknown>> = [];
    const unmarked: OperationFact = { ...fact, headers: {}, fields: { code: {}, user: { kind: "plain" } } };
    const { call } = setup([json(400, { code: "E", msg: "wrong 7d3f9c1a for u" })], {
      logger: (event: Record<string, unknown>) => events.push(event),
    });
    const thrown = await call(unmarked, { code: "7d3f9c1a", user: "u" }).catch((e: unknown) => e);
    expect((thrown as Error).message).toBe("wrong [redacted] for u");
    expect(events[0]?.body).toEqual({ code: "[redacted]", user: "u" });
  });

  it("lets an empty string through: the service answers it with its documented code", async () => {
    const { call, sent } = setup([json(200, {})]);
    await call(fact, { ...input, user: "" });
    expect(await sent[0]?.json()).toMatchObject({ user: "" });
  });
});

describe("transport: retries", () => {
  it("honours Retry-After in seconds on 429 and 503, then returns the answer", async () => {
    const { call, sleep, fetch } = setup([
      json(429, {}, { "retry-after": "2" }),
      json(503, {}),
      json(200, { ok: true }),
    ]);
    await expect(call()).resolves.toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls.map((c) => (c as unknown[])[0])).toEqual([2000, 750]);
  });

  it.each(["soon 1", "-5", "1.5", "Tue, 1 Dec 2026 10:00:00", "12 Dec 2026"])(
    "treats a malformed Retry-After %j as absent: the backoff applies",
    async (retryAfter) => {
      const { call, sleep } = setup([json(503, {}, { "retry-after": retryAfter }), json(200, {})]);
      await call();
      expect(sleep.mock.calls.map((c) => (c as unknown[])[0])).toEqual([375]);
    },
  );

  it("stops after `retries` and does not retry an operation the spec forbids it for", async () => {
    const busy = () => json(503, {});
    const oneRetry = setup([busy(), busy(), busy()], { retry: { retries: 1 } });
    await expect(oneRetry.call()).rejects.toBeInstanceOf(IdaasResponseError);
    expect(oneRetry.fetch).toHaveBeenCalledTimes(2);
    const forbidden = setup([busy(), busy()]);
    await expect(forbidden.call({ ...fact, retry: false })).rejects.toThrow(/does not document HTTP 503/);
    expect(forbidden.fetch).toHaveBeenCalledTimes(1);
  });

  it("does not wait for a Retry-After beyond maxRetryAfterMs", async () => {
    const { call, fetch } = setup([json(503, {}, { "retry-after": "3600" })]);
    await expect(call()).rejects.toBeInstanceOf(IdaasResponseError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("retries a connection failure, then raises IdaasNetworkError with a scrubbed cause", async () => {
    const failure = () => new TypeError("connect ECONNREFUSED fp-SECRET-789 pw-SECRET-123");
    const { call, fetch } = setup([failure(), failure(), failure(), failure()]);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasNetworkError;
    expect(thrown).toBeInstanceOf(IdaasNetworkError);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(String(thrown.cause)).toBe("TypeError: connect ECONNREFUSED [redacted] [redacted]");
  });

  it("sends the same body on each attempt", async () => {
    const { call, sent } = setup([json(503, {}), json(200, {})]);
    await call();
    expect(await Promise.all(sent.map((r) => r.text()))).toEqual([
      '{"user":"u","pass_word":"pw-SECRET-123"}',
      '{"user":"u","pass_word":"pw-SECRET-123"}',
    ]);
  });
});

describe("transport: answers", () => {
  it("turns the error body into IdaasApiError, scrubbing the secrets the server echoes in code and message", async () => {
    const { call } = setup([json(400, { code: "E1 pw-SECRET-123", msg: "bad fp-SECRET-789\nstate-SECRET-456" })]);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasApiError;
    expect(thrown).toBeInstanceOf(IdaasApiError);
    expect(JSON.parse(JSON.stringify(thrown))).toEqual({
      name: "IdaasApiError",
      message: "bad [redacted] [redacted]",
      operation: "doThing",
      httpStatus: 400,
      code: "E1 [redacted]",
    });
  });

  it("keeps server text short", async () => {
    const { call } = setup([json(400, { code: "E".repeat(500), msg: "m".repeat(50_000) })]);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasApiError;
    expect(thrown.message.length).toBeLessThanOrEqual(200);
    expect(thrown.code.length).toBeLessThanOrEqual(60);
  });

  it("names the code and message of an undocumented answer's JSON error body", async () => {
    const { call } = setup([json(422, { code: "MOCK.PREFER", msg: "No example named x; pw-SECRET-123" })]);
    await expect(call()).rejects.toThrow(
      'doThing: the spec does not document HTTP 422 (application/json); the server said MOCK.PREFER: "No example named x; [redacted]"',
    );
  });

  it.each([
    [
      "text/html around a JSON body",
      new Response('{"ok":true}', { status: 200, headers: { "content-type": "text/html" } }),
    ],
    ["no content-type", new Response('{"ok":true}', { status: 200 })],
  ])("refuses a 200 body that is not declared JSON: %s", async (_, response) => {
    const { call } = setup([response]);
    await expect(call()).rejects.toThrow(/body is not JSON/);
  });

  // A content type that holds the call's password and the device fingerprint, then 3000 more characters.
  const hostileType = `text/x-pw-SECRET-123-fp-SECRET-789-${"x".repeat(3000)}`;
  it.each([
    [418, "doThing: the spec does not document HTTP 418 (text/x-[redacted]-[redacted]-xxx"],
    [200, "doThing: HTTP 200 (text/x-[redacted]-[redacted]-xxx"],
    [400, "doThing: HTTP 400 (text/x-[redacted]-[redacted]-xxx"],
  ])("quotes a long content type of an HTTP %s scrubbed and cut short", async (status, start) => {
    const { call } = setup([new Response("{}", { status, headers: { "content-type": hostileType } })]);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasResponseError;
    expect(thrown).toBeInstanceOf(IdaasResponseError);
    expect(thrown.message.slice(0, start.length)).toBe(start);
    expect(thrown.message).not.toContain("SECRET");
    expect(thrown.message.length).toBeLessThan(150);
  });

  it("accepts an empty 200 (the code sends' answer) as undefined", async () => {
    const { call } = setup([new Response(null, { status: 200 })]);
    await expect(call()).resolves.toBeUndefined();
  });

  it("cancels a body larger than maxResponseBytes", async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    });
    const response = new Response(endless, { status: 200, headers: { "content-type": "application/json" } });
    const { call } = setup([response], { maxResponseBytes: 4096 });
    await expect(call()).rejects.toThrow(
      "doThing: the HTTP 200 body is larger than maxResponseBytes (4096 bytes); reading stopped",
    );
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it.each([301, 302, 303, 307, 308])("never follows an HTTP %s, even from a fetch that would", async (status) => {
    const { call } = setup([new Response(null, { status, headers: { location: "https://elsewhere.example/" } })]);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasResponseError;
    expect(thrown).toBeInstanceOf(IdaasResponseError);
    expect(thrown.message).toBe(
      `doThing: the service answered HTTP ${status}; the SDK does not follow redirects (check baseUrl)`,
    );
    expect(thrown.httpStatus).toBe(status);
  });

  it("refuses an answer that a caller's fetch reached through a redirect", async () => {
    const followed = json(200, { ok: true });
    Object.defineProperty(followed, "redirected", { value: true });
    const { call } = setup([followed]);
    await expect(call()).rejects.toThrow(/does not follow redirects/);
  });
});

describe("transport: per-call headers", () => {
  it("sends them beside the SDK's headers, on every attempt", async () => {
    const { call, sent } = setup([json(503, {}), json(200, {})], { tenantId: "tenant-1" });
    await call(fact, input, { headers: { Prefer: "example=password-expired", "X-Trace": "abc" } });
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(request.headers.get("prefer")).toBe("example=password-expired");
      expect(request.headers.get("x-trace")).toBe("abc");
      expect(request.headers.get("x-app")).toBe("app");
      expect(request.headers.get("x-tenant")).toBe("tenant-1");
      expect(request.headers.get("x-state")).toBe("state-SECRET-456");
    }
  });

  it.each([
    // option headers, set or not, whatever their case
    ["X-app", "doThing options.headers.X-app is a header the SDK sets itself (a client option or call argument)"],
    ["x-IP", "doThing options.headers.x-IP is a header the SDK sets itself (a client option or call argument)"],
    ["X-tenant", "doThing options.headers.X-tenant is a header the SDK sets itself (a client option or call argument)"],
    // the operation's argument header, a credential header of another operation, the body's media type
    ["X-state", "doThing options.headers.X-state is a header the SDK sets itself (a client option or call argument)"],
    [
      "Content-Type",
      "doThing options.headers.Content-Type is a header the SDK sets itself (a client option or call argument)",
    ],
  ])("refuses %s, naming it", async (header, message) => {
    const { call, fetch } = setup([]);
    const bodiless: OperationFact = { ...fact, method: "get", headers: {}, fields: {} };
    for (const operationFact of [fact, bodiless]) {
      const thrown = await call(operationFact, input, { headers: { [header]: "value-SECRET-1" } }).catch((e) => e);
      expect(thrown).toBeInstanceOf(IdaasConfigError);
      expect((thrown as Error).message).toBe(message);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it("refuses a credential header that only another operation takes", async () => {
    const { call } = setup([]);
    const other: OperationFact = { ...fact, headers: {} };
    const thrown = await call(other, input, { headers: { "x-state": "state-SECRET-456" } }).catch((e) => e);
    expect((thrown as Error).message).toBe(
      "doThing options.headers.x-state is a header the SDK sets itself (a client option or call argument)",
    );
  });

  it.each([
    [{ "X-Trace": "" }, "doThing options.headers.X-Trace must be a non-empty string: it is sent as header X-Trace"],
    [{ "X-Trace": 7 }, "doThing options.headers.X-Trace must be a non-empty string: it is sent as header X-Trace"],
    [
      { "X-Trace": "a\r\nX-app: evil-SECRET-1" },
      "doThing options.headers.X-Trace contains a control character (position 2), which header X-Trace cannot carry",
    ],
    [
      { "X-Trace": " a" },
      "doThing options.headers.X-Trace starts or ends with white space, which header X-Trace would lose",
    ],
    [
      { "X-Trace": "é-SECRET-1€" },
      "doThing options.headers.X-Trace contains a character outside Latin-1 (position 11), which header X-Trace cannot carry; encode it first",
    ],
    [{ "Bad Name": "v-SECRET-1" }, 'doThing options.headers has an invalid header name "Bad Name"'],
    [{ "": "v-SECRET-1" }, 'doThing options.headers has an invalid header name ""'],
    [{ Prefer: "a", prefer: "b" }, "doThing options.headers.prefer is given twice (also as Prefer)"],
    [new Headers({ Prefer: "a" }), "doThing options.headers must be a plain object of header names to string values"],
    [[["Prefer", "a"]], "doThing options.headers must be a plain object of header names to string values"],
    [null, "doThing options.headers must be a plain object of header names to string values"],
    ["Prefer: a", "doThing options.headers must be a plain object of header names to string values"],
  ])("refuses %j before sending, without repeating the value", async (headers, message) => {
    const { call, fetch } = setup([]);
    const thrown = await call(fact, input, { headers }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(IdaasConfigError);
    expect((thrown as Error).message).toBe(message);
    expect((thrown as Error).message).not.toContain("SECRET");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("logs them like the other non-secret headers, with the call's secrets scrubbed out", async () => {
    const events: Array<Record<string, unknown>> = [];
    const { call } = setup([json(200, {})], { logger: (event: Record<string, unknown>) => events.push(event) });
    const headers = { Prefer: "example=mfa-auth", "X-Echo": "token state-SECRET-456 pass pw-SECRET-123" };
    await call(fact, input, { headers });
    const request = events.find((event) => event.type === "request");
    expect(request?.headers).toMatchObject({
      prefer: "example=mfa-auth",
      "x-echo": "token [redacted] pass [redacted]",
      "x-state": "[redacted]",
      "x-fp": "[redacted]",
      "x-app": "app",
    });
    expect(JSON.stringify(events)).not.toContain("SECRET");
  });

  it("sends none when the option is not given", async () => {
    const { call, sent } = setup([json(200, {})]);
    await call(fact, input, {});
    expect([...(sent[0]?.headers.keys() ?? [])].sort()).toEqual(
      ["content-type", "x-app", "x-fp", "x-os", "x-state", "x-ua"].sort(),
    );
  });
});

describe("transport: the device per call and per derived transport", () => {
  const deviceOf = (request: Request | undefined) =>
    Object.fromEntries(["x-os", "x-fp", "x-ua", "x-ip"].map((name) => [name, request?.headers.get(name)]));

  it("sends a call's device fields over the client's, for that call only", async () => {
    const { call, sent } = setup([json(200, {}), json(200, {})]);
    await call(fact, input, { device: { fingerprint: "fp-CALL-SECRET-1", ip: "203.0.113.7" } });
    await call(fact, input);
    expect(deviceOf(sent[0])).toEqual({
      "x-os": "os",
      "x-fp": "fp-CALL-SECRET-1",
      "x-ua": "ua",
      "x-ip": "203.0.113.7",
    });
    expect(deviceOf(sent[1])).toEqual({ "x-os": "os", "x-fp": "fp-SECRET-789", "x-ua": "ua", "x-ip": null });
  });

  it("redacts a call's fingerprint in logs and scrubs it from server text, like the client's", async () => {
    const events: Array<Record<string, unknown>> = [];
    const { call } = setup([json(400, { code: "E1", msg: "device fp-CALL-SECRET-1 is blocked" })], {
      logger: (event: Record<string, unknown>) => events.push(event),
    });
    const thrown = (await call(fact, input, { device: { fingerprint: "fp-CALL-SECRET-1" } }).catch((e) => e)) as Error;
    expect(thrown.message).toBe("device [redacted] is blocked");
    expect(events.find((event) => event.type === "request")?.headers).toMatchObject({ "x-fp": "[redacted]" });
    expect(JSON.stringify(events)).not.toContain("CALL-SECRET");
  });

  it.each([
    [{ fingerprint: "" }, "doThing options.device.fingerprint must be a non-empty string"],
    [{ agent: 7 }, "doThing options.device.agent must be a non-empty string"],
    [
      { ip: "1.2.3.4\r\nX-app: evil" },
      "doThing options.device.ip contains a control character (position 8), which header X-ip cannot carry",
    ],
    [
      { osVersion: "视窗" },
      "doThing options.device.osVersion contains a character outside Latin-1 (position 1), which header X-os cannot carry; encode it first",
    ],
    [
      { fingerPrint: "x" },
      "doThing options.device.fingerPrint is not an option; the options here are osVersion, fingerprint, agent, ip",
    ],
    ["fp", "doThing options.device must be an object"],
    [null, "doThing options.device must be an object"],
  ])("refuses the device %j before sending, naming the field", async (device, message) => {
    const { call, fetch } = setup([]);
    const thrown = await call(fact, input, { device }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(IdaasConfigError);
    expect((thrown as Error).message).toBe(message);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("withDevice: a transport on the same config sending the device over its own; the first is untouched", async () => {
    const { transport, sent } = setup([json(200, {}), json(200, {}), json(200, {})]);
    const derived = transport.withDevice({ fingerprint: "fp-USER-SECRET-2", agent: "Browser/2" });
    expect(derived.config).toMatchObject({ baseUrl: transport.config.baseUrl, retry: transport.config.retry });
    const read = (body: unknown) => body;
    await derived.operation("doThing", fact, read)(input, { device: { ip: "203.0.113.9" } });
    await derived.operation("doThing", fact, read)(input);
    await transport.operation("doThing", fact, read)(input);
    expect(sent.map(deviceOf)).toEqual([
      { "x-os": "os", "x-fp": "fp-USER-SECRET-2", "x-ua": "Browser/2", "x-ip": "203.0.113.9" },
      { "x-os": "os", "x-fp": "fp-USER-SECRET-2", "x-ua": "Browser/2", "x-ip": null },
      { "x-os": "os", "x-fp": "fp-SECRET-789", "x-ua": "ua", "x-ip": null },
    ]);
    expect(derived.config.secrets).toContain("fp-USER-SECRET-2");
    expect(transport.config.secrets).toEqual(["fp-SECRET-789"]);
  });

  it("withDevice checks the device only, naming device.<field>", () => {
    const { transport } = setup([]);
    expect(() => transport.withDevice({ agent: "" })).toThrow(
      new IdaasConfigError("device.agent", "must be a non-empty string"),
    );
    expect(() => transport.withDevice({ agent: "" })).toThrow("device.agent must be a non-empty string");
  });
});

describe("transport: a request that gets no answer says where and why", () => {
  const failing = (error: unknown) => setup([], { retry: undefined, fetch: async () => Promise.reject(error) });
  const systemError = (message: string, code: string) => Object.assign(new Error(message), { code });

  it.each([
    [
      new TypeError("fetch failed", { cause: systemError("connect ECONNREFUSED 10.0.0.1:443", "ECONNREFUSED") }),
      "ECONNREFUSED",
    ],
    [
      new TypeError("fetch failed", { cause: systemError("getaddrinfo ENOTFOUND api.example.com", "ENOTFOUND") }),
      "ENOTFOUND",
    ],
    [new TypeError("fetch failed", { cause: systemError("read ECONNRESET", "ECONNRESET") }), "ECONNRESET"],
    [systemError("self-signed certificate", "DEPTH_ZERO_SELF_SIGNED_CERT"), "DEPTH_ZERO_SELF_SIGNED_CERT"],
  ])("%s → the origin and the code %s", async (error, code) => {
    const { call } = failing(error);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasNetworkError;
    expect(thrown).toBeInstanceOf(IdaasNetworkError);
    expect(thrown.message).toBe(`doThing: could not connect to https://api.example.com (${code})`);
  });

  it.each([
    [new TypeError("Failed to fetch")],
    [undefined],
    [null],
    ["a string"],
    [Object.assign(new Error("odd"), { code: 7 })],
  ])("without a code (%j), the origin alone", async (error) => {
    const { call } = failing(error);
    const thrown = (await call().catch((e: unknown) => e)) as IdaasNetworkError;
    expect(thrown.message).toBe("doThing: could not connect to https://api.example.com");
  });

  it("names the origin of a base URL with a path and a port, never its path", async () => {
    const { call } = setup([], {
      baseUrl: "http://127.0.0.1:4999/tenant-path/eiam",
      retry: undefined,
      fetch: async () => Promise.reject(new TypeError("fetch failed")),
    });
    const thrown = (await call().catch((e: unknown) => e)) as Error;
    expect(thrown.message).toBe("doThing: could not connect to http://127.0.0.1:4999");
  });

  it("scrubs the call's secrets from the code and the cause chain", async () => {
    const cause = systemError("connect failed for pw-SECRET-123", "state-SECRET-456");
    const { call } = failing(new TypeError("fetch failed fp-SECRET-789", { cause }));
    const thrown = (await call().catch((e: unknown) => e)) as Error;
    expect(thrown.message).toBe("doThing: could not connect to https://api.example.com ([redacted])");
    expect(String(thrown.cause)).toBe("TypeError: fetch failed [redacted]");
    expect(String((thrown.cause as Error).cause)).toBe("Error: connect failed for [redacted]");
    expect(JSON.stringify(thrown)).not.toContain("SECRET");
  });
});

describe("transport: the raw entry's fetch", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** A Request as openapi-fetch makes it (its body a stream), with what a caller may add to a raw call. */
  const madeByOpenapiFetch = (init: RequestInit = {}) =>
    new Request("https://api.example.com/thing", {
      method: "POST",
      headers: { "content-type": "application/json", "X-state": "state-SECRET-456" },
      body: JSON.stringify({ user: "u", pass_word: "pw-SECRET-123" }),
      credentials: "include",
      ...init,
    });

  const ways = ["a caller's fetch", "the global fetch"] as const;

  /** The raw fetch over `answer`, given as the client's `fetch` or put in place of the global one; keeps what it sent. */
  function rawOver(way: (typeof ways)[number], answer: (request: Request) => Promise<Response>, timeoutMs?: number) {
    const sent: Request[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      sent.push(request);
      return answer(request);
    };
    if (way === "the global fetch") vi.stubGlobal("fetch", fetch);
    const config = resolveConfig(
      {
        baseUrl: "https://api.example.com",
        clientId: "app",
        device: { osVersion: "os", fingerprint: "fp", agent: "ua" },
        ...(way === "a caller's fetch" && { fetch }),
        ...(timeoutMs !== undefined && { timeoutMs }),
      },
      names,
      ["X-fp", "X-state"],
    );
    return { rawFetch: createRawFetch({ config }), sent };
  }

  /** An answer that never comes: the fetch waits for its request's signal and rejects with its reason. */
  const untilAborted = (request: Request) =>
    new Promise<Response>((_, reject) =>
      request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }),
    );

  it.each(ways)(
    "through %s: one request, as made, redirects refused, its body not copied through a stream",
    async (way) => {
      const copies = vi.spyOn(ReadableStream.prototype, "pipeThrough");
      const { rawFetch, sent } = rawOver(way, async () => json(200, { ok: true }));
      const response = await rawFetch(madeByOpenapiFetch());
      expect(await response.json()).toEqual({ ok: true });
      expect(sent).toHaveLength(1);
      const [request] = sent;
      expect(request?.method).toBe("POST");
      expect(request?.url).toBe("https://api.example.com/thing");
      expect(request?.redirect).toBe("manual");
      expect(request?.credentials).toBe("include");
      expect([...(request?.headers ?? [])]).toEqual([
        ["content-type", "application/json"],
        ["x-state", "state-SECRET-456"],
      ]);
      expect(await request?.text()).toBe(JSON.stringify({ user: "u", pass_word: "pw-SECRET-123" }));
      expect(copies).not.toHaveBeenCalled();
    },
  );

  it.each(ways)("through %s: a request without a body is sent without one", async (way) => {
    const { rawFetch, sent } = rawOver(way, async () => json(200, {}));
    await rawFetch(madeByOpenapiFetch({ method: "GET", body: null }));
    expect(sent[0]?.method).toBe("GET");
    expect(sent[0]?.body).toBeNull();
  });

  it.each(ways)("through %s: the time limit aborts the request's signal", async (way) => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { rawFetch, sent } = rawOver(way, untilAborted, 1_000);
    const call = rawFetch(madeByOpenapiFetch()).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await call).toBeInstanceOf(IdaasTimeoutError);
    expect(sent[0]?.signal.reason).toBeInstanceOf(IdaasTimeoutError);
  });

  it.each(ways)("through %s: the caller's abort aborts the request's signal", async (way) => {
    let reached = () => {};
    const fetchReached = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const { rawFetch, sent } = rawOver(way, (request) => {
      reached();
      return untilAborted(request);
    });
    const caller = new AbortController();
    const call = rawFetch(madeByOpenapiFetch({ signal: caller.signal })).catch((error: unknown) => error);
    await fetchReached;
    const reason = new Error("the caller gave up");
    caller.abort(reason);
    expect(await call).toBe(reason);
    expect(sent[0]?.signal.reason).toBe(reason);
  });

  it.each(ways)(
    "through %s: a caller's signal aborted already: rejected with its reason, nothing sent",
    async (way) => {
      const { rawFetch, sent } = rawOver(way, async () => json(200, {}));
      const reason = new Error("the caller gave up first");
      const thrown = await rawFetch(madeByOpenapiFetch({ signal: AbortSignal.abort(reason) })).catch((e: unknown) => e);
      expect(thrown).toBe(reason);
      expect(sent).toEqual([]);
    },
  );

  it("scrubs a credential header's value, and the credentials after its scheme (Bearer <id_token>)", async () => {
    const events: Array<Record<string, unknown>> = [];
    const config = resolveConfig(
      {
        baseUrl: "https://api.example.com",
        clientId: "app",
        device: { osVersion: "os", fingerprint: "fp-SECRET-789", agent: "ua" },
        fetch: (async () => {
          throw new TypeError("socket closed while sending eyJ.token-SECRET.sig");
        }) as never,
        logger: (event) => events.push(event as never),
      },
      names,
      ["X-fp", "Authorization"],
    );
    const rawFetch = createRawFetch({ config });
    const request = new Request("https://api.example.com/thing", {
      headers: { Authorization: "Bearer eyJ.token-SECRET.sig" },
    });
    const thrown = (await rawFetch(request).catch((e: unknown) => e)) as Error;
    expect(thrown).toBeInstanceOf(IdaasNetworkError);
    const shown = `${String(thrown)} ${String(thrown.cause)} ${JSON.stringify(events)}`;
    expect(shown).not.toContain("token-SECRET");
    expect(String(thrown.cause)).toContain("[redacted]");
  });
});
