// Where the vendor documents no error, the mock answers a mock-owned MOCK.… error, never a vendor code. The
// bundles are served changed in one way each: without any x-mock-when rule, or with every request body optional
// and free of required fields.
import { exampleHeaders, listOperations, loadSpec, PRODUCTS, type Product, type SpecDocument } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNDOCUMENTED } from "./request-rules.js";
import { type RunningMock, startMockOfBundles } from "./start.js";
import { requiredParameters } from "./test-support/expected.js";
import { type Answer, call, exampleRequest, nameOf } from "./test-support/requests.js";

type Documents = Record<Product, SpecDocument>;
const bundles = (change: (document: SpecDocument) => SpecDocument) =>
  Object.fromEntries(PRODUCTS.map((product) => [product, change(loadSpec(product))])) as Documents;
const operationsOf = (documents: Documents) =>
  PRODUCTS.flatMap((product) => listOperations(documents[product])).map((operation) => ({
    ...operation,
    name: nameOf(operation),
  }));

const withoutRules = bundles((document) =>
  JSON.parse(JSON.stringify(document), (key, value) => (key === "x-mock-when" ? undefined : value)),
);
const optionalBodies = bundles((document) => {
  type Operation = { requestBody?: { content: Record<string, object> } };
  for (const item of Object.values(document.paths ?? {}) as Record<string, Operation>[]) {
    for (const operation of Object.values(item)) {
      const [mediaType] = Object.keys(operation.requestBody?.content ?? {});
      if (!operation.requestBody || !mediaType) continue;
      const content = { [mediaType]: { schema: { type: "object" }, examples: { default: { value: {} } } } };
      operation.requestBody = { required: false, content } as never;
    }
  }
  return document;
});

const mocks: Partial<Record<"withoutRules" | "optionalBodies", RunningMock>> = {};
beforeAll(async () => {
  mocks.withoutRules = await startMockOfBundles(withoutRules, { port: 0 });
  mocks.optionalBodies = await startMockOfBundles(optionalBodies, { port: 0 });
});
afterAll(() => Promise.all(Object.values(mocks).map((mock) => mock.close())));

const send = (which: keyof typeof mocks, operation: ReturnType<typeof operationsOf>[number], init: object) => {
  const mock = mocks[which];
  if (!mock) throw new Error(`no ${which} mock`);
  return call(mock.baseUrl(operation.product), operation, init);
};

/** A mock error: HTTP 400, a MOCK. code, a message naming `mentions`, no code of the vendor. */
function expectMockError(answer: Answer, code: string, mentions: string) {
  expect(answer.status).toBe(400);
  expect(answer.headers.get("content-type")).toBe("application/json");
  expect(answer.json).toMatchObject({ error_code: code });
  expect((answer.json as { error_msg: string }).error_msg).toContain(mentions);
}

describe("a required parameter no rule covers", () => {
  const operations = operationsOf(withoutRules);
  const cases = operations.flatMap((operation) => requiredParameters(operation).map((field) => ({ operation, field })));
  it("the changed bundles have no rule left", () => {
    expect(operations.flatMap((operation) => operation.errors).filter((error) => error.mockWhen)).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)("$operation.name without $field → MOCK.MISSING_PARAMETER", async ({ operation, field }) => {
    const { headers, body } = exampleRequest(operation);
    if (field in headers) delete headers[field];
    else if (body) delete body[field];
    const answer = await send("withoutRules", operation, { headers, body });
    expectMockError(answer, UNDOCUMENTED.missing, field);
  });

  const typed = cases.filter(({ operation, field }) => operation.requestBody?.requiredFields.includes(field));
  it.each(typed)("$operation.name with a numeric $field → MOCK.INVALID_PARAMETER", async ({ operation, field }) => {
    const { headers, body } = exampleRequest(operation);
    const answer = await send("withoutRules", operation, { headers, body: { ...body, [field]: 12345 } });
    expectMockError(answer, UNDOCUMENTED.invalid, field);
  });
});

describe("an operation whose body is optional and has no required field", () => {
  const operations = operationsOf(optionalBodies).filter((operation) => operation.requestBody);
  it("the changed bundles have such operations", () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) expect(operation.requestBody?.requiredFields).toEqual([]);
  });

  it.each(operations)("$name without a body → its success", async (operation) => {
    const { "Content-Type": _, ...headers } = exampleHeaders(operation);
    const answer = await send("optionalBodies", operation, { headers });
    expect(answer.status).toBeLessThan(300);
  });

  it.each(operations)("$name with a body that is not JSON → MOCK.INVALID_REQUEST", async (operation) => {
    const answer = await send("optionalBodies", operation, { headers: exampleHeaders(operation), rawBody: "{oops" });
    expectMockError(answer, UNDOCUMENTED.request, "not valid JSON");
    expect(answer.text).not.toContain("oops");
  });

  it.each(operations)("$name with a body that is not an object → MOCK.INVALID_REQUEST", async (operation) => {
    const answer = await send("optionalBodies", operation, { headers: exampleHeaders(operation), body: [1] });
    expectMockError(answer, UNDOCUMENTED.request, "body");
  });
});
