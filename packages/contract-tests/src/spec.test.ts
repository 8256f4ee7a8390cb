// 1. The bundles every package reads, and the validator every check here trusts. Each bundle, the decorator's
// error_code enums included, is valid OpenAPI 3.1 by the official meta-schema (redocly lint sees the sources, not
// the decorated bundle). @idaas-sdk/spec/validator, on these bundles, refuses each answer the spec does not
// document, naming the problem: otherwise "validates against the spec" would hold of any answer. That it accepts
// every named example is spec/test/examples.test.ts.
import { type CatalogOperation, errorFieldsOf, loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";
import { nameOf, operations, specs, statusValues, validatorOf } from "./support/spec.js";

describe.each(PRODUCTS)("bundle %s", (product) => {
  test("is valid OpenAPI 3.1 by the official JSON Schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(loadSpec(product));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });
});

interface Refusal {
  label: string;
  operation: CatalogOperation;
  httpStatus: number;
  body: unknown;
  /** What the validator must say. */
  problem: string;
}

const UNDOCUMENTED_VALUE = "NOT_IN_THE_SPEC";
// Candidates for "an HTTP status the spec does not document"; each operation takes the first one it lacks.
const CANDIDATE_STATUSES = [201, 404, 418, 502];

/** Answers the operation does not document, each built from one of its own named examples. */
function refusalsOf(operation: CatalogOperation): Refusal[] {
  const name = nameOf(operation);
  const refusals: Refusal[] = [];
  const [firstError] = operation.errors;
  if (!firstError) throw new Error(`${name} documents no error`);

  const documented = operation.responses.map((response) => response.status);
  const undocumented = CANDIDATE_STATUSES.find((status) => !documented.includes(status)) ?? 599;
  refusals.push({
    label: `${name}: its ${firstError.code} body at the undocumented HTTP ${undocumented}`,
    operation,
    httpStatus: undocumented,
    body: firstError.example,
    problem: `HTTP ${undocumented} is not documented for ${operation.operationId} (documented: ${documented.join(", ")})`,
  });

  const { field, values } = statusValues(operation);
  const success = operation.responses.find((response) => response.status === 200);
  const example = success?.examples.find((candidate) => field in (candidate.value as object));
  if (success && example) {
    const discriminated = validatorOf(operation).resolve<{ discriminator?: object }>(success.schema)?.discriminator;
    refusals.push({
      label: `${name}: its ${example.name} example with the undocumented ${field} ${UNDOCUMENTED_VALUE}`,
      operation,
      httpStatus: 200,
      body: { ...(example.value as object), [field]: UNDOCUMENTED_VALUE },
      problem: discriminated
        ? `/${field} is "${UNDOCUMENTED_VALUE}", not one of ${values.join(", ")}`
        : `/${field} must be equal to constant`,
    });
  }

  for (const response of operation.responses) {
    if (!response.schema) {
      refusals.push({
        label: `${name}: the ${firstError.code} body on its bodiless HTTP ${response.status}`,
        operation,
        httpStatus: response.status,
        body: firstError.example,
        problem: "expected an empty body",
      });
      continue;
    }
    if (response.status < 400) continue;
    const fields = errorFieldsOf(specs[operation.product]);
    const own = operation.errors.filter((error) => error.httpStatus === response.status);
    const [first] = own;
    if (!first) throw new Error(`${name} lists no code under HTTP ${response.status}`);
    // A code of the same product that this response does not list: the decorator's enum must leave it out.
    const foreign = operations
      .filter((other) => other.product === operation.product)
      .flatMap((other) => other.errors)
      .find((error) => !own.some((candidate) => candidate.code === error.code));
    if (foreign) {
      refusals.push({
        label: `${name}: HTTP ${response.status} with ${foreign.code}, a code it does not list`,
        operation,
        httpStatus: response.status,
        body: { ...first.example, [fields.code]: foreign.code },
        problem: `/${fields.code} must be equal to one of the allowed values`,
      });
    }
    const withoutMessage: Record<string, string> = { ...first.example };
    delete withoutMessage[fields.message];
    refusals.push({
      label: `${name}: HTTP ${response.status} ${first.code} without its ${fields.message}`,
      operation,
      httpStatus: response.status,
      body: withoutMessage,
      problem: `(root) must have required property '${fields.message}'`,
    });
  }
  return refusals;
}

const refusals = operations.flatMap(refusalsOf);

test("the refusals cover every kind of undocumented answer", () => {
  const kinds = [
    "undocumented HTTP",
    `undocumented status ${UNDOCUMENTED_VALUE}`,
    "bodiless",
    "does not list",
    "without",
  ];
  for (const kind of kinds)
    expect(
      refusals.some((refusal) => refusal.label.includes(kind)),
      kind,
    ).toBe(true);
});

test.each(refusals.map((refusal) => [refusal.label, refusal] as const))("%s is refused", (_, refusal) => {
  const { operation, httpStatus, body, problem } = refusal;
  const problems = validatorOf(operation).validateResponse(operation.operationId, httpStatus, body);
  expect(problems).toContain(problem);
});
