// The request rules: an invalid request gets the error the real service gives, chosen by the `x-mock-when.missing`
// rules of the spec's error examples. Precedence is deterministic: the first problem field in the endpoint's field
// order (headers as the spec lists them, then body fields) that a rule covers wins; a present but invalid value
// counts as missing. Where the vendor documents no error for a problem, the mock answers one of its own `MOCK.`
// codes, never a vendor code the spec does not give for that case.
import { shownMessage } from "@idaas-sdk/spec";
import type { Endpoint } from "./endpoints.js";
import { errorBody, type Finding, mockCode, mockError, type Reply } from "./http/reply.js";

export interface Offence {
  field: string;
  problem: "missing" | "invalid";
}

/** The mock's own codes (HTTP 400) for request problems no error of the spec covers. */
export const UNDOCUMENTED = {
  missing: mockCode("MISSING_PARAMETER"),
  invalid: mockCode("INVALID_PARAMETER"),
  request: mockCode("INVALID_REQUEST"),
} as const;
const NO_VENDOR_ERROR = "the spec documents no vendor error for it";

const isBlank = (value: unknown) => value === undefined || value === null || String(value).trim() === "";
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Required headers and body fields that are absent, null or blank; a body that is not a JSON object lacks all. */
export function missingFields(endpoint: Endpoint, headers: Record<string, string>, body: unknown): Offence[] {
  const sent = (field: string) =>
    endpoint.fields.headers.includes(field) ? headers[field.toLowerCase()] : isObject(body) ? body[field] : undefined;
  return endpoint.fields.required
    .filter((field) => isBlank(sent(field)))
    .map((field): Offence => ({ field, problem: "missing" }));
}

/** Headers and body fields longer than the mock takes (`x-mock-max-length`): invalid, with a finding each. */
export function tooLongFields(
  endpoint: Endpoint,
  headers: Record<string, string>,
  body: unknown,
): { offences: Offence[]; findings: Finding[] } {
  const offences: Offence[] = [];
  const findings: Finding[] = [];
  for (const [field, limit] of endpoint.maxLengths) {
    const isHeader = endpoint.fields.headers.includes(field);
    const value = isHeader ? headers[field.toLowerCase()] : isObject(body) ? body[field] : undefined;
    if (typeof value !== "string" || value.length <= limit) continue;
    offences.push({ field, problem: "invalid" });
    findings.push({
      location: ["request", isHeader ? "header" : "body", field],
      code: "x-mock-max-length",
      message: `longer than the ${limit} characters the mock takes (its own limit, not the vendor's)`,
    });
  }
  return { offences, findings };
}

/** Fields Prism found invalid (wrong type, not in the enum, bad format), named as the spec names them. */
export function invalidFields(endpoint: Endpoint, findings: Finding[]): Offence[] {
  const offences: Offence[] = [];
  for (const { location } of findings) {
    const [side, where, name] = location; // ["request", "header" | "body", field, ...]
    if (side !== "request" || name === undefined) continue;
    const field =
      where === "header"
        ? endpoint.fields.headers.find((header) => header.toLowerCase() === name.toLowerCase())
        : where === "body"
          ? endpoint.fields.body.find((property) => property === name)
          : undefined;
    if (field) offences.push({ field, problem: "invalid" });
  }
  return offences;
}

/** The vendor error for the first offence a rule covers; else a mock error naming the first offence. */
export function answerFor(endpoint: Endpoint, offences: Offence[]): Reply | undefined {
  const order = [...endpoint.fields.headers, ...endpoint.fields.body];
  const rank = (offence: Offence) => order.indexOf(offence.field);
  const sorted = [...offences].sort((a, b) => rank(a) - rank(b) || (a.problem === "missing" ? -1 : 1));
  for (const offence of sorted) {
    const error = endpoint.errorFor(offence.field);
    if (!error) continue;
    // A message template with a placeholder (EIAM's "Parameter {0} cannot be left blank.") names the field; a
    // message the page cuts is not answered cut; otherwise the example is answered as the spec gives it.
    const body = error.message.includes("{0}")
      ? errorBody(error.code, error.message.replaceAll("{0}", offence.field))
      : error.incomplete
        ? errorBody(error.code, shownMessage(error))
        : error.example;
    return { status: error.httpStatus, body, example: error.exampleName, note: `${offence.problem} ${offence.field}` };
  }
  const [first] = sorted;
  if (!first) return undefined;
  const where = endpoint.fields.headers.includes(first.field) ? "Header" : "Body field";
  const problem = first.problem === "missing" ? "is missing or blank" : "has a value the schema rejects";
  return {
    ...mockError(
      first.problem === "missing" ? "MISSING_PARAMETER" : "INVALID_PARAMETER",
      `${where} ${first.field} ${problem}; ${NO_VENDOR_ERROR}`,
    ),
    note: `${first.problem} ${first.field}`,
  };
}

/** A request Prism (or the body parser) rejects for a reason tied to no parameter: a mock error naming where. */
export function requestProblem(findings: Finding[]): Reply | undefined {
  const [first] = findings;
  if (!first) return undefined;
  const where = first.location.slice(1).join(".") || "request";
  return {
    ...mockError("INVALID_REQUEST", `Invalid ${where}: ${first.message}; ${NO_VENDOR_ERROR}`),
    note: `invalid ${where}`,
  };
}
