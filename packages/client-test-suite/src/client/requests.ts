// What a call sends: every operation is a method, with the documented method, path, headers and body, and the caller's extra headers.

import { IdaasConfigError } from "@idaas-sdk/core";
import { describe, expect, it } from "vitest";
import type { ClientContext } from "./context.js";

export function describeRequests(context: ClientContext) {
  const { headerNames, facts, operations, headerExample, json, clientWith, argsOf, invoke, specDevice } = context;
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

  // A header the SDK prefixes (`x-idaas-sdk-value-prefix`: `Authorization: Bearer <id_token>`) takes the bare value.
  const prefixed = operations.flatMap((operation) => {
    const fact = facts[operation.operationId];
    return Object.entries(fact?.headerPrefixes ?? {}).map(([header, prefix]) => {
      const argument = Object.entries(fact?.headers ?? {}).find(([, name]) => name === header)?.[0];
      return [operation.operationId, header, prefix, argument, operation] as const;
    });
  });
  if (prefixed.length > 0) {
    describe("headers the SDK prefixes", () => {
      it.each(prefixed)("%s sends %s as %j + the argument", async (_, header, prefix, argument, operation) => {
        expect(argument, `no argument fills ${header}`).toBeDefined();
        const { client, requests } = clientWith(() => json(500, {}));
        const args = { ...argsOf(operation), [argument as string]: "eyJ.token-value.sig" };
        await invoke(client, operation.operationId, args).catch(() => undefined);
        expect(requests[0]?.headers.get(header)).toBe(`${prefix}eyJ.token-value.sig`);
      });
    });
  }

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
}
