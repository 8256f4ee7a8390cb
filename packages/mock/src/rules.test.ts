// Each invalid-request rule of the spec (x-mock-when on the error examples) returns its error.
import { type CatalogError, type CatalogOperation, listOperations, loadSpec } from "@idaas-sdk/spec";
import { createValidator } from "@idaas-sdk/spec/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "./index.js";
import { type Answer, call, exampleBody, exampleHeaders } from "./test-support/requests.js";

const spec = loadSpec("all");
const validator = createValidator(spec);
const operations = listOperations(spec);

const requiredHeaders = (operation: CatalogOperation) =>
  operation.headers.filter((header) => header.required).map((header) => header.name);
const requiredFields = (operation: CatalogOperation) => operation.requestBody?.requiredFields ?? [];
const isHeader = (operation: CatalogOperation, field: string) => requiredHeaders(operation).includes(field);

/** The error a rule gives for a missing field: the first error naming the field, else the one naming "*". */
function expectedError(operation: CatalogOperation, field: string): CatalogError | undefined {
  const claims = (name: string) => operation.errors.find((error) => error.mockWhen?.missing?.includes(name));
  return claims(field) ?? claims("*");
}

function expectedBody(error: CatalogError, field: string) {
  return error.message.includes("{0}")
    ? { ...error.example, error_msg: error.message.replace("{0}", field) }
    : error.example;
}

/** Every (operation, field, error) the rules cover, expanding "*" to each required header and body field. */
const rules = operations.flatMap((operation) =>
  operation.errors.flatMap((error) =>
    (error.mockWhen?.missing ?? [])
      .flatMap((field) => (field === "*" ? [...requiredHeaders(operation), ...requiredFields(operation)] : [field]))
      .filter((field) => isHeader(operation, field) || requiredFields(operation).includes(field))
      .filter((field) => expectedError(operation, field) === error)
      .map((field) => ({ operation, field, error, code: error.code })),
  ),
);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock.close());

function withField(operation: CatalogOperation, field: string, value: unknown) {
  const headers = exampleHeaders(operation);
  const body = exampleBody(operation);
  if (isHeader(operation, field)) {
    if (value === undefined) delete headers[field];
    else headers[field] = String(value);
  } else if (value === undefined) delete body[field];
  else body[field] = value;
  return { headers, body };
}

/** The vendor error, valid by the spec, and a validation header that repeats no value of the request. */
function expectRule(answer: Answer, operation: CatalogOperation, error: CatalogError, field: string, sent: object) {
  expect(answer.status).toBe(error.httpStatus);
  expect(answer.json).toEqual(expectedBody(error, field));
  expect(validator.validateResponse(operation.operationId, answer.status, answer.json)).toEqual([]);
  const findings = answer.headers.get("x-mock-validation");
  expect(findings).not.toBeNull();
  const parsed = JSON.parse(findings ?? "[]") as { location: string[] }[];
  expect(parsed.some((finding) => finding.location.includes(field))).toBe(true);
  for (const value of Object.values(sent).filter((entry) => typeof entry === "string" && entry.length > 3)) {
    expect(findings).not.toContain(value);
  }
}

describe("the rules cover every required parameter", () => {
  it("lists at least one rule per operation", () => {
    for (const operation of operations) expect(rules.some((rule) => rule.operation === operation)).toBe(true);
  });
  const fields = operations.flatMap((operation) =>
    [...requiredHeaders(operation), ...requiredFields(operation)].map((field) => ({ operation, field })),
  );
  it.each(fields)("$operation.operationId: $field has a rule", ({ operation, field }) => {
    expect(expectedError(operation, field)).toBeDefined();
  });
});

describe.each(["absent", "empty", "blank"] as const)("a required parameter that is %s", (how) => {
  const value = { absent: undefined, empty: "", blank: "   " }[how];
  it.each(rules)("$operation.operationId without $field → $code", async ({ operation, field, error }) => {
    const { headers, body } = withField(operation, field, value);
    const answer = await call(mock.url, operation, { headers, body });
    expectRule(answer, operation, error, field, { ...headers, ...body });
  });
});

describe("a body field with a value of the wrong JSON type counts as missing", () => {
  const bodyRules = rules.filter(({ operation, field }) => !isHeader(operation, field));
  it.each(bodyRules)("$operation.operationId with a numeric $field → $code", async ({ operation, field, error }) => {
    const { headers, body } = withField(operation, field, 12345);
    const answer = await call(mock.url, operation, { headers, body });
    expectRule(answer, operation, error, field, { ...headers, ...body });
  });
});

describe("a value the schema rejects counts as missing", () => {
  // Fields with an enum or a format: a string that is not one of the values, not an email address.
  const constrained = operations.flatMap((operation) =>
    requiredFields(operation)
      .filter((field) => {
        const schema = validator.resolve<{ properties?: Record<string, unknown> }>(operation.requestBody?.schema);
        const property = JSON.stringify(validator.resolve(schema.properties?.[field]));
        return property.includes('"enum"') || property.includes('"format"');
      })
      .map((field) => ({ operation, field, error: expectedError(operation, field) })),
  );
  it("finds such fields in the spec", () => expect(constrained.length).toBeGreaterThan(0));
  it.each(constrained)("$operation.operationId with a bad $field", async ({ operation, field, error }) => {
    const { headers, body } = withField(operation, field, "not-a-valid-value");
    expect(validator.validateRequestBody(operation.operationId, body)).not.toEqual([]);
    const answer = await call(mock.url, operation, { headers, body });
    if (!error) throw new Error(`no rule for ${field}`);
    expectRule(answer, operation, error, field, { ...headers, ...body });
  });
});

describe("precedence", () => {
  it.each(operations)("$operationId with nothing at all → the rule of its first required header", async (operation) => {
    const [first] = requiredHeaders(operation);
    const error = first && expectedError(operation, first);
    if (!first || !error) throw new Error("no required header with a rule");
    const answer = await call(mock.url, operation, {});
    expect(answer.status).toBe(error.httpStatus);
    expect(answer.json).toEqual(expectedBody(error, first));
  });

  it.each(operations)(
    "$operationId with headers but a body that is not JSON → its first body field's rule",
    async (operation) => {
      const [first] = requiredFields(operation);
      const error = first && expectedError(operation, first);
      if (!first || !error) throw new Error("no required body field with a rule");
      const answer = await call(mock.url, operation, { headers: exampleHeaders(operation), rawBody: "{not json" });
      expect(answer.status).toBe(error.httpStatus);
      expect(answer.json).toEqual(expectedBody(error, first));
      expect(answer.headers.get("x-mock-validation")).toContain('"json"');
      expect(answer.headers.get("x-mock-validation")).not.toContain("not json");
    },
  );

  it.each(operations)("$operationId: a rule wins over Prefer", async (operation) => {
    const [first] = requiredHeaders(operation);
    const error = first && expectedError(operation, first);
    if (!first || !error) throw new Error("no required header with a rule");
    const { headers, body } = withField(operation, first, undefined);
    const answer = await call(mock.url, operation, { headers: { ...headers, Prefer: "code=200" }, body });
    expect(answer.json).toEqual(expectedBody(error, first));
  });
});
