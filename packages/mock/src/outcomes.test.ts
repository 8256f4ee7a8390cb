import { exampleBody, exampleHeaders } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "./index.js";
import { exampleRequest, operations, send, validatorOf } from "./test-support/requests.js";

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
  it.each(operations.filter((operation) => operation.requestBody))(
    "$name: its request example is valid",
    (operation) => {
      expect(validatorOf(operation.product).validateRequestBody(operation.operationId, exampleBody(operation))).toEqual(
        [],
      );
    },
  );
});

describe("Prefer: example=<name>", () => {
  it.each(examples)("$operation.name: $example.name", async ({ operation, status, example }) => {
    const answer = await send(mock, operation, {
      headers: { ...exampleHeaders(operation), Prefer: `example=${example.name}` },
      body: exampleBody(operation),
    });
    expect(answer.status).toBe(status);
    expect(answer.text).toBe(JSON.stringify(example.value));
    expect(answer.headers.get("x-mock-example")).toBe(example.name);
    expect(answer.headers.get("x-mock-validation")).toBeNull();
    expect(validatorOf(operation.product).validateResponse(operation.operationId, status, answer.json)).toEqual([]);
  });
});

describe("Prefer: code=<status>", () => {
  const cases = operations.flatMap((operation) => operation.responses.map((response) => ({ operation, response })));
  it.each(cases)("$operation.name: $response.status", async ({ operation, response }) => {
    const answer = await send(mock, operation, {
      headers: { ...exampleHeaders(operation), Prefer: `code=${response.status}` },
      body: exampleBody(operation),
    });
    expect(answer.status).toBe(response.status);
    const first = response.examples[0];
    expect(answer.text).toBe(first ? JSON.stringify(first.value) : "");
    expect(
      validatorOf(operation.product).validateResponse(operation.operationId, response.status, answer.json),
    ).toEqual([]);
  });
});

describe("no Prefer header", () => {
  it.each(operations)("$name: a valid request gets its first success example", async (operation) => {
    const answer = await send(mock, operation, exampleRequest(operation));
    const success = operation.responses.filter((response) => response.status < 300)[0];
    expect(success).toBeDefined();
    expect(answer.status).toBe(success?.status);
    const example = success?.examples[0];
    if (example) {
      expect(answer.text).toBe(JSON.stringify(example.value));
      expect(answer.headers.get("x-mock-example")).toBe(example.name);
    } else {
      // A 2xx response without content: an empty body and no content type.
      expect(success?.schema).toBeUndefined();
      expect(answer.text).toBe("");
      expect(answer.headers.get("content-type")).toBeNull();
    }
    expect(validatorOf(operation.product).validateResponse(operation.operationId, answer.status, answer.json)).toEqual(
      [],
    );
  });
});

describe("a Prefer the endpoint cannot honour", () => {
  const cases = operations.flatMap((operation) => {
    const undocumented = [200, 201, 204, 400, 404, 422, 500].find(
      (status) => !operation.responses.some((response) => response.status === status),
    );
    const own = examples.filter((entry) => entry.operation === operation);
    const errorExample = own.find((entry) => entry.status >= 400);
    const successExample = own.find((entry) => entry.status < 300);
    return [
      { operation, prefer: "example=no-such-outcome", mentions: own[0]?.example.name },
      { operation, prefer: `code=${undocumented}`, mentions: String(undocumented) },
      ...(errorExample && successExample
        ? [
            {
              operation,
              prefer: `code=${successExample.status}, example=${errorExample.example.name}`,
              mentions: errorExample.example.name,
            },
          ]
        : []),
      { operation, prefer: "code=abc", mentions: "code" },
    ];
  });
  it.each(cases)("$operation.name: Prefer: $prefer → 422 MOCK.PREFER naming the problem", async (entry) => {
    const { operation, prefer, mentions } = entry;
    const answer = await send(mock, operation, {
      headers: { ...exampleHeaders(operation), Prefer: prefer },
      body: exampleBody(operation),
    });
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({ error_code: "MOCK.PREFER" });
    expect((answer.json as { error_msg: string }).error_msg).toContain(mentions);
  });
});
