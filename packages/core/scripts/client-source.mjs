// The source of src/generated/client.ts, written by generate-operations.mjs next to functions.ts: the methods of the
// product's client interface, one per operation, named by its operationId, documented by its summary and description,
// and typed by its facts. The input is the product's `<OperationId>Input` of ../client.ts (none when the operation
// takes neither a body nor a header argument); the result is what its function's reader gives (functions-source.mjs):
// nothing, the union of the documented `status` values' results, or what `to<the body schema's name>` returns (the
// product's of ../results.ts, or core's). The client interface (../client.ts) extends it with what is the product's
// own and asserts that every input still fits the facts.

import { METHODS, resolve as resolveIn } from "../../../spec/lib/catalog.js";
import { isProductReader, readerOf } from "./functions-source.mjs";

/** @import { SpecDocument } from "../../../spec/lib/index.js" */
/** @import { Fail } from "./bundle.mjs" */

/** @param {string} text the spec's Markdown, as the lines of a JSDoc block */
const docLines = (text) =>
  text
    .trim()
    .replace(/\*\//g, "* /")
    .split("\n")
    .map((line) => (line ? `   * ${line}` : "   *"));

/**
 * @param {{ document: SpecDocument, operations: Record<string, { fields: object, headers: object }>, product: string,
 *   fail: Fail }} input the bundle, the facts generate-operations made of it, the product's lower-case name
 * @returns {string}
 */
export function clientSource({ document, operations, product, fail }) {
  const Product = `${product[0]?.toUpperCase()}${product.slice(1)}`;
  /** @param {SpecDocument | undefined} node @returns {SpecDocument | undefined} */
  const resolve = (node) => {
    try {
      return resolveIn(document, node);
    } catch (error) {
      return fail(/** @type {Error} */ (error).message);
    }
  };
  /** @type {string[]} */
  const inputs = [];
  /** @type {string[]} */
  const readers = [];
  /** @type {string[]} */
  const methods = [];
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const id = String(operation.operationId);
      const facts = operations[id];
      if (!facts) return fail(`${id} has no facts`);
      const takesInput = Object.keys(facts.fields).length > 0 || Object.keys(facts.headers).length > 0;
      const input = `${id[0]?.toUpperCase()}${id.slice(1)}Input`;
      if (takesInput) inputs.push(input);
      const reader = readerOf(operation, resolve, fail);
      let result = `ReturnType<typeof ${reader}>`;
      if (reader === "toNothing") result = "void";
      else if (reader === "toStatusResult") result = `OperationResult<"${id}">`;
      else readers.push(reader);
      const summary = String(operation.summary ?? id).replace(/\.$/, "");
      const doc = [
        `  /**`,
        ...docLines(`${summary}.`),
        ...(operation.description ? ["   *", ...docLines(String(operation.description))] : []),
        "   */",
      ];
      methods.push(
        `${doc.join("\n")}\n  ${id}(${takesInput ? `input: ${input}` : "input?: undefined"}, options?: CallOptions): Promise<${result}>;`,
      );
    }
  }
  const sorted = (/** @type {string[]} */ names) => [...new Set(names)].sort((a, b) => a.localeCompare(b));
  const ownReaders = sorted(readers).filter((reader) => isProductReader(reader, Product));
  const coreReaders = sorted(readers).filter((reader) => !isProductReader(reader, Product));

  return `// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// The methods of ${Product}Client (../client.ts), one per operation: named by its operationId, documented by its
// summary and description, its input the product's own of ../client.ts, its result what its function reads.

import type { CallOptions } from "@idaas-sdk/core";
${coreReaders.length > 0 ? `import type { ${coreReaders.join(", ")} } from "@idaas-sdk/core/internal";\n` : ""}import type {
${sorted(inputs)
  .map((name) => `  ${name},\n`)
  .join("")}} from "../client.js";
${ownReaders.length > 0 ? `import type { ${ownReaders.join(", ")} } from "../results.js";\n` : ""}import type { OperationResult } from "./operations.js";

/** Every operation of the spec as a method of the client. */
export interface ${Product}OperationMethods {
${methods.join("\n")}
}
`;
}
