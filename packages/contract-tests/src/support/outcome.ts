// Whether what a client call gave matches a named example: the typed result (status and camelCase fields equal to
// the example's, a JSON `data` string parsed into its own field) or an IdaasApiError with the example's code.
import { isDeepStrictEqual } from "node:util";
import { IdaasApiError } from "@idaas-sdk/core";
import { camel, holdsJson, leftOutOfResult, type Outcome } from "./spec.js";

export type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

export async function settle(promise: Promise<unknown>): Promise<Settled> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

const show = (value: unknown) => (value === undefined ? "undefined" : JSON.stringify(value));
const describe = (settled: Settled) =>
  settled.ok ? `returned ${show(settled.value)}` : `threw ${String(settled.error)}`;

/** What differs between the call's outcome and the example; empty when they match. */
export function outcomeDifferences(outcome: Outcome, settled: Settled): string[] {
  const value = outcome.example.value as Record<string, unknown> | undefined;
  const where = outcome.label;
  if (outcome.httpStatus >= 400) {
    if (settled.ok || !(settled.error instanceof IdaasApiError)) {
      return [`${where}: expected IdaasApiError ${show(value?.error_code)}, but the client ${describe(settled)}`];
    }
    const error = settled.error;
    const problems: string[] = [];
    if (error.code !== value?.error_code)
      problems.push(`code ${show(error.code)}, expected ${show(value?.error_code)}`);
    if (error.httpStatus !== outcome.httpStatus) problems.push(`httpStatus ${error.httpStatus}`);
    if (error.operation !== outcome.operation.operationId) problems.push(`operation ${show(error.operation)}`);
    if (error.message !== value?.error_msg)
      problems.push(`message ${show(error.message)}, expected ${show(value?.error_msg)}`);
    return problems.map((problem) => `${where}: IdaasApiError has ${problem}`);
  }
  if (!settled.ok) return [`${where}: expected a result, but the client ${describe(settled)}`];
  return resultDifferences(outcome, value, settled.value);
}

/** Compares a typed result with a 2xx body: every body field appears camelCased, `data` in the one extra field. */
export function resultDifferences(outcome: Outcome, answer: Record<string, unknown> | undefined, result: unknown) {
  const where = outcome.label;
  if (answer === undefined) return result === undefined ? [] : [`${where}: expected no result, got ${show(result)}`];
  const body = Object.fromEntries(
    Object.entries(answer).filter(([key]) => !leftOutOfResult(outcome.operation, outcome.httpStatus, answer, key)),
  );
  // A body of one field without a status (`is_set_pwd`) resolves that field's value.
  const [only, ...more] = Object.keys(body);
  if (
    only !== undefined &&
    more.length === 0 &&
    !("status" in body) &&
    (typeof result !== "object" || result === null)
  ) {
    return isDeepStrictEqual(result, body[only]) ? [] : [`${where}: ${show(result)} is not the example's ${only}`];
  }
  if (typeof result !== "object" || result === null) return [`${where}: expected a result object, got ${show(result)}`];
  const fields = result as Record<string, unknown>;
  const problems: string[] = [];
  const unmatched = Object.keys(body).filter((key) => !(camel(key) in fields));
  const extra = Object.keys(fields).filter((key) => !Object.keys(body).some((field) => camel(field) === key));
  for (const key of Object.keys(body).filter((field) => camel(field) in fields)) {
    if (!isDeepStrictEqual(fields[camel(key)], body[key])) {
      problems.push(`${camel(key)} is ${show(fields[camel(key)])}, the example's ${key} is ${show(body[key])}`);
    }
  }
  // A field whose name differs (data → mfaMethods / passwordPolicy / reason) must be the only one of each side.
  if (unmatched.length > 1 || extra.length > 1 || unmatched.length !== extra.length) {
    problems.push(`fields ${show(unmatched)} of the example do not match the result's ${show(extra)}`);
  } else if (unmatched[0] !== undefined && extra[0] !== undefined) {
    const key = unmatched[0];
    const expected = holdsJson(outcome.operation, outcome.httpStatus, body, key)
      ? JSON.parse(String(body[key]))
      : body[key];
    if (!isDeepStrictEqual(fields[extra[0]], expected)) {
      problems.push(`${extra[0]} is ${show(fields[extra[0]])}, the example's ${key} holds ${show(expected)}`);
    }
  }
  return problems.map((problem) => `${where}: ${problem}`);
}
