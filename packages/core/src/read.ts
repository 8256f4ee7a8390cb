// Reading a decoded JSON body field by field, so that a body that does not match the spec raises an
// IdaasResponseError naming the operation and the field, never a TypeError or an `undefined` field later.
// Messages never quote a field's value: values are tokens. An undocumented status is quoted, scrubbed.

import { IdaasResponseError } from "./errors.js";
import { MAX_SERVER_NAME, type Scrubber, serverText } from "./redact.js";

type KeysOf<T, V> = { [K in keyof T]-?: NonNullable<T[K]> extends V ? K : never }[keyof T] & string;

export interface BodyReader<T> {
  string<K extends KeysOf<T, string>>(key: K): string;
  optionalString<K extends KeysOf<T, string>>(key: K): string | undefined;
  /** A non-empty string, or null for a field that is null, empty or absent. */
  nullableString<K extends KeysOf<T, string>>(key: K): string | null;
  integer<K extends KeysOf<T, number>>(key: K): number;
  /** Parses a string field that holds JSON and checks its shape with `check` (which names what it expected). */
  json<K extends KeysOf<T, string>, V>(key: K, check: (value: unknown) => value is V, expected: string): V;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `status` string of a result body. */
export function readStatus(operation: string, body: unknown, key: string): string {
  if (!isObject(body)) throw new IdaasResponseError(operation, "the HTTP 200 body is not a JSON object", 200);
  const status = body[key];
  if (typeof status !== "string")
    throw new IdaasResponseError(operation, `the HTTP 200 body has no string "${key}"`, 200);
  return status;
}

/** Raised for a status value the spec does not document; the value is server text, scrubbed of the call's secrets. */
export function unknownStatus(operation: string, status: string, scrub: () => Scrubber): never {
  const shown = serverText(status, scrub(), MAX_SERVER_NAME);
  const quoted = /^[A-Z0-9_]+$/.test(shown) ? shown : JSON.stringify(shown);
  throw new IdaasResponseError(operation, `the spec does not document status ${quoted}`, 200);
}

/**
 * Reads the fields of a 200 body: of the outcome `status` (already read by {@link readStatus}), or, for a body
 * without one, of the whole answer, which must then be a JSON object.
 */
export function readBody<T>(operation: string, body: unknown, status?: string): BodyReader<T> {
  if (status === undefined && !isObject(body)) {
    throw new IdaasResponseError(operation, "the HTTP 200 body is not a JSON object", 200);
  }
  const fields = isObject(body) ? body : {};
  const where = status === undefined ? "the HTTP 200 body" : `status ${status}`;
  const fail = (key: string, problem: string): never => {
    throw new IdaasResponseError(operation, `${where}: "${key}" ${problem}`, 200);
  };
  const string = (key: string) => {
    const value = fields[key];
    return typeof value === "string" && value !== "" ? value : fail(key, "is missing or not a non-empty string");
  };
  return {
    string,
    optionalString(key) {
      return fields[key] === undefined ? undefined : string(key);
    },
    nullableString(key) {
      const value = fields[key];
      if (value === undefined || value === null || value === "") return null;
      return typeof value === "string" ? value : fail(key, "is not a string or null");
    },
    integer(key) {
      const value = fields[key];
      return Number.isInteger(value) ? (value as number) : fail(key, "is missing or not an integer");
    },
    json(key, check, expected) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(string(key));
      } catch (error) {
        if (error instanceof IdaasResponseError) throw error;
        return fail(key, "does not hold JSON");
      }
      return check(parsed) ? parsed : fail(key, `does not hold ${expected}`);
    },
  };
}
