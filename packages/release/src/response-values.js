// Our own rule, "response-value-added": a value newly allowed in a response (a new `enum` member, a new `const`
// variant, a new discriminator mapping key) breaks clients whose code switches exhaustively over that field,
// e.g. `switch (result.status)` with a `never` default, or over `error_code`. Values are grouped by the field's
// property path (combinators skipped), so the rule holds however the variants are arranged in `oneOf`.
import { decode, encode } from "./pointer.js";

/** @typedef {import("./classify.js").Spec} Spec */

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @param {Spec} base @param {Spec} revision
 * @returns {import("./classify.js").Change[]}
 */
export function addedResponseValues(base, revision) {
  /** @type {import("./classify.js").Change[]} */
  const changes = [];
  for (const [url, pathItem] of Object.entries(revision.paths ?? {})) {
    for (const method of methods) {
      const responses = pathItem?.[method]?.responses;
      const baseResponses = base.paths?.[url]?.[method]?.responses;
      if (!responses || !baseResponses) continue;
      for (const [status, response] of Object.entries(responses)) {
        const baseResponse = resolve(base, baseResponses[status]);
        for (const [mediaType, media] of Object.entries(resolve(revision, response)?.content ?? {})) {
          const baseMedia = baseResponse?.content?.[mediaType];
          if (!baseMedia) continue;
          const before = closedValues(base, baseMedia.schema);
          for (const [field, values] of closedValues(revision, media.schema)) {
            const known = before.get(field);
            if (!known) continue; // a new field is an addition, not a new value of a known one
            const added = [...values].filter((value) => !known.has(value));
            if (added.length === 0) continue;
            changes.push({
              source: "idaas",
              impact: "major",
              rule: "response-value-added",
              pointer: `#/paths/${encode(url)}/${method}/responses/${status}/content/${encode(mediaType)}/schema`,
              message: `${field} in the ${status} response gained ${added.join(", ")}: exhaustive switches on it break.`,
            });
          }
        }
      }
    }
  }
  return changes;
}

/**
 * Every field of a schema that has a closed set of values → those values (JSON-encoded).
 * @param {Spec} doc @param {unknown} schema
 */
function closedValues(doc, schema) {
  /** @type {Map<string, Set<string>>} */
  const fields = new Map();
  /** @param {string} field @param {unknown} value */
  const add = (field, value) => {
    const name = field || "(body)";
    if (!fields.has(name)) fields.set(name, new Set());
    fields.get(name)?.add(JSON.stringify(value));
  };
  /** @param {any} node @param {string} field @param {Set<string>} refs @returns {void} */
  const walk = (node, field, refs) => {
    if (node?.$ref) {
      if (refs.has(node.$ref)) return;
      return walk(resolve(doc, node), field, new Set(refs).add(node.$ref));
    }
    if (typeof node !== "object" || node === null) return;
    for (const value of node.enum ?? []) add(field, value);
    if ("const" in node) add(field, node.const);
    const discriminator = node.discriminator;
    for (const key of Object.keys(discriminator?.mapping ?? {})) add(join(field, discriminator.propertyName), key);
    for (const key of ["allOf", "oneOf", "anyOf"]) for (const part of node[key] ?? []) walk(part, field, refs);
    for (const [name, property] of Object.entries(node.properties ?? {})) walk(property, join(field, name), refs);
    if (node.items) walk(node.items, `${field}[]`, refs);
  };
  walk(schema, "", new Set());
  return fields;
}

const join = (/** @type {string} */ field, /** @type {string} */ name) => (field ? `${field}.${name}` : name);

/** Follows a local `$ref` (`#/components/...`); anything else is returned as is. @param {Spec} doc @param {any} node @returns {any} */
function resolve(doc, node) {
  if (typeof node?.$ref !== "string" || !node.$ref.startsWith("#/")) return node;
  let target = doc;
  for (const segment of node.$ref.slice(2).split("/")) {
    target = target?.[decode(decodeURIComponent(segment))];
  }
  return target;
}
