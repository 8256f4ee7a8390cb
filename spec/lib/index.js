// Where the bundled spec lives, and a loader for it (Node only: it reads the file).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export { getOperation, listOperations, resolve } from "./catalog.js";

const FILES = { all: "openapi.json", eiam: "eiam.json", ciam: "ciam.json" };

/** Absolute path of a bundle: the whole API ("all") or one product line. */
export function specPath(product = "all") {
  const file = FILES[product];
  if (!file) throw new Error(`unknown product "${product}"; expected one of ${Object.keys(FILES).join(", ")}`);
  return fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
}

/** Reads and parses a bundle; a fresh copy each call, so callers may change it. */
export function loadSpec(product = "all") {
  const path = specPath(product);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the bundled spec at ${path} (run the build first): ${error.message}`);
  }
}
