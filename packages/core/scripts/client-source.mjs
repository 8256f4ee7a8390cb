// The source of src/generated/client.ts, written by generate-operations.mjs next to functions.ts: the product's client
// interface, one method per operation, named by its operationId, documented by its summary and description, and
// typed by its facts, and `withDevice`. The input is the operation's `<OperationId>Input` of ./inputs.ts (none when
// the operation takes neither a body nor a header argument); the result is what its function's reader gives
// (functions-source.mjs): nothing, the operation's `<OperationId>Result` of ./results.ts (the union of its documented
// `status` values' results), or what `to<the body schema's name>` returns (the product's of ../results.ts, or core's).
// Last, the assertions that fail on drift: every operation of openapi-typescript's output has its method, and every
// input takes exactly its facts' arguments (an input with a captcha point, as core's withCaptchaPoint encodes it,
// with the point sent as it is).

import { operationsWithFacts, resolverOf } from "./bundle.mjs";
import { docBlock, takesInput, typeNameOf } from "./call-types-source.mjs";
import { isProductReader, pointArgumentOf, readerOf } from "./functions-source.mjs";

/** @import { SpecDocument } from "../../../spec/lib/index.js" */
/** @import { Fail } from "./bundle.mjs" */

/** @param {string[]} names @returns {string[]} */
const sorted = (names) => [...new Set(names)].sort((a, b) => a.localeCompare(b));

/**
 * @param {{ document: SpecDocument, operations: Record<string, { fields: object, headers: object }>, product: string,
 *   fail: Fail }} input the bundle, the facts generate-operations made of it, the product's lower-case name
 * @returns {string}
 */
export function clientSource({ document, operations, product, fail }) {
  const Product = `${product[0]?.toUpperCase()}${product.slice(1)}`;
  const Client = `${Product}Client`;
  const resolve = resolverOf(document, fail);
  /** @type {string[]} */
  const inputs = [];
  /** @type {string[]} */
  const results = [];
  /** @type {string[]} */
  const readers = [];
  /** @type {string[]} */
  const methods = [];
  /** @type {Array<{ id: string, input: string, point: string }>} */
  const pointInputs = [];
  for (const { id, operation, facts } of operationsWithFacts(document, operations, fail)) {
    const input = typeNameOf(id, "Input");
    if (takesInput(facts)) inputs.push(input);
    const point = pointArgumentOf(operation, resolve);
    if (point) pointInputs.push({ id, input, point });
    const reader = readerOf(operation, resolve, fail);
    let result = `ReturnType<typeof ${reader}>`;
    if (reader === "toNothing") result = "void";
    else if (reader === "toStatusResult") {
      result = typeNameOf(id, "Result");
      results.push(result);
    } else readers.push(reader);
    const summary = String(operation.summary ?? id).replace(/\.$/, "");
    const doc = docBlock(`${summary}.${operation.description ? `\n\n${operation.description}` : ""}`, "  ");
    methods.push(
      `${doc}\n  ${id}(${takesInput(facts) ? `input: ${input}` : "input?: undefined"}, options?: CallOptions): Promise<${result}>;`,
    );
  }
  const ownReaders = sorted(readers).filter((reader) => isProductReader(reader, Product));
  const coreImports = sorted([
    "Assert",
    "Equal",
    "MisfitInputs",
    ...readers.filter((r) => !isProductReader(r, Product)),
  ]);
  const pointed = pointInputs.map(({ id }) => `"${id}"`);
  const omitted = [...pointed, '"withDevice"'].join(" | ");
  const pointAssertion =
    pointInputs.length === 0
      ? ""
      : `// ${pointInputs.map(({ id }) => id).join(", ")}: the input with the captcha point built already, sent as it is.
export type _PointInputsFit = Assert<
  Equal<
    MisfitInputs<
      {
${pointInputs.map(({ id, input, point }) => `        ${id}: (input: Omit<Extract<${input}, { ${point}: string }>, "point" | "secretKey">) => unknown;\n`).join("")}      },
      Pick<typeof operationFacts, ${pointed.join(" | ")}>,
      InjectedHeader
    >,
    never
  >
>;
`;

  return `// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// The ${product.toUpperCase()} client's interface: a method per operation, named by its operationId, documented by
// its summary and description, its input and result those of ./inputs.ts and ./results.ts, or what its function reads.

import type { CallOptions, DeviceInfo } from "@idaas-sdk/core";
import type {
${coreImports.map((name) => `  ${name},\n`).join("")}} from "@idaas-sdk/core/internal";
${ownReaders.length > 0 ? `import type { ${ownReaders.join(", ")} } from "../results.js";\n` : ""}import type {
${sorted(inputs)
  .map((name) => `  ${name},\n`)
  .join("")}} from "./inputs.js";
import type { InjectedHeader, OperationId, operations as operationFacts } from "./operations.js";
import type {
${sorted(results)
  .map((name) => `  ${name},\n`)
  .join("")}} from "./results.js";

/** The ${product.toUpperCase()} client: every operation of the spec as a method, and \`withDevice\`. */
export interface ${Client} {
${methods.join("\n")}
  /**
   * A client that sends \`device\` (any of its fields, over this client's) with every call, on the same transport:
   * only \`device\` is checked, like the client's own. A server makes one per incoming request.
   */
  withDevice(device: Partial<DeviceInfo>): ${Client};
}

// Every operation of openapi-typescript's output of the spec has its method, and the client no other but withDevice.
export type _EveryOperation = Assert<Equal<Exclude<keyof ${Client}, "withDevice">, OperationId>>;
// Each method takes exactly the arguments of its facts${pointInputs.length > 0 ? " (one with a captcha point: below)" : ""}.
export type _EveryInputFits = Assert<
  Equal<
    MisfitInputs<Omit<${Client}, ${omitted}>, Omit<typeof operationFacts, ${pointed.length > 0 ? pointed.join(" | ") : "never"}>, InjectedHeader>,
    never
  >
>;
${pointAssertion}`;
}
