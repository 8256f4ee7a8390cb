// Reading a decoded JSON body field by field, so that a body that does not match the spec raises an
// IdaasResponseError naming the operation and the field, never a TypeError or an `undefined` field later.
// Messages never quote a field's value: values are tokens. An undocumented status is quoted, scrubbed.

import { IdaasResponseError } from "./errors.js";
import { MAX_SERVER_NAME, type Scrubber, serverText } from "./redact.js";

type KeysOf<T, V> = { [K in keyof T]-?: NonNullable<T[K]> extends V ? K : never }[keyof T] & string;
type ItemOf<A> = NonNullable<A> extends readonly (infer Item)[] ? Item : never;

export interface BodyReader<T> {
  string<K extends KeysOf<T, string>>(key: K): string;
  optionalString<K extends KeysOf<T, string>>(key: K): string | undefined;
  /** The fields of `keys` that are present, each a non-empty string, in a new object (no other key gets through). */
  optionalStrings<K extends KeysOf<T, string>>(keys: readonly K[]): { [Key in K]?: string };
  /** A non-empty string, or null for a field that is null, empty or absent. */
  nullableString<K extends KeysOf<T, string>>(key: K): string | null;
  integer<K extends KeysOf<T, number>>(key: K): number;
  boolean<K extends KeysOf<T, boolean>>(key: K): boolean;
  /** An array of strings (empty strings included). */
  strings<K extends KeysOf<T, readonly string[]>>(key: K): string[];
  /** A JSON object, read by `read` with a reader of its own fields (messages name them `key.field`). */
  object<K extends KeysOf<T, object>, R>(key: K, read: (reader: BodyReader<NonNullable<T[K]>>) => R): R;
  /** An array of JSON objects, each read by `read` (messages name their fields `key[index].field`). */
  objects<K extends KeysOf<T, readonly object[]>, R>(key: K, read: (reader: BodyReader<ItemOf<T[K]>>) => R): R[];
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
  const where = status === undefined ? "the HTTP 200 body" : `status ${status}`;
  return fieldsOf(operation, where, isObject(body) ? body : {}, "");
}

/** The reader of one JSON object's `fields`, `path` naming it inside the body (`""` for the body itself). */
function fieldsOf<T>(operation: string, where: string, fields: Record<string, unknown>, path: string): BodyReader<T> {
  const fail = (key: string, problem: string): never => {
    throw new IdaasResponseError(operation, `${where}: "${path}${key}" ${problem}`, 200);
  };
  /** The field's value when `valid` says so; else the error naming what it should have been. */
  const typed = <V>(key: string, valid: (value: unknown) => boolean, what: string) =>
    valid(fields[key]) ? (fields[key] as V) : fail(key, `is missing or not ${what}`);
  const string = (key: string) =>
    typed<string>(key, (value) => typeof value === "string" && value !== "", "a non-empty string");
  const optionalString = (key: string) => (fields[key] === undefined ? undefined : string(key));
  const array = (key: string, what: string, valid: (item: unknown) => boolean) =>
    typed<unknown[]>(key, (value) => Array.isArray(value) && value.every(valid), `an array of ${what}`);
  const nested = <R>(key: string, value: unknown, read: (reader: BodyReader<never>) => R) =>
    read(fieldsOf(operation, where, value as Record<string, unknown>, `${path}${key}.`));
  return {
    string,
    optionalString,
    optionalStrings<K extends string>(keys: readonly K[]) {
      const present: { [Key in K]?: string } = {};
      for (const key of keys) if (fields[key] !== undefined) present[key] = string(key);
      return present;
    },
    nullableString(key) {
      const value = fields[key];
      if (value === undefined || value === null || value === "") return null;
      return typeof value === "string" ? value : fail(key, "is not a string or null");
    },
    integer: (key) => typed(key, Number.isInteger, "an integer"),
    boolean: (key) => typed(key, (value) => typeof value === "boolean", "a boolean"),
    strings: (key) => array(key, "strings", (item) => typeof item === "string") as string[],
    object: (key, read) => nested(key, typed(key, isObject, "a JSON object"), read),
    objects: (key, read) =>
      array(key, "JSON objects", isObject).map((item, index) => nested(`${key}[${index}]`, item, read)),
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
