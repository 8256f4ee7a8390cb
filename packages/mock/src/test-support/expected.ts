// What the spec's x-mock-when rules say the mock answers for a missing or invalid parameter: the tests' oracle,
// read through the catalog's one x-mock-when reader (errorForMissing), as the mock's request rules read them.
import { type CatalogOperation, errorForMissing, shownMessage } from "@idaas-sdk/spec";
import { expect } from "vitest";
import { UNDOCUMENTED } from "../request-rules.js";
import { type Answer, validatorOf } from "./requests.js";

export const requiredHeaders = (operation: CatalogOperation) =>
  operation.headers.filter((header) => header.required).map((header) => header.name);
export const requiredFields = (operation: CatalogOperation) => operation.requestBody?.requiredFields ?? [];
/** The required parameters in the order the mock ranks their problems: headers, then body fields. */
export const requiredParameters = (operation: CatalogOperation) => [
  ...requiredHeaders(operation),
  ...requiredFields(operation),
];
export const isHeader = (operation: CatalogOperation, field: string) => requiredHeaders(operation).includes(field);

export interface Expected {
  status: number;
  code: string;
  field: string;
  /** The exact body when a vendor error answers; a mock error is checked by its code and the field it names. */
  body?: { error_code: string; error_msg: string };
}

/** The answer to a request whose `fields` (in the order of requiredParameters) are all missing or invalid. */
export function expectedAnswer(
  operation: CatalogOperation,
  fields: string[],
  problem: "missing" | "invalid" = "missing",
): Expected {
  const covered = fields.find((field) => errorForMissing(operation, field));
  const error = covered === undefined ? undefined : errorForMissing(operation, covered);
  if (covered !== undefined && error) {
    // A message the page cuts is answered with its whole words and a note, never cut.
    const message = error.message.includes("{0}") ? error.message.replace("{0}", covered) : shownMessage(error);
    const body = { ...error.example, error_msg: message };
    return { status: error.httpStatus, code: error.code, field: covered, body };
  }
  const [first] = fields;
  if (first === undefined) throw new Error("expectedAnswer needs at least one field");
  return { status: 400, code: UNDOCUMENTED[problem], field: first };
}

/** The shared error body of the spec: a mock error is shaped like the vendor's. */
export const ERROR_RESPONSE = { $ref: "#/components/schemas/ErrorResponse" };

/** The vendor codes the operation documents: a mock error must never use one. */
export const vendorCodes = (operation: CatalogOperation) => operation.errors.map((error) => error.code);

/** The expected error, valid by the spec, and a validation header that names the field and repeats no value. */
export function expectAnswer(answer: Answer, operation: CatalogOperation, expected: Expected, sent: object) {
  expect(answer.status).toBe(expected.status);
  expect(answer.headers.get("content-type")).toBe("application/json");
  const json = answer.json as { error_code: string; error_msg: string };
  if (expected.body) {
    expect(json).toEqual(expected.body);
    expect(validatorOf(operation.product).validateResponse(operation.operationId, answer.status, json)).toEqual([]);
  } else {
    expect(validatorOf(operation.product).validateSchema(ERROR_RESPONSE, json)).toEqual([]);
    expect(json.error_code).toBe(expected.code);
    expect(json.error_msg).toContain(expected.field);
    expect(vendorCodes(operation)).not.toContain(json.error_code);
  }
  const findings = answer.headers.get("x-mock-validation");
  expect(findings).not.toBeNull();
  const parsed = JSON.parse(findings ?? "[]") as { location: string[] }[];
  expect(parsed.some((finding) => finding.location.includes(expected.field))).toBe(true);
  for (const value of Object.values(sent).filter((entry) => typeof entry === "string" && entry.length > 3)) {
    expect(findings).not.toContain(value);
    expect(answer.text).not.toContain(value);
  }
}
