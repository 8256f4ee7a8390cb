// The sources of src/generated/inputs.ts and src/generated/results.ts, written by generate-operations.mjs next to
// client.ts: what each method of the client takes and what it resolves to.
//
// inputs.ts: for each operation with a header argument or a body field, `<OperationId>Input`: its header arguments
// (`x-idaas-sdk-option` of a header that no client option fills, a string), then its body fields under their call
// arguments (the facts' `argument`: `x-idaas-sdk-argument`, else the camelCase of the name), optional where the body
// does not require them, typed by the body. Each is documented by the spec's description of its header or field (the
// one beside a `$ref` first: the description of this use), the input by its body's. An operation with a captcha point
// (`point_json`) takes core's input of the same name, which builds the point.
// results.ts: for each operation whose 200 body answers a `status`, `<OperationId>Result`: the union of the results of
// its documented statuses.

import { camelCase, inherited, operationsOf, operationsWithFacts, resolverOf } from "./bundle.mjs";
import { pointArgumentOf, readerOf } from "./functions-source.mjs";

/** @import { SpecDocument } from "../../../spec/lib/index.js" */
/** @import { Fail } from "./bundle.mjs" */
/** @typedef {{ fields: Record<string, { argument?: string, optional?: true }>, headers: Record<string, string> }} CallFacts */

const HEADER = `// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.`;

/** `loginWithPassword`, `Input` → `LoginWithPasswordInput`. @param {string} id @param {string} suffix */
export const typeNameOf = (id, suffix) => `${id[0]?.toUpperCase()}${id.slice(1)}${suffix}`;

/** Whether an operation's method takes an input: a body field or a header argument. @param {{ fields: object, headers: object }} facts */
export const takesInput = (facts) => Object.keys(facts.fields).length > 0 || Object.keys(facts.headers).length > 0;

/**
 * A JSDoc block of `text` (the spec's Markdown, its lines kept), indented by `indent`: one line when it fits.
 * @param {string} text
 * @param {string} indent
 */
export function docBlock(text, indent) {
  const lines = text.trim().replace(/\*\//g, "* /").split("\n");
  const [only] = lines;
  if (lines.length === 1 && `${indent}/** ${only} */`.length <= 120) return `${indent}/** ${only} */`;
  return [`${indent}/**`, ...lines.map((line) => `${indent} *${line ? ` ${line}` : ""}`), `${indent} */`].join("\n");
}

/**
 * A member of an input, under its description when the spec gives one.
 * @param {unknown} description
 * @param {string} declaration
 */
const member = (description, declaration) =>
  `${typeof description === "string" ? `${docBlock(description, "  ")}\n` : ""}  ${declaration}`;

/**
 * @param {{ document: SpecDocument, operations: Record<string, CallFacts>, product: string, fail: Fail }} input the
 *   bundle, the facts generate-operations made of it, the product's lower-case name
 * @returns {string}
 */
export function inputsSource({ document, operations, product, fail }) {
  const resolve = resolverOf(document, fail);
  /** @type {string[]} */
  const coreInputs = [];
  /** @type {string[]} */
  const inputs = [];
  for (const { id, operation, facts } of operationsWithFacts(document, operations, fail)) {
    if (!takesInput(facts)) continue;
    const name = typeNameOf(id, "Input");
    if (pointArgumentOf(operation, resolve)) {
      coreInputs.push(name);
      continue;
    }
    const members = Object.entries(facts.headers).map(([argument, header]) => {
      const reference = (operation.parameters ?? []).find(
        (/** @type {SpecDocument} */ parameter) =>
          resolve(parameter)?.in === "header" && resolve(parameter)?.name === header,
      );
      if (
        !/^[a-z][A-Za-z0-9]*$/.test(argument) ||
        inherited(resolve(reference)?.schema, "type", resolve) !== "string"
      ) {
        fail(`${id}: header "${header}" must be a string whose x-idaas-sdk-option is an identifier (got ${argument})`);
      }
      return member(inherited(reference, "description", resolve), `${argument}: string;`);
    });
    const bodySchema = resolve(operation.requestBody)?.content?.["application/json"]?.schema;
    const fields = resolve(bodySchema)?.properties ?? {};
    for (const [field, fact] of Object.entries(facts.fields)) {
      const declaration = `${fact.argument ?? camelCase(field)}${fact.optional ? "?" : ""}: RequestBody<"${id}">["${field}"];`;
      members.push(member(inherited(fields[field], "description", resolve), declaration));
    }
    const about = inherited(bodySchema, "description", resolve);
    const doc = `The input of \`${id}\`.${typeof about === "string" ? `\n\n${about}` : ""}`;
    inputs.push(`${docBlock(doc, "")}\nexport interface ${name} {\n${members.join("\n")}\n}\n`);
  }

  return `${HEADER}
// What each ${product.toUpperCase()} operation takes: its header arguments, then its body fields under their call
// arguments, each documented by the spec's description of it.

${coreInputs.length > 0 ? `export type { ${coreInputs.join(", ")} } from "@idaas-sdk/core";\n` : ""}import type { RequestBody } from "./operations.js";

${inputs.join("\n")}`;
}

/**
 * @param {{ document: SpecDocument, product: string, fail: Fail }} input the bundle, the product's lower-case name
 * @returns {string}
 */
export function resultsSource({ document, product, fail }) {
  const resolve = resolverOf(document, fail);
  const results = operationsOf(document)
    .filter(({ operation }) => readerOf(operation, resolve, fail) === "toStatusResult")
    .map(({ operation }) => String(operation.operationId))
    .map(
      (id) =>
        `/** What \`${id}\` resolves to: the result of one of its documented statuses. */\nexport type ${typeNameOf(id, "Result")} = OperationResult<"${id}">;\n`,
    );
  return `${HEADER}
// What each ${product.toUpperCase()} operation whose answer has a \`status\` resolves to, named after it.

import type { OperationResult } from "./operations.js";

${results.join("\n")}`;
}
