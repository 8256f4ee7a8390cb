// 5. Mock × spec (every named example being served is one test: coverage.test.ts): a request missing a required
// header or body field gets the error code the spec's x-mock-when names, or, where the vendor documents none, a mock-owned MOCK.… code (never a vendor's); paths outside the products' base
// paths and wrong methods get JSON 404 / 405. Both products, each under its base URL on the one mock.
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import { type CatalogOperation, errorForMissing, exampleBody, exampleHeaders } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Answer, readAnswer } from "./support/clients.js";
import { nameOf, operations, PRODUCTS, validatorOf } from "./support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

async function send(url: string, method: string, headers: Record<string, string>, body: unknown): Promise<Answer> {
  const request = new Request(url, {
    method,
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return readAnswer(request, await fetch(request));
}

/** Calls the operation under its product's base URL; an operation without a request body gets none. */
function call(operation: CatalogOperation, headers: Record<string, string>, body: unknown): Promise<Answer> {
  const url = `${mock.baseUrl(operation.product)}${operation.path}`;
  return send(url, operation.method, headers, operation.requestBody ? body : undefined);
}

/** Ajv's verdict on an answer, each problem naming the operation, the case and the status. */
function specProblems(operation: CatalogOperation, label: string, answer: Answer): string[] {
  const body = answer.text === "" ? undefined : (answer.json ?? answer.text);
  return validatorOf(operation)
    .validateResponse(operation.operationId, answer.status, body)
    .map((problem) => `${nameOf(operation)} ${label}: HTTP ${answer.status} answer: ${problem}`);
}

// The shared error body: the $ref part of an error response's schema (the other part pins the codes).
const errorSchema = operations[0]?.responses.find((response) => response.status >= 400)?.schema as
  | { allOf?: Array<{ $ref?: string }> }
  | undefined;
const errorShape = errorSchema?.allOf?.find((part) => part.$ref) ?? {};

/** A JSON error body of the shared shape. */
function expectErrorShape(operation: CatalogOperation, label: string, answer: Answer) {
  expect(answer.contentType, `${label}: content type`).toMatch(/^application\/json/);
  expect(validatorOf(operation).validateSchema(errorShape, answer.json), `${label}: body ${answer.text}`).toEqual([]);
}

const missingCases = operations.flatMap((operation) => [
  ...operation.headers
    .filter((header) => header.required)
    .map((header) => ({ operation, name: header.name, where: "header" as const })),
  ...(operation.requestBody?.requiredFields ?? []).map((name) => ({ operation, name, where: "body field" as const })),
]);

describe("a request missing a required header or body field gets the error x-mock-when documents", () => {
  test.each(missingCases.map((c) => [`${nameOf(c.operation)} without ${c.where} ${c.name}`, c] as const))(
    "%s",
    async (label, { operation, name, where }) => {
      const error = errorForMissing(operation, name);
      const headers = exampleHeaders(operation);
      const body = exampleBody(operation) ?? {};
      if (where === "header") delete headers[name];
      else delete body[name];
      const answer = await call(operation, headers, body);
      const got = answer.json as { error_code?: string; error_msg?: string } | undefined;
      if (!error) {
        // The vendor documents no error for it: a mock-owned code that names the field.
        expectErrorShape(operation, label, answer);
        expect(answer.status, `${label}: HTTP status`).toBe(400);
        expect(got?.error_code, `${label}: a mock-owned code`).toMatch(/^MOCK\./);
        expect(operation.errors.map((documented) => documented.code)).not.toContain(got?.error_code);
        expect(got?.error_msg, `${label}: the message names ${name}`).toContain(name);
        return;
      }
      expect(specProblems(operation, `without ${name}`, answer)).toEqual([]);
      expect(
        { httpStatus: answer.status, code: got?.error_code },
        `${label}: expected ${error.code} (HTTP ${error.httpStatus})`,
      ).toEqual({ httpStatus: error.httpStatus, code: error.code });
      const message = error.message.includes("{0}") ? error.message.replaceAll("{0}", name) : error.example.error_msg;
      expect(got?.error_msg, `${label}: message of ${error.code}`).toBe(message);
    },
  );
});

describe("mistakes no endpoint documents get JSON errors", () => {
  const [first] = operations;
  if (!first) throw new Error("the spec has no operations");

  test("the spec's error responses have a shared $ref schema", () => {
    expect(errorShape).toHaveProperty("$ref");
  });

  test.each(operations.map((operation) => [nameOf(operation), operation] as const))(
    "%s without its product's base path gets 404 naming the base paths",
    async (name, operation) => {
      const answer = await send(`${mock.url}${operation.path}`, operation.method, exampleHeaders(operation), undefined);
      expect(answer.status, `${name} outside the base paths: HTTP status`).toBe(404);
      expectErrorShape(operation, `${name} outside the base paths`, answer);
      expect(answer.json).toMatchObject({ error_code: "MOCK.NOT_FOUND" });
      for (const product of PRODUCTS) expect(answer.text).toContain(new URL(mock.baseUrl(product)).pathname);
    },
  );

  test.each(PRODUCTS)("an unknown path under the %s base path gets 404 with a JSON error body", async (product) => {
    const answer = await send(`${mock.baseUrl(product)}${first.path}/no-such-endpoint`, "POST", {}, {});
    expect(answer.status, "unknown path: HTTP status").toBe(404);
    expectErrorShape(first, "unknown path", answer);
  });

  const METHODS = ["GET", "PUT", "PATCH", "DELETE", "POST"];
  test.each(operations.map((operation) => [nameOf(operation), operation] as const))(
    "%s: a method the spec does not list at its path gets 405 with a JSON error body",
    async (name, operation) => {
      const listed = operations
        .filter((other) => other.product === operation.product && other.path === operation.path)
        .map((other) => other.method);
      const method = METHODS.find((candidate) => !listed.includes(candidate)) ?? "PUT";
      const url = `${mock.baseUrl(operation.product)}${operation.path}`;
      const answer = await send(url, method, exampleHeaders(operation), undefined);
      expect(answer.status, `${name} with ${method}: HTTP status`).toBe(405);
      expectErrorShape(operation, `${name} ${method}`, answer);
    },
  );
});
