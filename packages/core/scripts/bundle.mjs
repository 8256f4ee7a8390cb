// What the generators share: a one-line failure (no stack trace), the bundle they read, and how they read it
// (its operations, local references, a key a schema inherits, a field's call argument).
import { readFileSync } from "node:fs";
import { METHODS, resolve as resolveIn } from "../../../spec/lib/catalog.js";

/** @import { SpecDocument } from "../../../spec/lib/index.js" */
/**
 * Ends the process with a one-line message. A caller declares its own `fail` with this type (`@type {Fail}`), so
 * that tsc knows nothing runs after a call.
 * @typedef {(message: string) => never} Fail
 */
/** @typedef {(node: SpecDocument | undefined) => SpecDocument | undefined} Resolve */

/** A `fail` that prints `<name>: <message>` and exits 1. @param {string} name @returns {Fail} */
export function failWith(name) {
  return (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
}

/** The parsed bundle at `path`, or `fail` naming it. @param {string} path @param {Fail} fail @returns {SpecDocument} */
export function readBundle(path, fail) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return fail(`cannot read the bundle ${path}: ${/** @type {Error} */ (error).message}`);
  }
}

/**
 * Follows the local `#/…` references of `document` (the catalogue's resolver); one that cannot be followed fails.
 * @param {SpecDocument} document
 * @param {Fail} fail
 * @returns {Resolve}
 */
export function resolverOf(document, fail) {
  return (node) => {
    try {
      return resolveIn(document, node);
    } catch (error) {
      return fail(/** @type {Error} */ (error).message);
    }
  };
}

/**
 * The first value of `key` on `schema`, its references or its allOf parts (the schema's own wins: a `description`
 * beside a `$ref` is the one of this use).
 * @param {SpecDocument | undefined} schema
 * @param {string} key
 * @param {Resolve} resolve
 * @returns {unknown}
 */
export function inherited(schema, key, resolve) {
  if (!schema || typeof schema !== "object") return undefined;
  if (schema[key] !== undefined) return schema[key];
  if (schema.$ref) return inherited(resolve(schema), key, resolve);
  for (const part of schema.allOf ?? []) {
    const found = inherited(part, key, resolve);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `verify_code` → `verifyCode`: a body field's call argument, unless `x-idaas-sdk-argument` names another. */
export const camelCase = (/** @type {string} */ name) =>
  name.replace(/[_-]([a-z0-9])/g, (_, /** @type {string} */ letter) => letter.toUpperCase());

/**
 * Every operation of the bundle, in the order of its paths and methods.
 * @param {SpecDocument} document
 * @returns {Array<{ path: string, method: string, operation: SpecDocument }>}
 */
export function operationsOf(document) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] }] : [])),
  );
}

/**
 * Every operation of the bundle with its id and the facts generate-operations made of it; one without fails.
 * @template Facts
 * @param {SpecDocument} document
 * @param {Record<string, Facts>} operations
 * @param {Fail} fail
 * @returns {Array<{ id: string, operation: SpecDocument, facts: Facts }>}
 */
export function operationsWithFacts(document, operations, fail) {
  return operationsOf(document).map(({ operation }) => {
    const id = String(operation.operationId);
    const facts = operations[id];
    return facts ? { id, operation, facts } : fail(`${id} has no facts`);
  });
}
