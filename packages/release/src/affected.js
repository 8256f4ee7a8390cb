// Which published packages a change touches: the spec always, plus the client generated for each tag
// (product line) of the operations it touches; a change outside `paths` touches every client.
import { operationOf } from "./pointer.js";

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @param {import("./classify.js").Change[]} changes
 * @param {import("./classify.js").Spec[]} specs base and revision
 * @param {(tag: string) => string | undefined} clientOfTag package name of the client of a tag
 * @param {string} specPackage
 * @returns {string[]} package names, sorted
 */
export function affectedPackages(changes, specs, clientOfTag, specPackage) {
  const tags = new Set();
  for (const change of changes) {
    for (const tag of tagsOf(change.pointer, specs)) tags.add(tag);
  }
  const clients = [...tags].map(clientOfTag).filter((name) => name !== undefined);
  return changes.length === 0 ? [] : [...new Set([specPackage, ...clients])].sort();
}

/** @param {string} pointer @param {import("./classify.js").Spec[]} specs @returns {string[]} */
function tagsOf(pointer, specs) {
  const operation = operationOf(pointer);
  /** @type {string[]} */
  const found = [];
  for (const spec of specs) {
    if (!operation) {
      for (const tag of spec.tags ?? []) found.push(tag.name);
      for (const pathItem of Object.values(spec.paths ?? {}))
        for (const method of methods) found.push(...(pathItem?.[method]?.tags ?? []));
      continue;
    }
    const pathItem = spec.paths?.[operation.url];
    for (const method of operation.method ? [operation.method] : methods)
      found.push(...(pathItem?.[method]?.tags ?? []));
  }
  return found;
}
