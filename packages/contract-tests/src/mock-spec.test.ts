// 5. Mock × spec: the mock's answers validate against the spec (Ajv via @idaas-sdk/spec/validator, not Prism's own
// checks); a request missing a required header or body field gets the error code the spec's x-mock-when names;
// unknown paths and wrong methods get JSON 404 / 405.
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import type { CatalogOperation } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Answer, readAnswer } from "./support/clients.js";
import { allOutcomes, exampleBody, exampleHeaders, operations, validator } from "./support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

async function send(
  operation: Pick<CatalogOperation, "method" | "path">,
  headers: Record<string, string>,
  body: unknown,
): Promise<Answer> {
  const request = new Request(`${mock.url}${operation.path}`, {
    method: operation.method,
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return readAnswer(request, await fetch(request));
}

/** Ajv's verdict on an answer, each problem naming the operation, the case and the status. */
function specProblems(operation: CatalogOperation, label: string, answer: Answer): string[] {
  const body = answer.text === "" ? undefined : (answer.json ?? answer.text);
  return validator
    .validateResponse(operation.operationId, answer.status, body)
    .map((problem) => `${operation.operationId} ${label}: HTTP ${answer.status} answer: ${problem}`);
}

describe("every named example, served by the mock, is the spec's example and validates against its schema", () => {
  test.each(allOutcomes.map((outcome) => [outcome.label, outcome] as const))("%s", async (_, outcome) => {
    const { operation, example } = outcome;
    const answer = await send(
      operation,
      { ...exampleHeaders(operation), Prefer: `example=${example.name}` },
      exampleBody(operation),
    );
    expect(answer.status, `${outcome.label}: HTTP status`).toBe(outcome.httpStatus);
    expect(specProblems(operation, `example ${example.name}`, answer)).toEqual([]);
    expect(answer.json, `${outcome.label}: body`).toEqual(example.value);
  });
});

/** The documented error the spec's x-mock-when rules give for a missing `name`: a rule naming it beats `*`. */
function errorForMissing(operation: CatalogOperation, name: string) {
  const rules = operation.errors.filter((error) => error.mockWhen?.missing);
  return (
    rules.find((error) => error.mockWhen?.missing?.includes(name)) ??
    rules.find((error) => error.mockWhen?.missing?.includes("*"))
  );
}

const missingCases = operations.flatMap((operation) => [
  ...operation.headers
    .filter((header) => header.required)
    .map((header) => ({ operation, name: header.name, where: "header" as const })),
  ...(operation.requestBody?.requiredFields ?? []).map((name) => ({ operation, name, where: "body field" as const })),
]);

describe("a request missing a required header or body field gets the error x-mock-when documents", () => {
  test.each(missingCases.map((c) => [`${c.operation.operationId} without ${c.where} ${c.name}`, c] as const))(
    "%s",
    async (label, { operation, name, where }) => {
      const error = errorForMissing(operation, name);
      expect(error, `${label}: no error of the spec has x-mock-when covering ${name}`).toBeDefined();
      const headers = exampleHeaders(operation);
      const body = exampleBody(operation);
      if (where === "header") delete headers[name];
      else delete body[name];
      const answer = await send(operation, headers, body);
      expect(specProblems(operation, `without ${name}`, answer)).toEqual([]);
      const got = answer.json as { error_code?: unknown; error_msg?: unknown } | undefined;
      expect(
        { httpStatus: answer.status, code: got?.error_code },
        `${label}: expected ${error?.code} (HTTP ${error?.httpStatus})`,
      ).toEqual({ httpStatus: error?.httpStatus, code: error?.code });
      const message = error?.message?.includes("{0}")
        ? error.message.replaceAll("{0}", name)
        : error?.example.error_msg;
      expect(got?.error_msg, `${label}: message of ${error?.code}`).toBe(message);
    },
  );
});

describe("mistakes no endpoint documents get JSON errors", () => {
  // The shared error body: the $ref part of an error response's schema (the other part pins the codes).
  const errorSchema = operations[0]?.responses.find((response) => response.status >= 400)?.schema as
    | { allOf?: Array<{ $ref?: string }> }
    | undefined;
  const errorShape = errorSchema?.allOf?.find((part) => part.$ref) ?? {};

  test("an unknown path gets 404 with a JSON error body", async () => {
    const [operation] = operations;
    if (!operation) throw new Error("the spec has no operations");
    expect(errorShape, "the spec's error responses have a shared $ref schema").toHaveProperty("$ref");
    const answer = await send({ ...operation, path: `${operation.path}/no-such-endpoint` }, {}, {});
    expect(answer.status, "unknown path: HTTP status").toBe(404);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(validator.validateSchema(errorShape, answer.json), `unknown path: body ${answer.text}`).toEqual([]);
  });

  const METHODS = ["GET", "PUT", "PATCH", "DELETE", "POST"];
  test.each(operations.map((operation) => [operation.operationId, operation] as const))(
    "%s: a method the spec does not list at its path gets 405 with a JSON error body",
    async (operationId, operation) => {
      const listed = operations.filter((other) => other.path === operation.path).map((other) => other.method);
      const method = METHODS.find((candidate) => !listed.includes(candidate));
      const answer = await send(
        { method: method ?? "PUT", path: operation.path },
        exampleHeaders(operation),
        undefined,
      );
      expect(answer.status, `${operationId} with ${method}: HTTP status`).toBe(405);
      expect(answer.contentType).toMatch(/^application\/json/);
      expect(validator.validateSchema(errorShape, answer.json), `${operationId} ${method}: ${answer.text}`).toEqual([]);
    },
  );
});
