// What each operation makes of a 200 body the spec does not document for it: a `status` that echoes a secret of the
// call is not repeated, a `status` another operation documents is refused (each operation reads its own statuses, not
// every status a reader exists for), and a body of one boolean field (`is_set_pwd`) takes a boolean only.

import { IdaasResponseError } from "@idaas-sdk/core";
import { MIN_SCRUBBED_LENGTH, REDACTED } from "@idaas-sdk/core/internal";
import { resolve } from "@idaas-sdk/spec";
import { describe, expect, it } from "vitest";
import type { ClientContext, Schema } from "./context.js";

export function describeStatuses(context: ClientContext) {
  const { product, spec, operations, facts, specDevice, headerNames, json, clientWith, argsOf, invoke } = context;
  type Operation = (typeof operations)[number];
  const documented = (operation: Operation): readonly unknown[] => facts[operation.operationId]?.resultStatuses ?? [];
  const answeringStatus = operations.filter((operation) => documented(operation).length > 0);
  if (answeringStatus.length === 0) throw new Error(`no ${product} operation answers a status`);
  const refused = async (operation: Operation, body: unknown, args = argsOf(operation)) => {
    const thrown = await invoke(clientWith(() => json(200, body)).client, operation.operationId, args).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(IdaasResponseError);
    return thrown as IdaasResponseError;
  };

  /** The call's secret values that text is scrubbed of: its secret body fields and header arguments, and the device
   * fingerprint header. */
  const secretsOf = (operation: Operation): string[] => {
    const args = argsOf(operation);
    const parameters: Schema[] = (spec.paths[operation.path]?.[operation.method.toLowerCase()]?.parameters ?? []).map(
      (parameter: unknown) => resolve<Schema>(spec, parameter),
    );
    const own = Object.entries(facts[operation.operationId]?.headers ?? {}).filter(
      ([, header]) =>
        parameters.find((parameter) => parameter.in === "header" && parameter.name === header)?.[
          "x-idaas-sdk-redact"
        ] === "secret",
    );
    const fields = Object.entries(facts[operation.operationId]?.fields ?? {}).filter(
      ([, fact]) => (fact.kind ?? "secret") === "secret",
    );
    const values = [
      ...own.map(([argument]) => args[argument]),
      ...fields.map(([field]) => args[context.fieldArgument(operation.operationId, field)]),
      specDevice.fingerprint,
    ];
    // Shorter values are not searched for in text (core's redaction rule: they would garble ordinary words).
    return [
      ...new Set(
        values.filter((value): value is string => typeof value === "string" && value.length >= MIN_SCRUBBED_LENGTH),
      ),
    ];
  };

  describe(`a 200 whose status echoes a secret of the call (the device's ${headerNames.device.fingerprint} too) is not repeated`, () => {
    it.each(
      answeringStatus.flatMap((operation) =>
        secretsOf(operation).map((secret) => [operation.operationId, secret, operation] as const),
      ),
    )("%s: status %j", async (operationId, secret, operation) => {
      const thrown = await refused(operation, { status: secret });
      expect(thrown.message).toBe(`${operationId}: the spec does not document status "${REDACTED}"`);
      expect(`${String(thrown)} ${JSON.stringify(thrown)}`).not.toContain(secret);
    });
  });

  describe("each operation refuses a status that only other operations document", () => {
    const every = [...new Set(answeringStatus.flatMap(documented))];
    const cases = answeringStatus.flatMap((operation) =>
      every
        .filter((status) => !documented(operation).includes(status))
        .map((status) => [operation.operationId, String(status), operation] as const),
    );
    it.each(cases)("%s refuses %s", async (operationId, status, operation) => {
      const thrown = await refused(operation, { status, state_token: "s", data: "Access Denied" });
      expect(thrown.message).toBe(`${operationId}: the spec does not document status ${status}`);
    });
  });

  // The body schemas of one boolean property (hasPassword's `is_set_pwd`): the result is that boolean.
  const booleanBodies = operations.flatMap((operation) => {
    const schema = operation.responses.find((response) => response.status === 200)?.schema;
    const body = schema === undefined ? undefined : resolve<Schema>(spec, schema);
    const properties = Object.entries<Schema>(body?.properties ?? {});
    const [only] = properties;
    return properties.length === 1 && only && resolve<Schema>(spec, only[1]).type === "boolean"
      ? [[operation.operationId, only[0], operation] as const]
      : [];
  });
  describe("a 200 body of one boolean field resolves that boolean, and refuses anything else", () => {
    it.each(booleanBodies)("%s: %s", async (operationId, field, operation) => {
      for (const value of [true, false]) {
        const { client } = clientWith(() => json(200, { [field]: value }));
        await expect(invoke(client, operationId, argsOf(operation))).resolves.toBe(value);
      }
      // The vendor's table declares the field a string.
      const thrown = await refused(operation, { [field]: String(true) });
      expect(thrown.message).toBe(`${operationId}: the HTTP 200 body: "${field}" is missing or not a boolean`);
    });
  });
}
