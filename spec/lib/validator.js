// JSON Schema 2020-12 validation of payloads against a bundled spec, with Ajv. Unlike plain Ajv it also
// checks `contentSchema`: a string whose `contentMediaType` is application/json is parsed and validated
// against its inner schema, so the JSON inside `data` strings is checked too.
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { getOperation, resolve } from "./catalog.js";

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const DOCUMENT_ID = "idaas-openapi.json";

/** @typedef {import("./index.js").SpecDocument} SpecDocument */
/** @typedef {import("ajv").ValidateFunction} ValidateFunction */

/** @param {import("ajv").ErrorObject[] | null | undefined} errors */
function formatErrors(errors) {
  return (errors ?? []).map((error) => `${error.instancePath || "(root)"} ${error.message}`);
}

/**
 * @param {SpecDocument} document a bundled OpenAPI 3.1 document (spec/dist/*.json)
 * @returns {import("./validator.js").SpecValidator}
 */
export function createValidator(document) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.removeKeyword("contentSchema");
  /** @type {import("ajv").SchemaValidateFunction} */
  const checkContent = (contentSchema, data, parentSchema) => {
    // Ajv always passes parentSchema here; its type has it optional.
    if (typeof data !== "string" || parentSchema?.contentMediaType !== "application/json") return true;
    let parsed;
    try {
      parsed = JSON.parse(data);
    } catch (error) {
      checkContent.errors = [
        { keyword: "contentSchema", message: `is not JSON: ${/** @type {Error} */ (error).message}`, params: {} },
      ];
      return false;
    }
    const inner = compileSchema(contentSchema);
    if (inner(parsed)) return true;
    checkContent.errors = (inner.errors ?? []).map((error) => ({
      keyword: "contentSchema",
      message: `inner JSON ${error.instancePath || "(root)"} ${error.message}`,
      params: {},
    }));
    return false;
  };
  ajv.addKeyword({ keyword: "contentSchema", schemaType: "object", validate: checkContent, errors: true });
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });

  // An inline schema (say an allOf taken from a response) is compiled on its own, so its local $refs are
  // pointed at the document first.
  const anchor = (/** @type {object} */ schema) =>
    JSON.parse(JSON.stringify(schema), (key, value) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${DOCUMENT_ID}${value}` : value,
    );
  /** @type {Map<string, ValidateFunction>} */
  const cache = new Map();
  /**
   * @param {object} schema
   * @returns {ValidateFunction}
   */
  function compileSchema(schema) {
    const key = JSON.stringify(schema);
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile(anchor(schema));
      cache.set(key, validate);
    }
    return validate;
  }

  /**
   * Validates `value` against `schema` (an inline schema or a local $ref); returns error strings, empty when valid.
   * @param {object} schema
   * @param {unknown} value
   * @returns {string[]}
   */
  function validateSchema(schema, value) {
    // A discriminated union is checked against the one variant its discriminator names, so the errors are
    // that variant's and not every variant's.
    /** @type {SpecDocument | undefined} */
    const resolved = resolve(document, schema);
    const discriminator = resolved?.discriminator;
    if (discriminator?.mapping && resolved?.oneOf && value && typeof value === "object" && !Array.isArray(value)) {
      const tag = /** @type {Record<string, any>} */ (value)[discriminator.propertyName];
      const variant = discriminator.mapping[tag];
      if (!variant) {
        return [
          `/${discriminator.propertyName} is ${JSON.stringify(tag)}, not one of ${Object.keys(discriminator.mapping).join(", ")}`,
        ];
      }
      return validateSchema({ $ref: variant }, value);
    }
    const validate = compileSchema(schema);
    return validate(value) ? [] : formatErrors(validate.errors);
  }

  return {
    validateSchema,
    /** Errors of a response body for an operation and HTTP status; an undocumented status is an error. */
    validateResponse(operationId, httpStatus, body) {
      const operation = getOperation(document, operationId);
      const response = operation.responses.find((candidate) => candidate.status === httpStatus);
      if (!response) {
        return [
          `HTTP ${httpStatus} is not documented for ${operationId} (documented: ${operation.responses.map((r) => r.status).join(", ")})`,
        ];
      }
      if (!response.schema) return body === undefined || body === "" || body === null ? [] : ["expected an empty body"];
      return validateSchema(response.schema, body);
    },
    /** Errors of a request body for an operation. */
    validateRequestBody(operationId, body) {
      const operation = getOperation(document, operationId);
      if (!operation.requestBody) throw new Error(`${operationId} takes no request body`);
      return validateSchema(operation.requestBody.schema, body);
    },
    resolve: (node) => resolve(document, node),
  };
}
