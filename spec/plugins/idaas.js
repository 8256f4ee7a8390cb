// Redocly plugin of this spec, two decorators of the bundles.
//
// `error-code-enum` turns the named error examples of a response into the enum of `error_code` for that response, so
// the code lists are written once (as examples) and still reach the schema, the generated client types and the docs.
// The response's schema becomes the error body's schema (ErrorResponse) with that enum on `error_code`, written out
// whole: the same body as `allOf: [ErrorResponse, { error_code: enum }]`, without the composition, which Redocly's
// `score` counts as polymorphism on every operation and which a `$ref` with sibling keywords cannot replace
// (openapi-typescript reads only the `$ref` and would lose the enum).

// What the decorator reads of the visitor's arguments (Redocly's own types come with the CLI, not a dependency here).
/** @typedef {{ $ref?: string, value?: { error_code?: unknown } }} Example a named example, or a reference to one */
/** @typedef {{ $ref?: string, required?: string[], properties?: Record<string, object>, [key: string]: unknown }} Schema */
/** @typedef {{ examples?: Record<string, Example>, schema?: Schema }} MediaType */
/** @typedef {{ resolve<T>(node: T): { node: T | undefined } }} Context */

/** @param {unknown} node @returns {boolean} */
const holdsRef = (node) =>
  typeof node === "object" &&
  node !== null &&
  Object.entries(node).some(([key, value]) => key === "$ref" || holdsRef(value));

function errorCodeEnum() {
  return {
    MediaType: {
      /** @param {MediaType} mediaType @param {Context} ctx */
      leave(mediaType, ctx) {
        const examples = Object.values(mediaType.examples ?? {});
        const schema = mediaType.schema;
        if (examples.length === 0 || !schema || schema["x-error-codes-from-examples"]) return;
        const codes = examples.map((example) => {
          const resolved = example.$ref ? ctx.resolve(example).node : example;
          return resolved?.value?.error_code;
        });
        if (!codes.every((code) => typeof code === "string")) return;
        const body = schema.$ref ? ctx.resolve(schema).node : schema;
        // Written out here, a $ref inside the error body would point from the wrong file.
        if (!body || holdsRef(body)) {
          throw new Error(`idaas/error-code-enum: the error body ${schema.$ref ?? ""} must be a schema without $refs`);
        }
        mediaType.schema = {
          "x-error-codes-from-examples": true,
          ...body,
          required: [...new Set([...(body.required ?? []), "error_code"])],
          properties: {
            ...body.properties,
            error_code: { ...body.properties?.error_code, enum: [...new Set(codes)] },
          },
        };
      },
    },
  };
}

// `own-responses` gives each operation its own copy of a response it refers to (`components/responses`: the code
// sends' empty 200s, the error responses several operations share), so that every operation of a bundle holds its
// answers. The sources keep one file per shared response. Redocly's walker visits a referred node once, so without
// the copies `redocly score` saw a shared response only under the first operation referring to it, and scored the
// others as documenting no error response and, for a code send, no response example.
/** @typedef {Record<string, { $ref?: string }>} Responses */

function ownResponses() {
  return {
    Responses: {
      /** @param {Responses} responses @param {Context} ctx */
      leave(responses, ctx) {
        for (const [status, response] of Object.entries(responses)) {
          if (!response?.$ref) continue;
          const shared = ctx.resolve(response).node;
          if (!shared) throw new Error(`idaas/own-responses: cannot resolve ${response.$ref}`);
          responses[status] = structuredClone(shared);
        }
      },
    },
  };
}

export default function idaasPlugin() {
  return {
    id: "idaas",
    decorators: { oas3: { "error-code-enum": errorCodeEnum, "own-responses": ownResponses } },
  };
}
