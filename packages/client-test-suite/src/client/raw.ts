// The `raw` entry (openapi-fetch over the spec's paths): every operation is reachable through it, with the spec's
// method, path, headers and body, and answers with the body the spec documents. Its types are the product's
// type tests (src/types.test-d.ts); what raw shares with the methods (no redirects, limits, redaction) is the
// contract tests' (hostile.test.ts).

import { describe, expect, it } from "vitest";
import type { ClientContext } from "./context.js";

type RawMethod = (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function describeRaw(context: ClientContext, createRawClient: ClientContext["createClient"]) {
  const { operations, json, injected, clientId, specDevice } = context;
  describe("the raw entry: every operation through openapi-fetch", () => {
    function rawWith(respond: () => Response) {
      const requests: Request[] = [];
      const client = createRawClient({
        baseUrl: "https://tenant.example.com",
        clientId,
        device: specDevice,
        fetch: async (input) => {
          requests.push((input as Request).clone());
          return respond();
        },
      }) as { raw: Record<string, RawMethod> };
      return { raw: client.raw, requests };
    }
    /** What a raw call of the operation passes: its own headers as the spec shows them (prefix included), the body. */
    const initOf = (operation: (typeof operations)[number]) => {
      const header: Record<string, string> = {};
      for (const { name, example } of operation.headers) {
        if (!injected.has(name.toLowerCase()) && example !== undefined) header[name] = example;
      }
      const body = operation.requestBody?.examples.find((e) => e.name === "default")?.value;
      return { params: { header }, ...(body !== undefined && { body }) };
    };

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s: sends the documented request and gives the documented answer",
      async (_, operation) => {
        const success = operation.responses.find((response) => response.status < 300);
        const example = success?.examples[0]?.value;
        const { raw, requests } = rawWith(() =>
          example === undefined ? new Response(null, { status: 200 }) : json(200, example),
        );
        const method = raw[operation.method.toUpperCase()] as RawMethod;
        const init = initOf(operation);
        const { data, error } = await method(operation.path, init);
        expect(error).toBeUndefined();
        if (example !== undefined) expect(data).toEqual(example);
        const [request] = requests;
        expect(request?.method).toBe(operation.method);
        expect(new URL(request?.url ?? "").pathname).toBe(operation.path);
        for (const [name, value] of Object.entries(init.params.header)) expect(request?.headers.get(name)).toBe(value);
        if ("body" in init) expect(await request?.json()).toEqual(init.body);
      },
    );

    it.each(
      operations.flatMap((operation) =>
        operation.errors.slice(0, 1).map((error) => [operation.operationId, error.code, operation, error] as const),
      ),
    )("%s: a documented error (%s) is raw's `error`", async (_, _code, operation, error) => {
      const { raw } = rawWith(() => json(error.httpStatus, error.example));
      const method = raw[operation.method.toUpperCase()] as RawMethod;
      const { error: got, response } = await method(operation.path, initOf(operation));
      expect(response.status).toBe(error.httpStatus);
      expect(got).toEqual(error.example);
    });
  });
}
