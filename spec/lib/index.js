// Where the bundled spec lives, and a loader for it (Node only: it reads the file).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { listOperations } from "./catalog.js";

export {
  errorFieldsOf,
  errorForMissing,
  errorForRule,
  exampleBody,
  exampleHeaders,
  getOperation,
  listOperations,
  METHODS,
  resolve,
  shownMessage,
} from "./catalog.js";

/** @typedef {import("./index.js").Product} Product */

/**
 * The two products, one OpenAPI document each (spec/eiam.yaml, spec/ciam.yaml over one components tree).
 * @type {readonly Product[]}
 */
export const PRODUCTS = Object.freeze(["eiam", "ciam"]);

/**
 * Absolute path of a product's bundle, JSON (default) or YAML.
 * @param {Product} product
 * @param {"json" | "yaml"} [format]
 */
export function specPath(product, format = "json") {
  if (!PRODUCTS.includes(product)) {
    throw new Error(`unknown product ${JSON.stringify(product)}; expected one of ${PRODUCTS.join(", ")}`);
  }
  if (format !== "json" && format !== "yaml") throw new Error(`unknown format "${format}"; expected json or yaml`);
  return fileURLToPath(new URL(`../dist/${product}.${format}`, import.meta.url));
}

/**
 * Reads and parses a product's bundle; a fresh copy each call, so callers may change it.
 * @param {Product} product
 * @returns {import("./index.js").SpecDocument}
 */
export function loadSpec(product) {
  const path = specPath(product);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(
      `cannot read the bundled spec at ${path} (run the build first): ${/** @type {Error} */ (error).message}`,
    );
  }
}

/** The operations of both products, each with its `product`. */
export function listAllOperations() {
  return PRODUCTS.flatMap((product) => listOperations(loadSpec(product)));
}
