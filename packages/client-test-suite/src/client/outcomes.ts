// What a call returns when the answer is not what the spec documents: IdaasResponseError naming the operation and
// the problem. (Every documented example becoming its typed result or IdaasApiError is one contract test:
// packages/contract-tests/src/coverage.test.ts, through the mock.)

import { IdaasResponseError } from "@idaas-sdk/core";
import { describe, expect, it } from "vitest";
import type { ClientContext, Respond } from "./context.js";

export function describeOutcomes(context: ClientContext) {
  const { operations, json, clientWith, argsOf, invoke, statusSchema, holdsJson, outcomes } = context;
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
}
