// Every operation × every documented outcome × every documented error of a product client, driven by the spec's
// named examples: a new example in the spec is tested here without a new test.

import {
  type ClientOptions,
  IdaasApiError,
  IdaasConfigError,
  IdaasNetworkError,
  IdaasResponseError,
  IdaasTimeoutError,
} from "@idaas-sdk/core";
import type { FieldFact, HeaderNames } from "@idaas-sdk/core/internal";
import { listOperations, loadSpec, resolve } from "@idaas-sdk/spec";
import { afterEach, describe, expect, it, vi } from "vitest";

export interface ProductClientSuite {
  /** The product line, as `loadSpec` names its bundle. */
  product: "eiam" | "ciam";
  createClient: (options: ClientOptions) => object;
  /** The client's header of each option (its src/spec.ts). */
  headerNames: HeaderNames;
  /** The client's facts per operationId (its src/spec.ts): how each body field is shown in logs and errors. */
  operations: Readonly<
    Record<
      string,
      { readonly fields: Readonly<Record<string, FieldFact>>; readonly headers: Readonly<Record<string, string>> }
    >
  >;
}

/** Registers the suite for one product client; call it at the top level of a test file. */
export function describeProductClient({ product, createClient, headerNames, operations: facts }: ProductClientSuite) {
  const spec = loadSpec(product);
  const operations = listOperations(spec);
  const headerExample = (name: string): string => {
    const example = operations[0]?.headers.find((header) => header.name === name)?.example;
    if (example === undefined) throw new Error(`the ${product} spec has no example of the ${name} header`);
    return example;
  };

  /** The options of a client whose headers are the spec's examples. */
  const specDevice = {
    osVersion: headerExample(headerNames.device.osVersion),
    fingerprint: headerExample(headerNames.device.fingerprint),
    agent: headerExample(headerNames.device.agent),
  };
  const clientId = headerExample(headerNames.clientId);

  type Respond = (request: Request) => Response | Promise<Response>;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  function clientWith(respond: Respond, extra: Record<string, unknown> = {}) {
    const requests: Request[] = [];
    const client = createClient({
      baseUrl: "https://tenant.example.com",
      clientId,
      device: specDevice,
      fetch: async (input) => {
        const request = input as Request;
        requests.push(request.clone());
        return respond(request);
      },
      ...extra,
    });
    return { client, requests };
  }

  const camel = (name: string) => name.replace(/^X-/i, "").replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());
  const optionHeaderNames = Object.values(headerNames).flatMap((value): string[] =>
    typeof value === "string" ? [value] : Object.values(value as Record<string, string>),
  );
  const injected = new Set(optionHeaderNames.map((n) => n.toLowerCase()));

  /**
   * The method's arguments, from the operation's `default` request example and its non-injected headers, under the
   * argument names of the client's facts (the spec's `x-idaas-sdk-argument`, default camelCase).
   */
  function argsOf(operation: (typeof operations)[number]) {
    const example = operation.requestBody?.examples.find((e) => e.name === "default")?.value ?? {};
    const fact = facts[operation.operationId];
    const args: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(example)) args[fact?.fields[key]?.argument ?? camel(key)] = value;
    const argumentOf = new Map(Object.entries(fact?.headers ?? {}).map(([argument, header]) => [header, argument]));
    for (const header of operation.headers) {
      if (!injected.has(header.name.toLowerCase())) {
        args[argumentOf.get(header.name) ?? camel(header.name)] = header.example;
      }
    }
    return args;
  }

  function invoke(client: object, operationId: string, args: unknown, options?: unknown): Promise<unknown> {
    const method = (client as Record<string, (a: unknown, o?: unknown) => Promise<unknown>>)[operationId];
    if (!method) throw new Error(`the client has no method ${operationId}`);
    return method(args, options);
  }

  /** Where each status puts its `data` in the result. */
  const dataField: Record<string, string> = {
    MFA_AUTH: "mfaMethods",
    ACCESS_DENIED: "reason",
    PASSWORD_WARN: "passwordPolicy",
    PASSWORD_EXPIRED: "passwordPolicy",
  };

  /** The schema of one status of a 200 body: the discriminator's target, or the schema itself. */
  // biome-ignore lint/suspicious/noExplicitAny: a JSON Schema from the spec is arbitrary JSON, walked by key
  type Schema = Record<string, any>;

  function statusSchema(schema: unknown, status: string): Schema {
    const resolved = resolve<Schema>(spec, schema);
    const target = resolved.discriminator?.mapping?.[status];
    return target ? resolve<Schema>(spec, { $ref: target }) : resolved;
  }

  const holdsJson = (schema: Schema) =>
    resolve<Schema | undefined>(spec, schema.properties?.data)?.contentMediaType === "application/json";

  /** The body camelCased, but for the fields the spec leaves out of the SDK's result (`x-idaas-sdk-result: false`). */
  function expectedResult(body: Record<string, unknown>, schema: Schema) {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(body)) {
      if (resolve<Schema | undefined>(spec, schema.properties?.[key])?.["x-idaas-sdk-result"] === false) continue;
      if (key !== "data") result[camel(key)] = value;
      else {
        const isJson = holdsJson(schema);
        result[dataField[String(body.status)] ?? "data"] = isJson ? JSON.parse(String(value)) : value;
      }
    }
    return result;
  }

  type Outcome = {
    operation: (typeof operations)[number];
    response: (typeof operations)[number]["responses"][number];
    example: (typeof operations)[number]["responses"][number]["examples"][number] | undefined;
  };
  const outcomes = operations.flatMap((operation) =>
    operation.responses
      .filter((response) => response.status < 400)
      .flatMap((response): Outcome[] =>
        response.examples.length > 0
          ? response.examples.map((example) => ({ operation, response, example }))
          : [{ operation, response, example: undefined }],
      ),
  );
  const errors = operations.flatMap((operation) => operation.errors.map((error) => ({ operation, error })));

  describe("the spec's operations", () => {
    it("are all methods of the client", () => {
      const { client } = clientWith(() => json(200, {}));
      expect(operations.length).toBeGreaterThan(0);
      for (const operation of operations)
        expect(typeof (client as Record<string, unknown>)[operation.operationId]).toBe("function");
    });

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s sends the documented method, path, headers and body",
      async (_, operation) => {
        const { client, requests } = clientWith(() => json(500, {}));
        await invoke(client, operation.operationId, argsOf(operation)).catch(() => undefined);
        const [request] = requests;
        expect(request?.method).toBe(operation.method);
        expect(new URL(request?.url ?? "").pathname).toBe(operation.path);
        const sentBody = await request?.text();
        if (operation.requestBody) {
          expect(JSON.parse(sentBody ?? "")).toEqual(
            operation.requestBody.examples.find((e) => e.name === "default")?.value,
          );
          expect(request?.headers.get("content-type")).toBe(operation.requestBody.mediaType);
        } else {
          expect(sentBody, "an operation without a request body sends none").toBe("");
          expect(request?.headers.has("content-type")).toBe(false);
        }
        for (const header of operation.headers) {
          if (header.required) expect(request?.headers.get(header.name), header.name).toBe(header.example);
          else expect(request?.headers.has(header.name), header.name).toBe(false);
        }
      },
    );

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s sends the optional headers when set",
      async (_, operation) => {
        const { client, requests } = clientWith(() => json(500, {}), {
          language: headerExample(headerNames.language),
          tenantId: headerExample(headerNames.tenantId),
          device: { ...specDevice, ip: headerExample(headerNames.device.ip) },
        });
        await invoke(client, operation.operationId, argsOf(operation)).catch(() => undefined);
        for (const header of operation.headers)
          expect(requests[0]?.headers.get(header.name), header.name).toBe(header.example);
      },
    );
  });

  describe("per-call headers", () => {
    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s sends the caller's extra header and refuses every header the spec gives it, and the content type",
      async (_, operation) => {
        const { client, requests } = clientWith(() => json(500, {}));
        const extra = { Prefer: "example=anything" };
        await invoke(client, operation.operationId, argsOf(operation), { headers: extra }).catch(() => undefined);
        expect(requests[0]?.headers.get("prefer")).toBe(extra.Prefer);
        for (const name of [...operation.headers.map((header) => header.name), "Content-Type"]) {
          const headers = { [name.toUpperCase()]: "value" };
          const thrown = await invoke(client, operation.operationId, argsOf(operation), { headers }).catch((e) => e);
          expect(thrown, name).toBeInstanceOf(IdaasConfigError);
          expect((thrown as Error).message, name).toContain(`options.headers.${name.toUpperCase()} `);
        }
        expect(requests).toHaveLength(1);
      },
    );
  });

  describe("documented outcomes", () => {
    it.each(
      outcomes.map((c) => [c.operation.operationId, c.response.status, c.example?.name ?? "(no body)", c] as const),
    )("%s HTTP %s %s", async (_, _status, _name, { operation, response, example }) => {
      const { client } = clientWith(() =>
        example ? json(response.status, example.value) : new Response(null, { status: response.status }),
      );
      const result = await invoke(client, operation.operationId, argsOf(operation));
      if (!example) return expect(result).toBeUndefined();
      const body = example.value as Record<string, unknown>;
      expect(result).toEqual(expectedResult(body, statusSchema(response.schema, String(body.status))));
    });
  });

  describe("documented errors", () => {
    it.each(errors.map((c) => [c.operation.operationId, c.error.httpStatus, c.error.code, c] as const))(
      "%s HTTP %s %s → IdaasApiError",
      async (_, _status, _code, { operation, error }) => {
        const { client } = clientWith(() => json(error.httpStatus, error.example));
        const thrown = await invoke(client, operation.operationId, argsOf(operation)).catch((e: unknown) => e);
        expect(thrown).toBeInstanceOf(IdaasApiError);
        expect(thrown).toMatchObject({
          operation: operation.operationId,
          httpStatus: error.httpStatus,
          code: error.code,
          message: error.example.error_msg,
        });
      },
    );
  });

  describe("answers the spec does not document → IdaasResponseError naming the operation and the problem", () => {
    const first = operations[0];
    if (!first) throw new Error("no operation in the spec");
    const cases: Array<[string, Respond, RegExp]> = [
      [
        "HTML from a proxy (502)",
        () => new Response("<html>Bad gateway</html>", { status: 502, headers: { "content-type": "text/html" } }),
        /HTTP 502 \(text\/html\)/,
      ],
      [
        "an error status without the error body",
        () => new Response("oops", { status: 400 }),
        /HTTP 400 .*without the documented error body/,
      ],
    ];
    it.each(
      operations.flatMap((operation) =>
        cases.map(([what, respond, message]) => [operation.operationId, what, operation, respond, message] as const),
      ),
    )("%s: %s", async (_, _what, operation, respond, message) => {
      const { client } = clientWith(respond);
      const thrown = await invoke(client, operation.operationId, argsOf(operation)).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(IdaasResponseError);
      expect((thrown as Error).message).toMatch(new RegExp(`^${operation.operationId}: `));
      expect((thrown as Error).message).toMatch(message);
    });

    const withBodies = outcomes.filter((c) => c.example);
    it.each(withBodies.map((c) => [c.operation.operationId, c.example?.name, c] as const))(
      "%s %s: HTML with status 200, an unknown status, a missing field, data that does not parse",
      async (_, _name, { operation, response, example }) => {
        const body = example?.value as Record<string, unknown>;
        const schema = statusSchema(response.schema, String(body.status));
        const variants: Array<[Respond, RegExp]> = [
          [
            () => new Response("<html></html>", { status: 200, headers: { "content-type": "text/html" } }),
            /HTTP 200 \(text\/html\) body is not JSON/,
          ],
          [() => json(200, [body]), /not a JSON object/],
        ];
        if ("status" in body) {
          variants.push([
            () => json(200, { ...body, status: "SOMETHING_NEW" }),
            /does not document status SOMETHING_NEW/,
          ]);
        }
        for (const field of schema.required as string[]) {
          if (field === "status") continue;
          const { [field]: _dropped, ...rest } = body;
          variants.push([() => json(200, rest), new RegExp(`"${field}" is missing`)]);
        }
        if (holdsJson(schema)) {
          variants.push([() => json(200, { ...body, data: "{not json" }), /"data" does not hold JSON/]);
          variants.push([() => json(200, { ...body, data: "42" }), /"data" does not hold /]);
        }
        for (const [respond, message] of variants) {
          const { client } = clientWith(respond);
          const thrown = await invoke(client, operation.operationId, argsOf(operation)).catch((e: unknown) => e);
          expect(thrown).toBeInstanceOf(IdaasResponseError);
          expect((thrown as Error).message).toMatch(message);
        }
      },
    );
  });

  describe("redaction: sentinel secrets never leave the SDK, mobile and email are masked", () => {
    const MOBILE = "13812345678";
    const EMAIL = "zhangsan@qq.com";
    const FINGERPRINT = "SENTINEL-fingerprint-7f3a";
    const sentinelArgs = (operation: (typeof operations)[number]) => {
      const args = argsOf(operation);
      const fields: Readonly<Record<string, FieldFact>> = facts[operation.operationId]?.fields ?? {};
      const secrets = [FINGERPRINT];
      for (const [field, { kind, argument }] of Object.entries(fields)) {
        if (kind === "secret") args[argument] = `SENTINEL-${field}-9c1d`;
        if (kind === "mobile") args[argument] = MOBILE;
        if (kind === "email") args[argument] = EMAIL;
      }
      for (const [argument, header] of Object.entries(facts[operation.operationId]?.headers ?? {})) {
        if (!injected.has(header.toLowerCase())) args[argument] = `SENTINEL-${header}-4b2e`;
      }
      for (const value of Object.values(args)) {
        if (String(value).startsWith("SENTINEL") || value === MOBILE || value === EMAIL) secrets.push(String(value));
      }
      return { args, secrets };
    };
    // Only values that were passed: the SDK cannot know others.
    const echo = (secrets: string[]) => `echo ${secrets.join(" ")}`;
    const leaks = (text: string, secrets: string[]) =>
      [...secrets, MOBILE, EMAIL, "SENTINEL"].filter((value) => text.includes(value));
    const errorPaths: Array<[string, (secrets: string[]) => Respond]> = [
      ["a documented error echoing the values", (s) => () => json(400, { error_code: "X", error_msg: echo(s) })],
      [
        "a network failure echoing the values",
        (s) => () => Promise.reject(new TypeError(echo(s), { cause: new Error(echo(s)) })),
      ],
      ["an undocumented answer", (s) => () => new Response(echo(s), { status: 502 })],
      ["a body that does not parse", (s) => () => new Response(`{${echo(s)}`, { status: 200 })],
    ];

    it.each(
      operations.flatMap((operation) =>
        errorPaths.map(([what, respond]) => [operation.operationId, what, operation, respond] as const),
      ),
    )("%s, %s: message, cause, toString, JSON and logs are clean", async (_, _what, operation, respond) => {
      const { args, secrets } = sentinelArgs(operation);
      const events: unknown[] = [];
      const { client, requests } = clientWith(respond(secrets), {
        device: { ...specDevice, fingerprint: FINGERPRINT },
        logger: (event: unknown) => events.push(event),
      });
      const thrown = (await invoke(client, operation.operationId, args).catch((e: unknown) => e)) as Error;
      expect(thrown).toBeInstanceOf(Error);
      expect(requests).toHaveLength(1);
      const cause = thrown.cause as Error | undefined;
      const shown = [
        thrown.message,
        String(thrown),
        JSON.stringify(thrown),
        thrown.stack ?? "",
        String(cause),
        cause?.stack ?? "",
        String(cause?.cause),
        JSON.stringify(events),
      ].join("\n");
      expect(leaks(shown, secrets)).toEqual([]);
      expect(JSON.stringify(events)).toContain("[redacted]");
    });

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s: the logger gets redacted request and response events",
      async (_, operation) => {
        const { args, secrets } = sentinelArgs(operation);
        const events: Array<Record<string, unknown>> = [];
        const { client } = clientWith(() => json(400, { error_code: "X", error_msg: "no" }), {
          device: { ...specDevice, fingerprint: FINGERPRINT },
          logger: (event: Record<string, unknown>) => events.push(event),
        });
        await invoke(client, operation.operationId, args).catch(() => undefined);
        expect(events.map((event) => event.type)).toEqual(["request", "response", "error"]);
        const logged = JSON.stringify(events);
        expect(leaks(logged, secrets)).toEqual([]);
        // A mobile number or email among the arguments is logged masked.
        const values = Object.values(args);
        if (values.includes(MOBILE)) expect(logged).toContain("138****5678");
        if (values.includes(EMAIL)) expect(logged).toContain("z***@qq.com");
        const headers = (events[0]?.headers ?? {}) as Record<string, string>;
        expect(headers[headerNames.device.fingerprint.toLowerCase()]).toBe("[redacted]");
      },
    );
  });

  describe("retries, time limits and aborts", () => {
    afterEach(() => vi.useRealTimers());
    const busy = () => new Response("busy", { status: 503, headers: { "retry-after": "1" } });

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s is not retried by default",
      async (_, operation) => {
        const { client, requests } = clientWith(busy);
        await expect(invoke(client, operation.operationId, argsOf(operation))).rejects.toBeInstanceOf(
          IdaasResponseError,
        );
        expect(requests).toHaveLength(1);
      },
    );

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s with retry: retried after 503 and after a failed connection, unless it sends a code",
      async (_, operation) => {
        vi.useFakeTimers();
        let calls = 0;
        const respond: Respond = () => {
          calls++;
          if (calls === 1) return busy();
          if (calls === 2) return Promise.reject(new TypeError("fetch failed"));
          return json(500, {});
        };
        const { client, requests } = clientWith(respond, { retry: { retries: 5 } });
        const settled = invoke(client, operation.operationId, argsOf(operation)).catch((e: unknown) => e);
        await vi.runAllTimersAsync();
        const thrown = await settled;
        // Sending a code costs money and is an abuse target: the spec's description says it is never retried
        // (the login calls say "never retried by default").
        const neverRetried = /never retries [^.]*\.(?<! by default\.)/i.test(operation.description ?? "");
        expect(requests).toHaveLength(neverRetried ? 1 : 3);
        expect(thrown).toBeInstanceOf(IdaasResponseError);
      },
    );

    it.each(errors.map((c) => [c.operation.operationId, c.error.httpStatus, c.error.code, c] as const))(
      "%s HTTP %s %s is returned as an error, not retried",
      async (_, _status, _code, { operation, error }) => {
        const { client, requests } = clientWith(() => json(error.httpStatus, error.example), { retry: { retries: 3 } });
        await expect(invoke(client, operation.operationId, argsOf(operation))).rejects.toBeInstanceOf(IdaasApiError);
        expect(requests).toHaveLength(1);
      },
    );

    const hang: Respond = (request) =>
      new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s: timeoutMs aborts the request and raises IdaasTimeoutError",
      async (_, operation) => {
        vi.useFakeTimers();
        const { client, requests } = clientWith(hang, { timeoutMs: 1_000 });
        const settled = invoke(client, operation.operationId, argsOf(operation), { timeoutMs: 50 }).catch(
          (e: unknown) => e,
        );
        await vi.advanceTimersByTimeAsync(50);
        const thrown = await settled;
        expect(thrown).toBeInstanceOf(IdaasTimeoutError);
        expect(thrown).toMatchObject({ operation: operation.operationId, timeoutMs: 50 });
        expect(requests[0]?.signal.aborted ?? true).toBe(true);
      },
    );

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s: the caller's AbortSignal aborts the call with its reason",
      async (_, operation) => {
        const { client } = clientWith(hang);
        const controller = new AbortController();
        const settled = invoke(client, operation.operationId, argsOf(operation), { signal: controller.signal }).catch(
          (e: unknown) => e,
        );
        const reason = new Error("user left the page");
        controller.abort(reason);
        expect(await settled).toBe(reason);
        const again = await invoke(client, operation.operationId, argsOf(operation), {
          signal: controller.signal,
        }).catch((e: unknown) => e);
        expect(again).toBe(reason);
      },
    );

    it("a network failure without retry raises IdaasNetworkError", async () => {
      const operation = operations[0];
      if (!operation) throw new Error("no operation");
      const { client } = clientWith(() => Promise.reject(new TypeError("fetch failed")));
      await expect(invoke(client, operation.operationId, argsOf(operation))).rejects.toBeInstanceOf(IdaasNetworkError);
    });
  });

  describe("configuration and arguments are checked before any request", () => {
    const good = { baseUrl: "https://tenant.example.com", clientId, device: specDevice };
    const bad: Array<[string, Record<string, unknown>]> = [
      ["baseUrl", { baseUrl: "http://tenant.example.com" }],
      ["baseUrl", { baseUrl: "not a url" }],
      ["clientId", { clientId: "" }],
      ["device", { device: undefined }],
      ["device.osVersion", { device: { ...specDevice, osVersion: " " } }],
      ["device.fingerprint", { device: { ...specDevice, fingerprint: undefined } }],
      ["device.agent", { device: { ...specDevice, agent: "" } }],
      ["device.agent", { device: { ...specDevice, agent: "Mozilla\r\nX-Evil: 1" } }],
      ["device.agent", { device: { ...specDevice, agent: "浏览器" } }],
      ["timeoutMs", { timeoutMs: -1 }],
      ["retry.retries", { retry: { retries: 1.5 } }],
    ];
    it.each(bad)("%s: %j → IdaasConfigError naming it", (field, change) => {
      const fetch = vi.fn();
      const create = () => createClient({ ...good, ...change, fetch } as never);
      expect(create).toThrow(IdaasConfigError);
      expect(create).toThrow(new RegExp(`^${field.replace(".", "\\.")} `));
      expect(fetch).not.toHaveBeenCalled();
    });

    it.each([
      "http://localhost:4010",
      "http://127.0.0.1:4010",
      "http://[::1]:4010",
      "https://tenant.example.com/base/",
    ])("%s is accepted", (baseUrl) => expect(() => createClient({ ...good, baseUrl } as never)).not.toThrow());

    type PerCall = readonly [string, string, (typeof operations)[number] | undefined];
    const perCall = operations.flatMap((operation) =>
      operation.headers
        .filter((header) => !injected.has(header.name.toLowerCase()))
        .map((header): PerCall => [operation.operationId, header.name, operation]),
    );
    it.each<PerCall>(perCall.length > 0 ? perCall : [["(none)", "(none)", undefined]])(
      "%s: a %s value that is missing or has a line break or non-Latin-1 character is rejected, without echoing it",
      async (_, header, operation) => {
        if (!operation) return expect(perCall).toHaveLength(0);
        for (const value of ["SENTINEL-line\nbreak", "SENTINEL-令牌", undefined]) {
          const { client, requests } = clientWith(() => json(200, {}));
          const thrown = (await invoke(client, operation.operationId, {
            ...argsOf(operation),
            [camel(header)]: value,
          }).catch((e: unknown) => e)) as Error;
          expect(thrown).toBeInstanceOf(IdaasConfigError);
          expect(thrown.message).toContain(header);
          expect(thrown.message).not.toContain("SENTINEL");
          expect(requests).toHaveLength(0);
        }
      },
    );
  });
}
