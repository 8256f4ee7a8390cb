// Product slices, unknown paths, wrong methods, CORS, and startMock's own errors.
import { createServer } from "node:net";
import { listOperations, loadSpec } from "@idaas-sdk/spec";
import { createValidator } from "@idaas-sdk/spec/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MockStartError, type RunningMock, startMock } from "./index.js";
import { call, exampleBody, exampleHeaders } from "./test-support/requests.js";

const spec = loadSpec("all");
const validator = createValidator(spec);
const operations = listOperations(spec);
const errorResponse = { $ref: "#/components/schemas/ErrorResponse" };
const mocks: Partial<Record<"all" | "eiam" | "ciam", RunningMock>> = {};

beforeAll(async () => {
  for (const product of ["all", "eiam", "ciam"] as const) mocks[product] = await startMock({ port: 0, product });
});
afterAll(() => Promise.all(Object.values(mocks).map((mock) => mock.close())));

const url = (product: "all" | "eiam" | "ciam") => {
  const mock = mocks[product];
  if (!mock) throw new Error(`no ${product} mock`);
  return mock.url;
};

describe("product slices serve only their endpoints", () => {
  const cases = (["eiam", "ciam"] as const).flatMap((product) => {
    const served = listOperations(loadSpec(product)).map((operation) => operation.operationId);
    return operations.map((operation) => ({ product, operation, served: served.includes(operation.operationId) }));
  });
  it("each slice serves some endpoints and not others", () => {
    for (const product of ["eiam", "ciam"] as const) {
      expect(cases.filter((entry) => entry.product === product && entry.served).length).toBeGreaterThan(0);
      expect(cases.filter((entry) => entry.product === product && !entry.served).length).toBeGreaterThan(0);
    }
  });
  it.each(cases)("$product: $operation.operationId served: $served", async ({ product, operation, served }) => {
    const answer = await call(url(product), operation, {
      headers: exampleHeaders(operation),
      body: exampleBody(operation),
    });
    expect(answer.status).toBe(served ? 200 : 404);
  });
});

describe("mistakes no endpoint documents get mock errors shaped like the vendor's", () => {
  it("an unknown path → 404 listing the endpoints", async () => {
    const answer = await call(url("all"), { method: "POST", path: "/api/v2/sdk/no-such-endpoint" }, { body: {} });
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.json).toMatchObject({ error_code: "MOCK.NOT_FOUND" });
    expect(validator.validateSchema(errorResponse, answer.json)).toEqual([]);
    for (const operation of operations) expect(answer.text).toContain(operation.path);
  });

  it.each(operations)("$operationId: a wrong method → 405 with Allow", async (operation) => {
    const method = operation.method === "GET" ? "PUT" : "GET";
    const answer = await call(url("all"), { method, path: operation.path });
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe(operation.method);
    expect(answer.json).toMatchObject({ error_code: "MOCK.METHOD_NOT_ALLOWED" });
    expect(validator.validateSchema(errorResponse, answer.json)).toEqual([]);
  });

  it.each(operations)("$operationId: a body that is not JSON → 400 with a JSON body", async (operation) => {
    const answer = await call(url("all"), operation, {
      headers: { ...exampleHeaders(operation), "Content-Type": "text/plain" },
      rawBody: "mobile=1",
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(validator.validateResponse(operation.operationId, 400, answer.json)).toEqual([]);
  });

  it("a CORS preflight is answered", async () => {
    const [operation] = operations;
    if (!operation) throw new Error("no operation");
    const response = await fetch(`${url("all")}${operation.path}`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": operation.method },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(response.headers.get("access-control-allow-methods")).toContain(operation.method);
  });
});

describe("startMock", () => {
  it("binds 127.0.0.1 by default", () => {
    expect(new URL(url("all")).hostname).toBe("127.0.0.1");
  });

  it.each([
    { options: { product: "other" as "all" }, message: /unknown product "other"/ },
    { options: { port: -1 }, message: /invalid port -1/ },
    { options: { port: 1.5 }, message: /invalid port 1.5/ },
    { options: { log: true as never }, message: /invalid log option; expected a function/ },
  ])("rejects $options", async ({ options, message }) => {
    await expect(startMock({ port: 0, ...options })).rejects.toThrow(message);
  });

  it("rejects a busy port with a one-line MockStartError", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const failure = await startMock({ port }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MockStartError);
      expect((failure as Error).message).toBe(`port ${port} on 127.0.0.1 is already in use; pick another with --port`);
    } finally {
      blocker.close();
    }
  });
});
