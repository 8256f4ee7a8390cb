// The source of src/generated/functions.ts, written by generate-operations.mjs next to operations.ts: each operation
// as a standalone function of the client core (the product's `/functions` entry, which the client's methods call
// too), the product's `create<Product>Core`, and `operationFunctions`, the list of them. Each function
// carries its own facts, so that a bundle of one function carries one operation's facts only. A function is typed by
// its method in the product's client interface (<Product>Client of ./client.ts: input, options, result), and reads
// its 200 body with `toStatusResult` for a body with a `status`, `toNothing` without a JSON body, else
// `to<the body schema's name>`: of ../results.ts for a schema named after the product, else of @idaas-sdk/core (which
// fails to compile when missing, or when it resolves another type than the method declares). A body field
// `point_json` is the slider captcha's point: the function takes `point` and `secretKey` and encodes them (core's
// withCaptchaPoint).

import { camelCase, operationsOf, resolverOf } from "./bundle.mjs";

/** @import { SpecDocument } from "../../../spec/lib/index.js" */
/** @import { Fail } from "./bundle.mjs" */

const POINT_FIELD = "point_json";

/**
 * The reader of an operation's 200 body: `toNothing` without a JSON body, `toStatusResult` for a body with a
 * `status`, else `to<the body schema's name>`.
 * @param {SpecDocument} operation
 * @param {(node: SpecDocument | undefined) => SpecDocument | undefined} resolve
 * @param {Fail} fail
 * @returns {string}
 */
export function readerOf(operation, resolve, fail) {
  /** Whether a body schema has a `status`, through oneOf, anyOf and allOf. @param {SpecDocument | undefined} schema @returns {boolean} */
  const hasStatus = (schema) => {
    const resolved = resolve(schema);
    if (!resolved || typeof resolved !== "object") return false;
    if (resolved.properties?.status) return true;
    return [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])].some(hasStatus);
  };
  const schema = resolve(operation.responses?.["200"])?.content?.["application/json"]?.schema;
  if (!schema) return "toNothing";
  if (hasStatus(schema)) return "toStatusResult";
  const name = /^#\/components\/schemas\/([A-Za-z0-9]+)$/.exec(String(schema.$ref))?.[1];
  if (!name) fail(`${operation.operationId}: the 200 body must be a $ref to a components schema (read by to<Schema>)`);
  return `to${name}`;
}

/**
 * The argument of an operation's slider captcha point (`point_json`), which its function encodes from `point` and
 * `secretKey` first; none without one.
 * @param {SpecDocument} operation
 * @param {(node: SpecDocument | undefined) => SpecDocument | undefined} resolve
 * @returns {string | undefined}
 */
export function pointArgumentOf(operation, resolve) {
  const body = resolve(resolve(operation.requestBody)?.content?.["application/json"]?.schema);
  const pointField = resolve(body?.properties?.[POINT_FIELD]);
  return pointField ? (pointField["x-idaas-sdk-argument"] ?? camelCase(POINT_FIELD)) : undefined;
}

/**
 * Whether a reader is the product's own (../results.ts): that of a schema named after the product, e.g.
 * `toEiamMobileByStateToken`; the others are @idaas-sdk/core's.
 * @param {string} reader
 * @param {string} Product the product's name, capitalized
 */
export const isProductReader = (reader, Product) => reader.startsWith(`to${Product}`);

/**
 * @param {{ document: SpecDocument, operations: Record<string, object>, product: string, fail: Fail }} input the
 *   bundle, the facts generate-operations made of it, the product's lower-case name
 * @returns {string}
 */
export function functionsSource({ document, operations, product, fail }) {
  const Product = `${product[0]?.toUpperCase()}${product.slice(1)}`;
  const resolve = resolverOf(document, fail);
  /** @type {Array<{ id: string, summary: string, reader: string, point?: string }>} */
  const functions = [];
  for (const { operation } of operationsOf(document)) {
    const id = String(operation.operationId);
    if (!/^[a-z][A-Za-z0-9]*$/.test(id)) fail(`operationId "${id}" must be a camelCase identifier`);
    const point = pointArgumentOf(operation, resolve);
    const summary = String(operation.summary ?? id)
      .replace(/\*\//g, "* /")
      .replace(/\.$/, "");
    functions.push({ id, summary, reader: readerOf(operation, resolve, fail), ...(point && { point }) });
  }

  const own = [...new Set(functions.map((f) => f.reader))].filter((reader) => isProductReader(reader, Product));
  const coreImports = [
    "type ClientCore",
    "createClientCore",
    "type OperationFunction",
    "operationFunction",
    ...new Set(functions.map((f) => f.reader).filter((reader) => !own.includes(reader))),
    ...(functions.some((f) => f.point) ? ["withCaptchaPoint"] : []),
  ].sort((a, b) => a.replace("type ", "").localeCompare(b.replace("type ", "")));

  /** @param {(typeof functions)[number]} f */
  const definition = ({ id, summary, reader, point }) => {
    const wrap = point ? `, (call) => withCaptchaPoint("${id}", "${point}", call)` : "";
    const fact = JSON.stringify(operations[id], null, 2).replaceAll("\n", "\n  ");
    return `/** ${summary}. */
export const ${id}: Of<"${id}"> = /* @__PURE__ */ operationFunction(
  "${id}",
  ${fact} as const,
  ${reader}${wrap},
);
`;
  };

  return `// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// Each operation as a function of the client core: the \`/functions\` entry, and what the client's methods call. Each
// carries its facts (the same as ./operations.ts gives), so that a bundle of one function carries only its own.

import type { ClientOptions } from "@idaas-sdk/core";
import {
${coreImports.map((name) => `  ${name},\n`).join("")}} from "@idaas-sdk/core/internal";
import type { ${Product}Client } from "./client.js";
${own.length > 0 ? `import { ${own.sort().join(", ")} } from "../results.js";\n` : ""}import { errorFields, headerNames, optionHeaders, secretHeaders } from "./operations.js";

/** The checked options and the transport of a ${product.toUpperCase()} client: what each operation function takes first. */
export type ${Product}Core = ClientCore<"${product}">;

/** Checks the options and makes the core; throws IdaasConfigError naming the first bad option. */
export function create${Product}Core(options: ClientOptions): ${Product}Core {
  return createClientCore(options, headerNames, secretHeaders, errorFields, optionHeaders);
}

/** The function of the client's method \`Op\`: the core, then the method's input and call options. */
type Of<Op extends keyof ${Product}Client & string> = OperationFunction<${Product}Core, ${Product}Client[Op], Op>;

${functions.map(definition).join("\n")}
/** Every operation function: the client's methods, each named by its operationId. */
export const operationFunctions = [
${functions.map(({ id }) => `  ${id},\n`).join("")}];
`;
}
