#!/usr/bin/env node
// Writes src/generated/operations.ts of a product client from its bundled spec (spec/dist/<product>.json): per
// operationId its method, path, documented HTTP statuses and `status` values, the headers the client fills in
// (`x-idaas-sdk-option` of the header parameters) and how each request body field is shown in logs and errors
// (`x-idaas-sdk-redact` of its schema). Build-time only: the clients' runtime never reads the spec.
//
//   node generate-operations.mjs <bundle.json> <out.ts>

import { readFileSync, writeFileSync } from "node:fs";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const FIELD_KINDS = ["secret", "mobile", "email", "plain"];

const [bundlePath, outPath] = process.argv.slice(2);
if (!bundlePath || !outPath) fail("usage: generate-operations.mjs <bundle.json> <out.ts>");

function fail(message) {
  console.error(`generate-operations: ${message}`);
  process.exit(1);
}

let document;
try {
  document = JSON.parse(readFileSync(bundlePath, "utf8"));
} catch (error) {
  fail(`cannot read the bundle ${bundlePath}: ${error.message}`);
}

/** Follows local `#/…` references. */
function resolve(node) {
  let current = node;
  for (let depth = 0; current && typeof current.$ref === "string"; depth++) {
    if (depth > 20 || !current.$ref.startsWith("#/")) fail(`cannot resolve $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((value, key) => value?.[key], document);
    if (current === undefined) fail(`unresolvable $ref ${node.$ref}`);
  }
  return current;
}

/** The first value of `key` on `schema`, its references or its allOf parts (the property's own wins). */
function extension(schema, key) {
  if (!schema || typeof schema !== "object") return undefined;
  if (schema[key] !== undefined) return schema[key];
  if (schema.$ref) return extension(resolve(schema), key);
  for (const part of schema.allOf ?? []) {
    const found = extension(part, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The `status` values a 200 body schema documents: its const / enum, through oneOf, anyOf and allOf. */
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

function jsonSchemaOf(content) {
  return content?.["application/json"]?.schema;
}

function describe(operation, method, path) {
  const id = operation.operationId;
  const httpStatuses = {};
  const resultStatuses = [];
  for (const [code, response] of Object.entries(operation.responses ?? {})) {
    httpStatuses[code] = true;
    if (Number(code) < 400) resultStatuses.push(...statusValues(jsonSchemaOf(resolve(response).content)));
  }
  const headers = {};
  for (const parameter of (operation.parameters ?? []).map(resolve)) {
    const option = parameter["x-idaas-sdk-option"];
    if (parameter.in === "header" && option !== undefined) headers[option] = parameter.name;
  }
  const fieldKinds = {};
  const body = resolve(jsonSchemaOf(resolve(operation.requestBody)?.content));
  for (const [field, schema] of Object.entries(body?.properties ?? {})) {
    const kind = extension(schema, "x-idaas-sdk-redact");
    if (!FIELD_KINDS.includes(kind)) {
      fail(`${id}: request field "${field}" needs x-idaas-sdk-redact: ${FIELD_KINDS.join(" | ")} (got ${kind})`);
    }
    fieldKinds[field] = kind;
  }
  return { method, path, httpStatuses, resultStatuses: [...new Set(resultStatuses)], headers, fieldKinds };
}

const operations = {};
for (const [path, item] of Object.entries(document.paths ?? {})) {
  for (const method of METHODS) {
    const operation = item[method];
    if (!operation) continue;
    if (!operation.operationId) fail(`${method.toUpperCase()} ${path} has no operationId`);
    operations[operation.operationId] = describe(operation, method, path);
  }
}
if (Object.keys(operations).length === 0) fail(`${bundlePath} has no operations`);

// The options every operation takes are the client's; nested on their dots (device.agent → device: { agent }).
const all = Object.values(operations);
const headerNames = {};
for (const [option, header] of Object.entries(all[0].headers)) {
  if (!all.every((operation) => operation.headers[option] === header)) continue;
  const keys = option.split(".");
  const last = keys.pop();
  let target = headerNames;
  for (const key of keys) target = target[key] ??= {};
  target[last] = header;
}

const json = (value) => JSON.stringify(value, null, 2);
writeFileSync(
  outPath,
  `// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// Typed against openapi-typescript's output of the same bundle (./schema.ts): the two generators must agree.

import type { CommonHeaderOf, HeaderNames, OperationFacts } from "@idaas-sdk/core";
import type { operations as Operations, paths as Paths } from "./schema.js";

/** Per operationId: method, path, documented HTTP statuses and \`status\` values, option headers, body field kinds. */
export const operations = ${json(operations)} as const satisfies OperationFacts<Paths, Operations>;

/** Which header carries each client option (the options every operation takes). */
export const headerNames = ${json(headerNames)} as const satisfies HeaderNames<CommonHeaderOf<Operations>>;
`,
);
