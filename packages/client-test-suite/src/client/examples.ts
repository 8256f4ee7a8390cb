// Every named example of the spec through the client, from a stub fetch (no mock): each success example becomes the
// typed result (its fields camelCased, a JSON `data` parsed into its one field, a one-field body its value, an empty
// answer nothing), each error example an IdaasApiError with its code, status and message. The contract tests check
// the same through the mock; this checks the client alone, so that a new operation is covered once it has examples.

import { isDeepStrictEqual } from "node:util";
import { IdaasApiError } from "@idaas-sdk/core";
import { resolve } from "@idaas-sdk/spec";
import { describe, expect, it } from "vitest";
import type { ClientContext, Schema } from "./context.js";

/** `session_token` → `sessionToken`: the result's name of a body field. */
const camelField = (name: string) => name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

export function describeExamples(context: ClientContext) {
  const { outcomes, errors, json, clientWith, argsOf, invoke, statusSchema, holdsJson, spec } = context;

  /** The fields of a 200 body that the result carries (`x-idaas-sdk-result: false` leaves one out). */
  const resultFields = (schema: Schema, body: Record<string, unknown>) =>
    Object.keys(body).filter((field) => {
      const property = schema.properties?.[field] as Schema | undefined;
      const resolved = resolve<Schema | undefined>(spec, property);
      return property?.["x-idaas-sdk-result"] !== false && resolved?.["x-idaas-sdk-result"] !== false;
    });

  /** What the typed result of a body must be, or why the comparison does not apply. */
  function differences(schema: Schema, body: Record<string, unknown>, result: unknown): string[] {
    const fields = resultFields(schema, body);
    // A body of one field without a status (`is_set_pwd`) resolves that field's value.
    if (typeof result !== "object" || result === null) {
      return fields.length === 1 && !("status" in body) && isDeepStrictEqual(result, body[fields[0] as string])
        ? []
        : [`the result ${JSON.stringify(result)} is not the body's one field`];
    }
    const given = result as Record<string, unknown>;
    const problems: string[] = [];
    const unmatched = fields.filter((field) => !(camelField(field) in given));
    const extra = Object.keys(given).filter((key) => !fields.some((field) => camelField(field) === key));
    for (const field of fields.filter((name) => camelField(name) in given)) {
      if (!isDeepStrictEqual(given[camelField(field)], body[field])) {
        problems.push(`${camelField(field)} is ${JSON.stringify(given[camelField(field)])}, not the body's ${field}`);
      }
    }
    // A field the result renames (data → reason / mfaMethods / passwordPolicy) is the only one of each side.
    if (unmatched.length !== extra.length || unmatched.length > 1) {
      problems.push(`the body's ${JSON.stringify(unmatched)} do not match the result's ${JSON.stringify(extra)}`);
    } else if (unmatched[0] !== undefined && extra[0] !== undefined) {
      const raw = body[unmatched[0]];
      const expected = holdsJson(schema) && unmatched[0] === "data" ? JSON.parse(String(raw)) : raw;
      if (!isDeepStrictEqual(given[extra[0]], expected)) {
        problems.push(`${extra[0]} is ${JSON.stringify(given[extra[0]])}, the body's ${unmatched[0]} holds ${raw}`);
      }
    }
    return problems;
  }

  describe("the spec's named examples → typed results and IdaasApiError (stub fetch)", () => {
    it("has examples to check", () => {
      expect(outcomes.some((outcome) => outcome.example)).toBe(true);
    });

    it.each(outcomes.map((outcome) => [outcome.operation.operationId, outcome.example?.name ?? "(no body)", outcome]))(
      "%s %s: the result is the example's body, camelCased",
      async (_, _name, { operation, response, example }) => {
        const answer = () =>
          example ? json(response.status, example.value) : new Response(null, { status: response.status });
        const { client } = clientWith(answer);
        const result = await invoke(client, operation.operationId, argsOf(operation));
        if (!example) {
          expect(result).toBeUndefined();
          return;
        }
        const body = example.value as Record<string, unknown>;
        const schema = statusSchema(response.schema, String(body.status));
        expect(differences(schema, body, result)).toEqual([]);
      },
    );

    it.each(
      errors.map(({ operation, error }) => [operation.operationId, error.httpStatus, error.code, operation, error]),
    )(
      "%s HTTP %s %s → IdaasApiError with the example's code and message",
      async (_, _status, _code, operation, error) => {
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
}
