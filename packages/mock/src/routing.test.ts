// Base paths, product restriction, unknown paths, wrong methods, CORS, and startMock's own errors.
import { createServer } from "node:net";
import { exampleHeaders, PRODUCTS, type Product } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MockStartError, type RunningMock, startMock } from "./index.js";
import { ERROR_RESPONSE, expectAnswer, expectedAnswer, requiredFields } from "./test-support/expected.js";
import { call, exampleRequest, operations, send, validatorOf } from "./test-support/requests.js";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const pathOf = (baseUrl: string) => new URL(baseUrl).pathname;
const methodsAt = (product: Product, path: string) =>
  operations.filter((other) => other.product === product && other.path === path).map((other) => other.method);

let mock: RunningMock;
const only: Partial<Record<Product, RunningMock>> = {};
beforeAll(async () => {
  mock = await startMock({ port: 0 });
  for (const product of PRODUCTS) only[product] = await startMock({ port: 0, product });
});
afterAll(() => Promise.all([mock, ...Object.values(only)].map((running) => running.close())));

describe("one port, each product under its base path", () => {
  it("serves both products, each at <origin>/<product>", () => {
    expect(mock.products).toEqual(PRODUCTS);
    for (const product of PRODUCTS) expect(mock.baseUrl(product)).toBe(`${mock.url}/${product}`);
  });

  it.each(operations)("$name: a documented request under its base path gets 2xx", async (operation) => {
    const answer = await send(mock, operation, exampleRequest(operation));
    expect(answer.status).toBeGreaterThanOrEqual(200);
    expect(answer.status).toBeLessThan(300);
  });

  // Under the other product's base path the operation's path is unknown, or known with other methods (405), or
  // is the other product's own operation (a shared path): the latter is that operation's business.
  const elsewhere = operations.flatMap((operation) =>
    PRODUCTS.filter((product) => product !== operation.product)
      .filter((product) => !methodsAt(product, operation.path).includes(operation.method))
      .map((product) => ({ operation, product, status: methodsAt(product, operation.path).length > 0 ? 405 : 404 })),
  );
  it.each(elsewhere)(
    "$operation.name under the $product base path → $status",
    async ({ operation, product, status }) => {
      const answer = await call(mock.baseUrl(product), operation, exampleRequest(operation));
      expect(answer.status).toBe(status);
      expect(validatorOf(product).validateSchema(ERROR_RESPONSE, answer.json)).toEqual([]);
    },
  );
});

describe("startMock({ product }) serves that product only", () => {
  const cases = PRODUCTS.flatMap((product) =>
    PRODUCTS.filter((other) => other !== product).map((other) => ({ product, other })),
  );
  it.each(cases)("$product only: $other is not served", async ({ product, other }) => {
    const running = only[product] as RunningMock;
    expect(running.products).toEqual([product]);
    expect(() => running.baseUrl(other)).toThrow(`does not serve "${other}"`);
    const operation = operations.find((candidate) => candidate.product === other);
    if (!operation) throw new Error(`no ${other} operation`);
    const answer = await call(`${running.url}${pathOf(mock.baseUrl(other))}`, operation, exampleRequest(operation));
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ error_code: "MOCK.NOT_FOUND" });
    expect(answer.text).toContain(pathOf(running.baseUrl(product)));
  });

  it.each(operations)("$name: answered by the mock of its product alone", async (operation) => {
    const answer = await send(only[operation.product] as RunningMock, operation, exampleRequest(operation));
    expect(answer.status).toBeLessThan(300);
  });
});

describe("mistakes no endpoint documents get mock errors shaped like the vendor's", () => {
  const [first] = operations;
  if (!first) throw new Error("the spec has no operation");

  const outside = [
    ...operations.map((operation) => ({ name: `${operation.name}'s path without a base path`, operation })),
    { name: "the root", operation: { ...first, path: "/" } },
    {
      name: "a base path's name inside another word",
      operation: { ...first, path: `/${first.product}x${first.path}` },
    },
  ];
  it.each(outside)("$name → 404 naming the base paths", async ({ operation }) => {
    const answer = await call(mock.url, operation, exampleRequest(operation));
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.json).toMatchObject({ error_code: "MOCK.NOT_FOUND" });
    expect(validatorOf(first.product).validateSchema(ERROR_RESPONSE, answer.json)).toEqual([]);
    for (const product of PRODUCTS) expect(answer.text).toContain(pathOf(mock.baseUrl(product)));
  });

  it.each(PRODUCTS)("%s: an unknown path under its base path → 404 listing its endpoints", async (product) => {
    const answer = await call(mock.baseUrl(product), { method: "POST", path: "/no-such-endpoint" }, { body: {} });
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ error_code: "MOCK.NOT_FOUND" });
    expect(validatorOf(product).validateSchema(ERROR_RESPONSE, answer.json)).toEqual([]);
    for (const operation of operations.filter((candidate) => candidate.product === product)) {
      expect(answer.text).toContain(`${operation.method} ${pathOf(mock.baseUrl(product))}${operation.path}`);
    }
  });

  it.each(operations)("$name: a wrong method → 405 with Allow", async (operation) => {
    const listed = methodsAt(operation.product, operation.path);
    const method = METHODS.find((candidate) => !listed.includes(candidate)) ?? "PUT";
    const answer = await call(mock.baseUrl(operation.product), { method, path: operation.path });
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe(listed.join(", "));
    expect(answer.json).toMatchObject({ error_code: "MOCK.METHOD_NOT_ALLOWED" });
    expect(validatorOf(operation.product).validateSchema(ERROR_RESPONSE, answer.json)).toEqual([]);
  });

  const withBody = operations.filter((operation) => requiredFields(operation).length > 0);
  it.each(withBody)("$name: a body that is not JSON → its body fields' 400, as JSON", async (operation) => {
    const answer = await send(mock, operation, {
      headers: { ...exampleHeaders(operation), "Content-Type": "text/plain" },
      rawBody: "mobile=1",
    });
    expectAnswer(answer, operation, expectedAnswer(operation, requiredFields(operation)), {});
  });

  it.each(operations)("$name: a CORS preflight is answered", async (operation) => {
    const response = await fetch(`${mock.baseUrl(operation.product)}${operation.path}`, {
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
    expect(new URL(mock.url).hostname).toBe("127.0.0.1");
  });

  it.each([
    {
      options: { product: "all" as Product },
      message: new RegExp(`^unknown product "all"; expected one of ${PRODUCTS.join(", ")}$`),
    },
    { options: { product: "other" as Product }, message: /^unknown product "other"/ },
    { options: { port: -1 }, message: /^invalid port -1/ },
    { options: { port: 1.5 }, message: /^invalid port 1.5/ },
    { options: { log: true as never }, message: /^invalid log option; expected a function/ },
  ])("rejects $options with a one-line MockStartError", async ({ options, message }) => {
    const failure = await startMock({ port: 0, ...options }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MockStartError);
    expect((failure as Error).message).toMatch(message);
    expect((failure as Error).message).not.toContain("\n");
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
