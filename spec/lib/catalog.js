// A read-only index of a bundled spec (dist/*.json): its operations, headers, body fields, statuses, named
// examples and error catalogue, with every $ref resolved. The mock, the docs and the tests read the spec
// through this one module, so none of them keeps its own list of endpoints or codes.

/** @typedef {import("./index.js").SpecDocument} SpecDocument */
/** @typedef {import("./catalog.js").CatalogError} CatalogError */
/** @typedef {import("./catalog.js").CatalogExample} CatalogExample */
/** @typedef {import("./catalog.js").CatalogOperation} CatalogOperation */

/** The HTTP methods an OpenAPI path item can hold, lower-case as the document writes them. */
export const METHODS = Object.freeze(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** `x-mock-when.missing` entry that matches any missing or invalid required parameter. */
const ANY_PARAMETER = "*";

/**
 * Resolves a local "#/a/b" reference (repeatedly) in `document`.
 * @param {SpecDocument} document
 * @param {any} node
 * @returns {any}
 */
export function resolve(document, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    if (!current.$ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split("/")
      .map((/** @type {string} */ part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((/** @type {any} */ value, /** @type {string} */ key) => {
        if (value == null || !(key in value)) throw new Error(`unresolvable $ref ${node.$ref}`);
        return value[key];
      }, document);
  }
  return current;
}

/**
 * @param {SpecDocument} document
 * @param {unknown} schema
 * @returns {string[]}
 */
function requiredBodyFields(document, schema) {
  const resolved = resolve(document, schema);
  if (!resolved) return [];
  const own = resolved.required ?? [];
  const fromAllOf = (resolved.allOf ?? []).flatMap((/** @type {unknown} */ part) => requiredBodyFields(document, part));
  return [...new Set([...own, ...fromAllOf])];
}

/**
 * `x-idaas-assumed` of a response or an example: the text saying that the vendor's page does not show it and what it
 * was taken from. The key is there only when the spec marks the node.
 * @param {any} node
 * @returns {{ assumed?: string }}
 */
function assumedOf(node) {
  const assumed = node?.["x-idaas-assumed"];
  return typeof assumed === "string" ? { assumed } : {};
}

/**
 * @param {SpecDocument} document
 * @param {SpecDocument | undefined} mediaType
 * @returns {CatalogExample[]}
 */
function examplesOf(document, mediaType) {
  return Object.entries(mediaType?.examples ?? {}).map(([name, example]) => {
    const resolved = resolve(document, example);
    return {
      name,
      summary: resolved.summary,
      description: resolved.description,
      value: resolved.value,
      error: resolved["x-idaas-error"],
      mockWhen: resolved["x-mock-when"],
      ...assumedOf(resolved),
    };
  });
}

/**
 * Lists the operations of a bundled spec.
 * @param {SpecDocument} document a bundled OpenAPI 3.1 document (spec/dist/*.json)
 * @returns {CatalogOperation[]}
 */
export function listOperations(document) {
  /** @type {CatalogOperation[]} */
  const operations = [];
  /** @type {{ code: string, message: string } | undefined} */
  let errorFields;
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) =>
        resolve(document, parameter),
      );
      const requestBody = resolve(document, operation.requestBody);
      const [requestMediaType, requestMedia] = Object.entries(requestBody?.content ?? {})[0] ?? [];
      const responses = Object.entries(operation.responses ?? {}).map(([status, response]) => {
        const resolved = resolve(document, response);
        const [mediaType, media] = Object.entries(resolved.content ?? {})[0] ?? [];
        return {
          status: Number(status),
          description: resolved.description,
          mediaType,
          schema: media?.schema,
          examples: examplesOf(document, media),
          ...assumedOf(resolved),
        };
      });
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        tags: operation.tags ?? [],
        /** The product whose document holds it: its one tag, lower-cased ("eiam" or "ciam"). */
        product: operation.tags?.[0]?.toLowerCase(),
        summary: operation.summary,
        description: operation.description,
        headers: parameters
          .filter((parameter) => parameter.in === "header")
          .map((parameter) => ({
            name: parameter.name,
            required: parameter.required === true,
            description: parameter.description,
            example: parameter.example,
            schema: parameter.schema,
            option: parameter["x-idaas-sdk-option"],
            prefix: parameter["x-idaas-sdk-value-prefix"],
          })),
        requestBody: requestBody && {
          required: requestBody.required === true,
          mediaType: requestMediaType,
          schema: requestMedia?.schema,
          requiredFields: requiredBodyFields(document, requestMedia?.schema),
          examples: examplesOf(document, requestMedia),
        },
        responses,
        /** Every documented error of this operation, one entry per code. */
        errors: responses
          .filter((response) => response.status >= 400)
          .flatMap((response) =>
            // Cast: spec/test checks that every error example has its code field and x-idaas-error.
            response.examples.map((example) => {
              errorFields ??= errorFieldsOf(document);
              return /** @type {CatalogError} */ ({
                httpStatus: response.status,
                code: /** @type {Record<string, string> | undefined} */ (example.value)?.[errorFields.code],
                exampleName: example.name,
                example: example.value,
                message: example.error?.message,
                messageZh: example.error?.messageZh,
                action: example.error?.action,
                mockWhen: example.mockWhen,
                ...(example.error?.incomplete === true && { incomplete: true }),
              });
            }),
          ),
      });
    }
  }
  return operations;
}

/**
 * Finds one operation by its operationId, or throws naming the ones that exist.
 * @param {SpecDocument} document
 * @param {string} operationId
 */
export function getOperation(document, operationId) {
  const operations = listOperations(document);
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) {
    throw new Error(
      `no operation "${operationId}" in the spec; it has ${operations.map((o) => o.operationId).join(", ")}`,
    );
  }
  return operation;
}

/**
 * The error the spec's `x-mock-when.missing` rules give for a missing or invalid header or body field: the first
 * error that names the field, else the first that names "*"; undefined when the vendor documents none.
 * @param {CatalogOperation} operation
 * @param {string} field
 * @returns {CatalogError | undefined}
 */
export function errorForMissing(operation, field) {
  const naming = (/** @type {string} */ name) =>
    operation.errors.find((error) => error.mockWhen?.missing?.includes(name));
  return naming(field) ?? naming(ANY_PARAMETER);
}

/**
 * The error the spec's `x-mock-when.emulator` gives an emulator rule of the operation; undefined when none.
 * @param {CatalogOperation} operation
 * @param {string} rule
 * @returns {CatalogError | undefined}
 */
export function errorForRule(operation, rule) {
  return operation.errors.find((error) => error.mockWhen?.emulator?.includes(rule));
}

/**
 * The documented request headers of the operation: each header's spec example, and the body's media type when it
 * takes a body. Throws naming the header when one has no example.
 * @param {CatalogOperation} operation
 * @returns {Record<string, string>}
 */
export function exampleHeaders(operation) {
  /** @type {Record<string, string>} */
  const headers = operation.requestBody ? { "Content-Type": operation.requestBody.mediaType } : {};
  for (const header of operation.headers) {
    if (header.example === undefined) {
      throw new Error(`${operation.product} ${operation.operationId}: header ${header.name} has no example`);
    }
    headers[header.name] = header.example;
  }
  return headers;
}

/**
 * A copy of the operation's first request body example (the spec names it `default`); undefined without a body.
 * @param {CatalogOperation} operation
 * @returns {Record<string, unknown> | undefined}
 */
export function exampleBody(operation) {
  if (!operation.requestBody) return undefined;
  const example = operation.requestBody.examples[0];
  if (!example) throw new Error(`${operation.product} ${operation.operationId} has no request example`);
  return structuredClone(/** @type {Record<string, unknown>} */ (example.value));
}

/**
 * The names of the error body's fields, as `x-idaas-sdk-error-field` marks them on the `ErrorResponse` schema:
 * `code` (the machine-readable error code) and `message`. Throws when the document does not mark both.
 * @param {SpecDocument} document
 * @returns {{ code: string, message: string }}
 */
export function errorFieldsOf(document) {
  const properties = document.components?.schemas?.ErrorResponse?.properties ?? {};
  /** @type {Record<string, string>} */
  const fields = {};
  for (const [name, schema] of Object.entries(properties)) {
    const role = resolve(document, schema)?.["x-idaas-sdk-error-field"];
    if (typeof role === "string") fields[role] = name;
  }
  const { code, message } = fields;
  if (!code || !message) {
    throw new Error(
      "the spec's ErrorResponse schema must mark its code and message fields with x-idaas-sdk-error-field",
    );
  }
  return { code, message };
}

/**
 * The message to show for an error: its catalogue message; where the vendor's page cuts it (`incomplete`), the words
 * before the cut one and a note that says so, never the message cut mid-word.
 * @param {Pick<CatalogError, "message" | "incomplete">} error
 * @returns {string}
 */
export function shownMessage(error) {
  if (!error.incomplete) return error.message;
  const whole = error.message.replace(/\s*\S*$/, "");
  return `${whole}… (the vendor's page cuts the rest of this message)`;
}
