#!/usr/bin/env node
// Writes src/generated/operations.ts of a product client from its bundled spec (spec/dist/<product>.json): per
// operationId its method, path, documented HTTP statuses and `status` values, whether the opt-in retry policy may
// repeat it (`x-idaas-sdk-retry`), the headers its call arguments fill in (`x-idaas-sdk-option` of the header
// parameters; the client options' headers, which every operation takes, are listed once), and per request body
// field its call argument (`x-idaas-sdk-argument`), its JSON type, whether it is optional, and how it is shown in logs
// and errors (`x-idaas-sdk-redact`). Compact, because every byte of it is in each product's main bundle: a field leaves
// out each default (the argument when it is the camelCase of the name, type string, required, kind secret; the spec
// still gives every field its kind, and the build fails without one). Header parameters also carry
// `x-idaas-sdk-redact`: the secret ones are listed once for the product. Last, the error body's code and message
// fields (`x-idaas-sdk-error-field` on ErrorResponse), and the product's types over them (request bodies, results,
// the injected headers) with the assertions that keep the spec fitting core's readers. Build-time only: the clients'
// runtime never reads the spec.
//
// With a second output and the product's name, it writes src/generated/functions.ts too (./functions-source.mjs):
// each operation as a standalone function over its facts; with a third, src/generated/client.ts
// (./client-source.mjs): each operation as a method of the client interface, and next to it inputs.ts and results.ts
// (./call-types-source.mjs): what each method takes and, for an operation answering a `status`, what it resolves to,
// and session.ts (./session-source.mjs): the product's `/session` entry, which differs by the product's name only.
//
//   node generate-operations.mjs <bundle.json> <out.ts> [<functions-out.ts> <product> [<client-out.ts>]]

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { errorFieldsOf } from "../../../spec/lib/catalog.js";
import { camelCase, failWith, inherited, operationsOf, readBundle, resolverOf } from "./bundle.mjs";
import { inputsSource, resultsSource } from "./call-types-source.mjs";
import { clientSource } from "./client-source.mjs";
import { functionsSource } from "./functions-source.mjs";
import { sessionSource } from "./session-source.mjs";

/** @import { SpecDocument } from "../../../spec/lib/index.js" */
/** @import { Fail } from "./bundle.mjs" */
/** @typedef {{ [key: string]: string | HeaderTree }} HeaderTree header names by option, nested on the option's dots */

const FIELD_KINDS = ["secret", "mobile", "email", "plain"];
const HEADER_KINDS = ["secret", "plain"];
const JSON_TYPES = ["string", "integer", "number", "boolean"];

/** @type {Fail} */
const fail = failWith("generate-operations");
const [bundlePath, outPath, functionsPath, product, clientPath] = process.argv.slice(2);
if (!bundlePath || !outPath || (functionsPath !== undefined && !/^[a-z]+$/.test(product ?? ""))) {
  fail(
    "usage: generate-operations.mjs <bundle.json> <out.ts> [<functions-out.ts> <product: eiam | ciam> [<client-out.ts>]]",
  );
}

const document = readBundle(bundlePath, fail);

const resolve = resolverOf(document, (message) => fail(`${bundlePath}: ${message}`));
/** @param {SpecDocument | undefined} schema @param {string} key */
const extension = (schema, key) => inherited(schema, key, resolve);

/**
 * The `status` values a 200 body schema documents: its const / enum, through oneOf, anyOf and allOf.
 * @param {SpecDocument | undefined} schema
 * @returns {unknown[]}
 */
function statusValues(schema) {
  const resolved = resolve(schema);
  if (!resolved || typeof resolved !== "object") return [];
  const status = resolve(resolved.properties?.status);
  const own = status?.const !== undefined ? [status.const] : (status?.enum ?? []);
  const nested = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])].flatMap(
    statusValues,
  );
  return [...new Set([...own, ...nested])];
}

/**
 * The JSON type and enum of a body field, through references and allOf.
 * @param {SpecDocument} schema
 * @param {string} where
 */
function typeOf(schema, where) {
  const type = extension(schema, "type");
  if (typeof type !== "string" || !JSON_TYPES.includes(type))
    fail(`${where} needs a scalar type: ${JSON_TYPES.join(" | ")} (got ${type})`);
  const values = extension(schema, "enum");
  return values === undefined ? { type } : { type, enum: values };
}

/** @param {SpecDocument | undefined} content @returns {SpecDocument | undefined} */
function jsonSchemaOf(content) {
  return content?.["application/json"]?.schema;
}

/**
 * @param {SpecDocument} operation
 * @param {string} method
 * @param {string} path
 * @param {Set<string>} secretHeaders where the operation's secret headers are added, lower-cased
 */
function describe(operation, method, path, secretHeaders) {
  const id = operation.operationId;
  const retry = operation["x-idaas-sdk-retry"];
  if (typeof retry !== "boolean") fail(`${id} needs x-idaas-sdk-retry: true | false (may an opt-in retry repeat it?)`);
  /** @type {Record<string, true>} */
  const httpStatuses = {};
  /** @type {unknown[]} */
  const resultStatuses = [];
  for (const [code, response] of Object.entries(operation.responses ?? {})) {
    httpStatuses[code] = true;
    if (Number(code) < 400) resultStatuses.push(...statusValues(jsonSchemaOf(resolve(response)?.content)));
  }
  /** @type {Record<string, string>} */
  const headers = {};
  /** @type {Record<string, string>} */
  const headerPrefixes = {};
  for (const parameter of (operation.parameters ?? []).map(resolve)) {
    if (parameter.in !== "header") continue;
    const kind = parameter["x-idaas-sdk-redact"];
    if (typeof kind !== "string" || !HEADER_KINDS.includes(kind)) {
      fail(`${id}: header "${parameter.name}" needs x-idaas-sdk-redact: ${HEADER_KINDS.join(" | ")} (got ${kind})`);
    }
    if (kind === "secret") secretHeaders.add(parameter.name.toLowerCase());
    const option = parameter["x-idaas-sdk-option"];
    if (option !== undefined) headers[option] = parameter.name;
    const prefix = parameter["x-idaas-sdk-value-prefix"];
    if (prefix !== undefined) {
      if (typeof prefix !== "string" || option === undefined) {
        fail(
          `${id}: header "${parameter.name}" has an x-idaas-sdk-value-prefix but no x-idaas-sdk-option, or it is no string`,
        );
      }
      headerPrefixes[parameter.name] = prefix;
    }
  }
  /** @type {Record<string, object>} */
  const fields = {};
  const body = resolve(jsonSchemaOf(resolve(operation.requestBody)?.content));
  const required = new Set(body?.required ?? []);
  for (const [field, schema] of Object.entries(body?.properties ?? {})) {
    const kind = extension(schema, "x-idaas-sdk-redact");
    if (typeof kind !== "string" || !FIELD_KINDS.includes(kind)) {
      fail(`${id}: request field "${field}" needs x-idaas-sdk-redact: ${FIELD_KINDS.join(" | ")} (got ${kind})`);
    }
    const argument = extension(schema, "x-idaas-sdk-argument");
    const { type, ...values } = typeOf(schema, `${id}: request field "${field}"`);
    fields[field] = {
      ...(argument !== undefined && argument !== camelCase(field) && { argument }),
      ...(kind !== "secret" && { kind }),
      ...(type !== "string" && { type }),
      ...values,
      ...(!required.has(field) && { optional: true }),
    };
  }
  const prefixes = Object.keys(headerPrefixes).length > 0 ? { headerPrefixes } : {};
  return {
    method,
    path,
    httpStatuses,
    resultStatuses: [...new Set(resultStatuses)],
    retry,
    headers,
    ...prefixes,
    fields,
  };
}

/** @type {Record<string, ReturnType<typeof describe>>} */
const operations = {};
/** @type {Set<string>} */
const secretHeaders = new Set();
for (const { path, method, operation } of operationsOf(document)) {
  if (!operation.operationId) fail(`${method.toUpperCase()} ${path} has no operationId`);
  operations[operation.operationId] = describe(operation, method, path, secretHeaders);
}
const all = Object.values(operations);
const [first] = all;
if (!first) fail(`${bundlePath} has no operations`);

// The options every operation takes are the client's; nested on their dots (device.agent → device: { agent }).
/** @type {HeaderTree} */
const headerNames = {};
for (const [option, header] of Object.entries(first.headers)) {
  if (!all.every((operation) => operation.headers[option] === header)) continue;
  const keys = option.split(".");
  const last = /** @type {string} */ (keys.pop()); // split gives at least one part
  let target = headerNames;
  for (const key of keys) {
    const next = target[key] ?? {};
    if (typeof next === "string") fail(`option ${option} nests under ${key}, which is an option itself`);
    target[key] = next;
    target = next;
  }
  target[last] = header;
}

const optionHeaders = Object.values(headerNames).flatMap((value) =>
  typeof value === "string" ? [value] : Object.values(value),
);
// An operation's own headers only (its call arguments): the options' are in headerNames, once for every operation.
for (const operation of all) {
  for (const [option, header] of Object.entries(operation.headers)) {
    if (optionHeaders.includes(header)) delete operation.headers[option];
  }
}

/** @type {{ code: string, message: string }} */
let errorFields;
try {
  errorFields = errorFieldsOf(document);
} catch (error) {
  fail(`${bundlePath}: ${/** @type {Error} */ (error).message}`);
}

/** @param {unknown} value */
const json = (value) => JSON.stringify(value, null, 2);
writeFileSync(
  outPath,
  `// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// Typed against openapi-typescript's output of the same bundle (./schema.ts): the two generators must agree.

import type { ResultOf, ResultStatus } from "@idaas-sdk/core";
import type {
  ArgumentFields,
  Assert,
  CommonHeaderOf,
  Equal,
  HeaderNames,
  InjectedHeaderOf,
  OperationFacts,
  RequestBodyOf,
  SharedSchemas,
  SuccessStatusOf,
  UnreadStatusBodies,
} from "@idaas-sdk/core/internal";
import type { components as Components, operations as Operations, paths as Paths } from "./schema.js";

/**
 * Per operationId: method, path, documented HTTP statuses and \`status\` values, whether an opt-in retry may repeat
 * it, its call arguments' headers, and per body field what differs from the defaults: its \`argument\` (default: the
 * camelCase of its name), \`kind\` in logs and errors (default: secret), \`type\` (default: string), \`optional\`.
 * For the types and the tests: each operation function (./functions.ts) carries its own copy, so that a bundle of
 * one function carries one operation's facts.
 */
export const operations = ${json(operations)} as const satisfies OperationFacts<Paths, Operations>;

/** Which header carries each client option (the options every operation takes). */
export const headerNames = ${json(headerNames)} as const satisfies HeaderNames<CommonHeaderOf<Operations>>;

/** The headers the client options fill in; every other header an operation takes is a call argument. */
export const optionHeaders: readonly string[] = ${json(optionHeaders)};

/** Lower-case names of the headers whose values are credentials: never logged, scrubbed from every error. */
export const secretHeaders: readonly string[] = ${json([...secretHeaders].sort())};

/** The fields of the error body that hold its code and its message (\`x-idaas-sdk-error-field\`). */
export const errorFields = ${json(errorFields)} as const satisfies Record<
  "code" | "message",
  keyof Components["schemas"]["ErrorResponse"]
>;

export type OperationId = keyof Operations;
export type Schemas = Components["schemas"];
/** The JSON request body of an operation (never for one without a body). */
export type RequestBody<Op extends OperationId> = RequestBodyOf<Operations[Op]>;
/** The JSON request body of an operation under the call's argument names (the facts' \`argument\`, else camelCase). */
export type BodyArguments<Op extends OperationId> = ArgumentFields<RequestBody<Op>, (typeof operations)[Op]["fields"]>;
/** The \`status\` values of an operation's 200 body, as the spec documents them. */
export type SuccessStatus<Op extends OperationId> = SuccessStatusOf<Operations[Op]>;
/**
 * The result of an operation whose 200 body answers a \`status\`: the union of its documented statuses' results
 * (the assertion below keeps @idaas-sdk/core reading every status the spec documents).
 */
export type OperationResult<Op extends OperationId> = ResultOf<Extract<SuccessStatus<Op>, ResultStatus>>;
/** The headers the client sets on every call. */
export type InjectedHeader = InjectedHeaderOf<typeof headerNames>;

// The facts list exactly the \`status\` values of the schema: the reader accepts what the type says.
export type _FactsStatuses = Assert<
  Equal<
    { [Op in OperationId]: (typeof operations)[Op]["resultStatuses"][number] },
    { [Op in OperationId]: SuccessStatus<Op> }
  >
>;
// A \`status\` added to the spec must have its reader in @idaas-sdk/core, and each status's body must still fit it.
export type _EveryStatusRead = Assert<Equal<UnreadStatusBodies<Operations>, never>>;
// The bodies without a status that @idaas-sdk/core reads: the spec's fields must still fit its readers.
export type _SharedSchemas = Assert<
  Pick<Schemas, keyof SharedSchemas> extends Pick<SharedSchemas, keyof SharedSchemas> ? true : false
>;
`,
);
if (functionsPath && product) writeFileSync(functionsPath, functionsSource({ document, operations, product, fail }));
if (clientPath && product) {
  writeFileSync(clientPath, clientSource({ document, operations, product, fail }));
  writeFileSync(join(dirname(clientPath), "inputs.ts"), inputsSource({ document, operations, product, fail }));
  writeFileSync(join(dirname(clientPath), "results.ts"), resultsSource({ document, product, fail }));
  writeFileSync(join(dirname(clientPath), "session.ts"), sessionSource({ product }));
}
