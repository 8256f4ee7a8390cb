// What a call returns when the answer is not what the spec documents: IdaasResponseError naming the operation and
// the problem. (Every documented example becoming its typed result or IdaasApiError is one contract test:
// packages/contract-tests/src/coverage.test.ts, through the mock.)

import { IdaasResponseError } from "@idaas-sdk/core";
import { describe, expect, it } from "vitest";
import type { ClientContext, Respond } from "./context.js";

// Candidates for "a status the spec does not document"; an operation's case takes the first one it lacks.
const UNDOCUMENTED_STATUSES = [201, 204, 302, 401, 403, 404, 409, 418, 422, 429, 503];
const html = (status: number) =>
  new Response("<!doctype html><html><body>Bad gateway</body></html>", {
    status,
    headers: { "content-type": "text/html" },
  });

export function describeOutcomes(context: ClientContext) {
  const { operations, json, clientWith, argsOf, invoke, statusSchema, holdsJson, outcomes } = context;
  describe("answers the spec does not document → IdaasResponseError naming the operation and the problem", () => {
    if (operations.length === 0) throw new Error("no operation in the spec");
    /** Each answer of a status the operation does not document, or of a documented status without its JSON body. */
    const cases = (operation: (typeof operations)[number]): Array<[string, Respond, RegExp]> => {
      const documented = operation.responses.map((response) => response.status);
      const undocumented = UNDOCUMENTED_STATUSES.find((status) => !documented.includes(status));
      if (undocumented === undefined) throw new Error(`${operation.operationId} documents every candidate status`);
      const error = operation.errors[0];
      if (!error) throw new Error(`${operation.operationId} documents no error`);
      return [
        ["HTML from a proxy (502)", () => html(502), /HTTP 502 \(text\/html\)/],
        [
          `a documented error's JSON body at the undocumented HTTP ${undocumented}`,
          () => json(undocumented, error.example),
          new RegExp(
            `does not document HTTP ${undocumented} \\(application/json\\); the server said ${error.code.replaceAll(".", "\\.")}`,
          ),
        ],
        ...documented.map((status): [string, Respond, RegExp] => [
          `HTML at the documented HTTP ${status}`,
          () => html(status),
          new RegExp(
            `HTTP ${status} \\(text/html\\) ${status < 400 ? "body is not JSON" : "without the documented error body"}`,
          ),
        ]),
      ];
    };
    it.each(
      operations.flatMap((operation) =>
        cases(operation).map(
          ([what, respond, message]) => [operation.operationId, what, operation, respond, message] as const,
        ),
      ),
    )("%s: %s", async (_, _what, operation, respond, message) => {
      const { client } = clientWith(respond);
      const thrown = await invoke(client, operation.operationId, argsOf(operation)).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(IdaasResponseError);
      expect((thrown as IdaasResponseError).operation).toBe(operation.operationId);
      expect((thrown as Error).message).toMatch(new RegExp(`^${operation.operationId}: `));
      expect((thrown as Error).message).toMatch(message);
    });

    const withBodies = outcomes.filter((c) => c.example);
    it.each(withBodies.map((c) => [c.operation.operationId, c.example?.name, c] as const))(
      "%s %s: a body that is not an object, an unknown status, a missing field, data that does not parse",
      async (_, _name, { operation, response, example }) => {
        const body = example?.value as Record<string, unknown>;
        const schema = statusSchema(response.schema, String(body.status));
        const variants: Array<[Respond, RegExp]> = [[() => json(200, [body]), /not a JSON object/]];
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
