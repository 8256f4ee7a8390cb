// Redocly plugin of this spec. Its one decorator turns the named error examples of a response into the
// enum of `error_code` for that response, so the code lists are written once (as examples) and still reach
// the schema, the generated client types and the docs.

// What the decorator reads of the visitor's arguments (Redocly's own types come with the CLI, not a dependency here).
/** @typedef {{ $ref?: string, value?: { error_code?: unknown } }} Example a named example, or a reference to one */
/** @typedef {{ examples?: Record<string, Example>, schema?: Record<string, unknown> }} MediaType */
/** @typedef {{ resolve(node: Example): { node: Example | undefined } }} Context */

function errorCodeEnum() {
  return {
    MediaType: {
      /** @param {MediaType} mediaType @param {Context} ctx */
      leave(mediaType, ctx) {
        const examples = Object.values(mediaType.examples ?? {});
        if (examples.length === 0 || mediaType.schema?.["x-error-codes-from-examples"]) return;
        const codes = examples.map((example) => {
          const resolved = example.$ref ? ctx.resolve(example).node : example;
          return resolved?.value?.error_code;
        });
        if (!codes.every((code) => typeof code === "string")) return;
        mediaType.schema = {
          "x-error-codes-from-examples": true,
          allOf: [
            mediaType.schema,
            {
              type: "object",
              required: ["error_code"],
              properties: { error_code: { enum: [...new Set(codes)] } },
            },
          ],
        };
      },
    },
  };
}

export default function idaasPlugin() {
  return {
    id: "idaas",
    decorators: { oas3: { "error-code-enum": errorCodeEnum } },
  };
}
