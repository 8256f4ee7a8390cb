// Every named outcome of every endpoint is reachable with Prefer and returned byte for byte as the spec gives it.
import { listOperations, loadSpec } from "@idaas-sdk/spec";
import { createValidator } from "@idaas-sdk/spec/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "./index.js";
import { call, exampleBody, exampleHeaders } from "./test-support/requests.js";

const spec = loadSpec("all");
const validator = createValidator(spec);
const operations = listOperations(spec);
const examples = operations.flatMap((operation) =>
  operation.responses.flatMap((response) =>
    response.examples.map((example) => ({ operation, status: response.status, example })),
  ),
);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock.close());

describe("the requests the tests send", () => {
  it.each(operations)("$operationId: its request example is valid", (operation) => {
    expect(validator.validateRequestBody(operation.operationId, exampleBody(operation))).toEqual([]);
  });
});

describe("Prefer: example=<name>", () => {
  it.each(examples)("$operation.operationId: $example.name", async ({ operation, status, example }) => {
    const answer = await call(mock.url, operation, {
      headers: { ...exampleHeaders(operation), Prefer: `example=${example.name}` },
      body: exampleBody(operation),
    });
    expect(answer.status).toBe(status);
    expect(answer.text).toBe(JSON.stringify(example.value));
    expect(answer.headers.get("x-mock-example")).toBe(example.name);
    expect(answer.headers.get("x-mock-validation")).toBeNull();
    expect(validator.validateResponse(operation.operationId, status, answer.json)).toEqual([]);
  });
});

describe("Prefer: code=<status>", () => {
  const cases = operations.flatMap((operation) => operation.responses.map((response) => ({ operation, response })));
  it.each(cases)("$operation.operationId: $response.status", async ({ operation, response }) => {
    const answer = await call(mock.url, operation, {
      headers: { ...exampleHeaders(operation), Prefer: `code=${response.status}` },
      body: exampleBody(operation),
    });
    expect(answer.status).toBe(response.status);
    const first = response.examples[0];
    expect(answer.text).toBe(first ? JSON.stringify(first.value) : "");
    expect(validator.validateResponse(operation.operationId, response.status, answer.json)).toEqual([]);
  });
});

describe("no Prefer header", () => {
  it.each(operations)("$operationId: a valid request gets its success outcome", async (operation) => {
    const answer = await call(mock.url, operation, {
      headers: exampleHeaders(operation),
      body: exampleBody(operation),
    });
    const success = operation.responses.filter((response) => response.status < 300)[0];
    expect(success).toBeDefined();
    expect(answer.status).toBe(success?.status);
    const example = success?.examples[0];
    if (example) {
      expect(example.name).toBe("success");
      expect(answer.text).toBe(JSON.stringify(example.value));
    } else {
      // A 2xx response without content (the SMS send): an empty body and no content type.
      expect(success?.schema).toBeUndefined();
      expect(answer.text).toBe("");
      expect(answer.headers.get("content-type")).toBeNull();
    }
    expect(validator.validateResponse(operation.operationId, answer.status, answer.json)).toEqual([]);
  });
});

describe("a Prefer the endpoint cannot honour", () => {
  const [operation] = operations;
  if (!operation) throw new Error("the spec has no operation");
  const undocumented = [200, 201, 204, 400, 404, 422, 500].find(
    (status) => !operation.responses.some((response) => response.status === status),
  );
  const errorExample = examples.find((entry) => entry.operation === operation && entry.status >= 400);
  const successExample = examples.find((entry) => entry.operation === operation && entry.status < 300);
  const cases = [
    { prefer: "example=no-such-outcome", mentions: successExample?.example.name },
    { prefer: `code=${undocumented}`, mentions: String(undocumented) },
    {
      prefer: `code=${successExample?.status}, example=${errorExample?.example.name}`,
      mentions: errorExample?.example.name,
    },
    { prefer: "code=abc", mentions: "code" },
  ];
  it.each(cases)("Prefer: $prefer → 422 MOCK.PREFER naming the problem", async ({ prefer, mentions }) => {
    const answer = await call(mock.url, operation, {
      headers: { ...exampleHeaders(operation), Prefer: prefer },
      body: exampleBody(operation),
    });
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({ error_code: "MOCK.PREFER" });
    expect((answer.json as { error_msg: string }).error_msg).toContain(mentions);
  });
});
