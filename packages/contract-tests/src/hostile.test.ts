// 8. Hostile servers, on real sockets: an API server on 127.0.0.1 that redirects, floods, stalls, echoes secrets or
// sends hostile data, and a redirect target that must receive nothing. Every case runs for every operation of both
// clients, through the facade with the global fetch, the facade with a caller-supplied fetch, and `raw`. No secret
// of the call may appear in any form of the error (message, stack, String, JSON, util.inspect with hidden
// properties, the cause chain) or in a logger event.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { createCiamClient } from "@idaas-sdk/ciam/raw";
import {
  type ClientOptions,
  IdaasConfigError,
  IdaasResponseError,
  IdaasTimeoutError,
  type LogEvent,
} from "@idaas-sdk/core";
import { createEiamClient } from "@idaas-sdk/eiam/raw";
import { type CatalogOperation, exampleBody } from "@idaas-sdk/spec";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { DEVICE } from "./support/clients.js";
import {
  fieldArgument,
  headerArgument,
  nameOf,
  operations,
  ownHeaders,
  productOf,
  specs,
  validatorOf,
} from "./support/spec.js";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface Loopback {
  server: Server;
  url: string;
  requests: number;
  handler: Handler;
}

async function listen(): Promise<Loopback> {
  const loopback = { requests: 0, handler: (() => undefined) as Handler } as Loopback;
  loopback.server = createServer((request, response) => {
    loopback.requests++;
    loopback.handler(request, response);
  });
  loopback.server.listen(0, "127.0.0.1");
  await once(loopback.server, "listening");
  loopback.url = `http://127.0.0.1:${(loopback.server.address() as AddressInfo).port}`;
  return loopback;
}

let api: Loopback;
let target: Loopback;
let stalling: Loopback;
beforeAll(async () => {
  [api, target, stalling] = await Promise.all([listen(), listen(), listen()]);
  target.handler = (_, response) => response.writeHead(200, { "content-type": "application/json" }).end("{}");
  stalling.handler = (_, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"status":');
  };
});
afterAll(async () => {
  for (const { server } of [api, target, stalling]) {
    server.closeAllConnections();
    server.close();
  }
});
beforeEach(() => {
  api.requests = 0;
  target.requests = 0;
});

const FINGERPRINT = "SENTINEL-fingerprint-5e1f";
const MOBILE = "13812345678";
const EMAIL = "zhangsan@qq.com";
const LEAKS = ["SENTINEL", MOBILE, EMAIL];

type FieldSchema = { enum?: string[]; format?: string; allOf?: FieldSchema[]; "x-idaas-sdk-redact"?: string };

/** The call's input, with a sentinel in every credential and personal value; and the raw body and headers. */
function sentinelCall(operation: CatalogOperation) {
  const body = exampleBody(operation) ?? {};
  const validator = validatorOf(operation);
  const properties =
    validator.resolve<{ properties?: Record<string, FieldSchema> }>(operation.requestBody?.schema)?.properties ?? {};
  for (const [field, schema] of Object.entries(properties)) {
    let resolved = validator.resolve<FieldSchema>(schema);
    const kind = schema["x-idaas-sdk-redact"] ?? resolved?.["x-idaas-sdk-redact"];
    while (resolved?.allOf?.length === 1) resolved = validator.resolve<FieldSchema>(resolved.allOf[0]);
    if (kind === "secret") body[field] = `SENTINEL-${field}-9c1d`;
    if (kind === "mobile") body[field] = MOBILE;
    if (kind === "email") body[field] = EMAIL;
  }
  const input: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) input[fieldArgument(operation, field)] = value;
  const header: Record<string, string> = {};
  for (const own of ownHeaders(operation)) {
    // The facade takes the bare value and adds the prefix (`Bearer `) itself; raw sends the header as given.
    const value = `SENTINEL-${own.name}-4b2e`;
    header[own.name] = `${own.prefix ?? ""}${value}`;
    input[headerArgument(own)] = value;
  }
  return { input, body, header };
}

/** Lower-case names of the operation's header parameters that the spec marks `x-idaas-sdk-redact: secret`. */
function secretHeaders(operation: CatalogOperation): string[] {
  type Parameter = { in?: string; name?: string; "x-idaas-sdk-redact"?: string };
  const validator = validatorOf(operation);
  const paths = (specs[operation.product] as { paths: Record<string, Record<string, { parameters?: unknown[] }>> })
    .paths;
  const parameters = paths[operation.path]?.[operation.method.toLowerCase()]?.parameters ?? [];
  return parameters
    .map((parameter) => validator.resolve<Parameter>(parameter))
    .filter((parameter) => parameter?.in === "header" && parameter["x-idaas-sdk-redact"] === "secret")
    .map((parameter) => String(parameter?.name).toLowerCase());
}

type Mode = "facade" | "facade, caller's fetch" | "raw";
const MODES: Mode[] = ["facade", "facade, caller's fetch", "raw"];

/** Calls `operation` against the hostile API server; resolves with what was thrown (or returned) and the logs. */
async function attack(operation: CatalogOperation, mode: Mode, options: Partial<ClientOptions> = {}) {
  const events: LogEvent[] = [];
  const clientOptions: ClientOptions = {
    baseUrl: api.url,
    clientId: "hostile-client",
    device: { ...DEVICE, fingerprint: FINGERPRINT },
    logger: (event) => events.push(event),
    timeoutMs: 2_000,
    ...(mode === "facade, caller's fetch" && { fetch: (input, init) => globalThis.fetch(input, init) }),
    ...options,
  };
  const client = (productOf(operation) === "eiam" ? createEiamClient : createCiamClient)(clientOptions);
  const { input, body, header } = sentinelCall(operation);
  let outcome: unknown;
  try {
    if (mode === "raw") {
      // biome-ignore lint/suspicious/noExplicitAny: the raw client is typed per path; this test walks every path
      const raw = client.raw as any;
      const init = { params: { header }, ...(operation.method !== "GET" && { body }) };
      const answer = await raw[operation.method](operation.path, init);
      outcome = answer.error ?? answer.data;
    } else {
      outcome = await (client as unknown as Record<string, (input: unknown) => Promise<unknown>>)[
        operation.operationId
      ]?.(input);
    }
  } catch (error) {
    outcome = error;
  }
  return { outcome, events, visible: visible(outcome, events) };
}

/** Every form of the outcome an app could show or log. */
function visible(outcome: unknown, events: LogEvent[]): string {
  const parts = [JSON.stringify(events), inspect(outcome, { depth: 10, showHidden: true })];
  let error: unknown = outcome;
  for (let depth = 0; error instanceof Error && depth < 10; depth++) {
    parts.push(String(error), error.message, error.stack ?? "", JSON.stringify(error));
    error = error.cause;
  }
  return parts.join("\n");
}

/** A 400 body whose error_msg is 5 MB, made once for every operation and mode. */
const HUGE_ERROR = Buffer.from(JSON.stringify({ error_code: "X", error_msg: "m".repeat(5 * 1024 * 1024) }));

const leaked = (text: string) => LEAKS.filter((secret) => text.includes(secret));

/** A reply that echoes every sentinel of the request back (in headers, codes and messages). */
async function echoOf(request: IncomingMessage): Promise<string> {
  let text = JSON.stringify(request.headers);
  for await (const chunk of request) text += chunk;
  return text;
}

const cases = operations.flatMap((operation) => MODES.map((mode) => [nameOf(operation), mode, operation] as const));

type Attack = Awaited<ReturnType<typeof attack>>;
let stalledCalls: Promise<Map<string, Attack>> | undefined;
/**
 * The call of `operation` in `mode` against the server that stalls after the headers. Each such call waits out its
 * whole time limit, so the first test that asks starts every case's call at once and each test checks its own.
 */
async function stalledCall(operation: CatalogOperation, mode: Mode): Promise<Attack> {
  const key = (name: string, of: Mode) => `${name} (${of})`;
  stalledCalls ??= Promise.all(
    cases.map(async ([name, of, called]) => {
      const call = await attack(called, of, { baseUrl: stalling.url });
      return [key(name, of), call] as const;
    }),
  ).then((calls) => new Map(calls));
  const call = (await stalledCalls).get(key(nameOf(operation), mode));
  if (!call) throw new Error(`no stalled call of ${key(nameOf(operation), mode)}`);
  return call;
}

describe.each(cases)("%s (%s)", (_, mode, operation) => {
  test.each([301, 302, 303, 307, 308])(
    "HTTP %s to another server: not followed, nothing sent there",
    async (status) => {
      api.handler = (_, response) => response.writeHead(status, { location: `${target.url}/steal` }).end();
      const { outcome, visible } = await attack(operation, mode);
      expect(outcome).toBeInstanceOf(IdaasResponseError);
      expect((outcome as Error).message).toContain(`HTTP ${status}`);
      expect((outcome as Error).message).toContain("does not follow redirects");
      expect(target.requests).toBe(0);
      expect(leaked(visible)).toEqual([]);
    },
  );

  test("a never-ending 200 body: reading stops at maxResponseBytes and the connection is cancelled", async () => {
    let closed = false;
    api.handler = (_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!closed && response.write(chunk));
        if (!closed) response.once("drain", pump);
      };
      response.on("close", () => {
        closed = true;
      });
      pump();
    };
    const { outcome } = await attack(operation, mode, { maxResponseBytes: 256 * 1024 });
    expect(outcome).toBeInstanceOf(IdaasResponseError);
    expect((outcome as Error).message).toContain("larger than maxResponseBytes (262144 bytes)");
    await expect.poll(() => closed).toBe(true);
  });

  test("a 400 whose error_msg is 5 MB: refused past the default cap", async () => {
    api.handler = (_, response) => response.writeHead(400, { "content-type": "application/json" }).end(HUGE_ERROR);
    const { outcome } = await attack(operation, mode);
    expect(outcome).toBeInstanceOf(IdaasResponseError);
    expect((outcome as Error).message.length).toBeLessThan(300);
  });

  test("a body that stalls after the headers: the time limit covers it", async () => {
    const { outcome, events } = await stalledCall(operation, mode);
    // The headers arrived (the client logged the answer): it is the body that ran out of time.
    expect(events).toContainEqual(expect.objectContaining({ type: "response", httpStatus: 200 }));
    expect(outcome).toBeInstanceOf(IdaasTimeoutError);
  });

  test("a server that echoes every secret in error_code, error_msg and headers: nothing leaks", async () => {
    api.handler = async (request, response) => {
      const echo = await echoOf(request);
      response
        .writeHead(400, { "content-type": "application/json", "x-echo": encodeURIComponent(echo).slice(0, 4000) })
        .end(JSON.stringify({ error_code: echo.slice(0, 300), error_msg: echo }));
    };
    const { outcome, visible, events } = await attack(operation, mode);
    expect(outcome).toBeDefined();
    expect(events.length).toBeGreaterThan(0);
    if (mode !== "raw") expect(leaked(visible)).toEqual([]);
    else expect(leaked(JSON.stringify(events))).toEqual([]);
  });

  if (mode !== "raw") {
    test("a SUCCESS body served as text/html: refused", async () => {
      api.handler = (_, response) =>
        response.writeHead(200, { "content-type": "text/html" }).end('{"status":"SUCCESS"}');
      const { outcome } = await attack(operation, mode);
      expect(outcome).toBeInstanceOf(IdaasResponseError);
    });

    test("an undocumented answer with a JSON error body: its code and a short message are shown", async () => {
      api.handler = (_, response) =>
        response
          .writeHead(422, { "content-type": "application/json" })
          .end(JSON.stringify({ error_code: "MOCK.PREFER", error_msg: `unknown example; ${"x".repeat(10_000)}` }));
      const { outcome } = await attack(operation, mode);
      expect(outcome).toBeInstanceOf(IdaasResponseError);
      expect((outcome as Error).message).toMatch(/HTTP 422 .*the server said MOCK\.PREFER: "unknown example; x+…"/);
      expect((outcome as Error).message.length).toBeLessThan(400);
    });

    test("a number where a string belongs: IdaasConfigError naming the argument, nothing sent", async () => {
      const { input } = sentinelCall(operation);
      const [argument] = Object.keys(input);
      if (!argument) return;
      const client = (productOf(operation) === "eiam" ? createEiamClient : createCiamClient)({
        baseUrl: api.url,
        clientId: "hostile-client",
        device: DEVICE,
      }) as unknown as Record<string, (input: unknown) => Promise<unknown>>;
      const thrown = await client[operation.operationId]?.({ ...input, [argument]: 123456789 }).catch((e) => e);
      expect(thrown).toBeInstanceOf(IdaasConfigError);
      expect((thrown as Error).message).toContain(`input.${argument} must be`);
      expect(api.requests).toBe(0);
    });
  }
});

test("an https base URL is never downgraded: a 308 to http:// is refused like any redirect", async () => {
  // The https server cannot be stood up without a certificate; a caller-supplied fetch plays it.
  const [operation] = operations;
  if (!operation) throw new Error("no operation in the spec");
  const requests: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    requests.push(new Request(input).url);
    return new Response(null, { status: 308, headers: { location: `${target.url}/downgraded` } });
  };
  const client = (productOf(operation) === "eiam" ? createEiamClient : createCiamClient)({
    baseUrl: "https://tenant.example.com",
    clientId: "hostile-client",
    device: DEVICE,
    fetch,
  }) as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const thrown = await client[operation.operationId]?.(sentinelCall(operation).input).catch((e) => e);
  expect(thrown).toBeInstanceOf(IdaasResponseError);
  expect(requests).toHaveLength(1);
  expect(target.requests).toBe(0);
});

test("raw calls log the state token and the fingerprint as [redacted]", async () => {
  const operation = operations.find((candidate) => ownHeaders(candidate).length > 0);
  if (!operation) throw new Error("no operation takes a header of its own");
  api.handler = (_, response) => response.writeHead(500).end();
  const { events } = await attack(operation, "raw");
  const request = events.find((event) => event.type === "request");
  const secret = secretHeaders(operation);
  expect(secret).toEqual(expect.arrayContaining(ownHeaders(operation).map(({ name }) => name.toLowerCase())));
  expect(secret.length).toBeGreaterThan(ownHeaders(operation).length); // the device fingerprint too
  expect(request?.type === "request" && request.headers).toMatchObject(
    Object.fromEntries(secret.map((name) => [name, "[redacted]"])),
  );
  expect(leaked(JSON.stringify(events))).toEqual([]);
});
