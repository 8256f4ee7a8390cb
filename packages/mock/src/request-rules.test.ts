// Each invalid-request rule of the spec (x-mock-when on the error examples) returns its error, on both products;
// a required parameter no rule covers gets a mock-owned error, never a vendor code.
import { type CatalogOperation, exampleBody, exampleHeaders, PRODUCTS } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "./index.js";
import { expectAnswer, expectedAnswer, isHeader, requiredFields, requiredParameters } from "./test-support/expected.js";
import { operations, send, validatorOf } from "./test-support/requests.js";

/** Every (operation, required parameter) with the answer its absence gets. */
const parameters = operations.flatMap((operation) =>
  requiredParameters(operation).map((field) => ({
    operation,
    field,
    expected: expectedAnswer(operation, [field]),
  })),
);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock.close());

function withField(operation: CatalogOperation, field: string, value: unknown) {
  const headers = exampleHeaders(operation);
  const body = exampleBody(operation) ?? {};
  if (isHeader(operation, field)) {
    if (value === undefined) delete headers[field];
    else headers[field] = String(value);
  } else if (value === undefined) delete body[field];
  else body[field] = value;
  return { headers, body: operation.requestBody ? body : undefined };
}

describe("the rules the spec gives", () => {
  it("cover some required parameter of each product", () => {
    for (const product of PRODUCTS) {
      expect(parameters.some((entry) => entry.operation.product === product && entry.expected.body)).toBe(true);
    }
  });
});

describe.each(["absent", "empty", "blank"] as const)("a required parameter that is %s", (how) => {
  const value = { absent: undefined, empty: "", blank: "   " }[how];
  it.each(parameters)("$operation.name without $field → $expected.code", async ({ operation, field, expected }) => {
    const { headers, body } = withField(operation, field, value);
    const answer = await send(mock, operation, { headers, body });
    expectAnswer(answer, operation, expected, { ...headers, ...body });
  });
});

describe("a body field with a value of the wrong JSON type counts as missing", () => {
  const bodyFields = parameters
    .filter(({ operation, field }) => !isHeader(operation, field))
    .map((entry) => ({ ...entry, expected: expectedAnswer(entry.operation, [entry.field], "invalid") }));
  it.each(bodyFields)("$operation.name with a numeric $field → $expected.code", async (entry) => {
    const { operation, field, expected } = entry;
    const { headers, body } = withField(operation, field, 12345);
    const answer = await send(mock, operation, { headers, body });
    expectAnswer(answer, operation, expected, { ...headers, ...body });
  });
});

describe("a value the schema rejects counts as missing", () => {
  // Fields with an enum or a format: a string that is not one of the values, not an email address.
  const constrained = operations.flatMap((operation) =>
    requiredFields(operation)
      .filter((field) => {
        const validator = validatorOf(operation.product);
        const schema = validator.resolve<{ properties?: Record<string, unknown> }>(operation.requestBody?.schema);
        const property = JSON.stringify(validator.resolve(schema.properties?.[field]));
        return property.includes('"enum"') || property.includes('"format"');
      })
      .map((field) => ({ operation, field, expected: expectedAnswer(operation, [field], "invalid") })),
  );
  it("finds such fields in the spec", () => expect(constrained.length).toBeGreaterThan(0));
  it.each(constrained)("$operation.name with a bad $field → $expected.code", async ({ operation, field, expected }) => {
    const { headers, body } = withField(operation, field, "not-a-valid-value");
    expect(validatorOf(operation.product).validateRequestBody(operation.operationId, body)).not.toEqual([]);
    const answer = await send(mock, operation, { headers, body });
    expectAnswer(answer, operation, expected, { ...headers, ...body });
  });
});

describe("precedence", () => {
  const withParameters = operations.filter((operation) => requiredParameters(operation).length > 0);

  it.each(withParameters)(
    "$name with nothing at all → the first required parameter a rule covers",
    async (operation) => {
      const expected = expectedAnswer(operation, requiredParameters(operation));
      const answer = await send(mock, operation, {});
      expectAnswer(answer, operation, expected, {});
    },
  );

  const withBodyFields = operations.filter((operation) => requiredFields(operation).length > 0);
  it.each(withBodyFields)(
    "$name with headers but a body that is not JSON → its body fields' rule",
    async (operation) => {
      const expected = expectedAnswer(operation, requiredFields(operation));
      const answer = await send(mock, operation, { headers: exampleHeaders(operation), rawBody: "{not json" });
      expectAnswer(answer, operation, expected, {});
      expect(answer.headers.get("x-mock-validation")).toContain('"json"');
      expect(answer.headers.get("x-mock-validation")).not.toContain("not json");
    },
  );

  it.each(withParameters)("$name: a rule wins over Prefer", async (operation) => {
    const [first = ""] = requiredParameters(operation);
    const expected = expectedAnswer(operation, [first]);
    const { headers, body } = withField(operation, first, undefined);
    const answer = await send(mock, operation, { headers: { ...headers, Prefer: "code=200" }, body });
    expectAnswer(answer, operation, expected, { ...headers, ...body });
  });
});
