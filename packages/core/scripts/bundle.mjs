// What both generators start with: a one-line failure (no stack trace) and the bundle they read.
import { readFileSync } from "node:fs";

/** @import { SpecDocument } from "../../../spec/lib/index.js" */
/**
 * Ends the process with a one-line message. A caller declares its own `fail` with this type (`@type {Fail}`), so
 * that tsc knows nothing runs after a call.
 * @typedef {(message: string) => never} Fail
 */

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
