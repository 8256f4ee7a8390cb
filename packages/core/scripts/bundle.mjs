// What both generators start with: a one-line failure (no stack trace) and the bundle they read.
import { readFileSync } from "node:fs";

/** A `fail` that prints `<name>: <message>` and exits 1. */
export function failWith(name) {
  return (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
}

/** The parsed bundle at `path`, or `fail` naming it. */
export function readBundle(path, fail) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return fail(`cannot read the bundle ${path}: ${error.message}`);
  }
}
