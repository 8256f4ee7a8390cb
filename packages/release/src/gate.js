// The breaking-change gate: a breaking change to the spec needs a major release of every package it touches,
// announced by a pending major changeset, or already applied by `changeset version` (major version raised).
import { affectedPackages } from "./affected.js";
import { classify } from "./classify.js";

/** @typedef {{ file: string, releases: Record<string, string> }[]} Changesets */
/** @typedef {(name: string) => { before?: string, now?: string }} Versions */

/**
 * @param {object} input
 * @param {string} input.basePath spec of the last release
 * @param {string} input.revisionPath spec now
 * @param {Changesets} input.changesets pending changesets
 * @param {(tag: string) => string | undefined} input.clientOfTag
 * @param {string} [input.specPackage]
 * @param {Versions} [input.versions] versions at the base and now
 */
export function runGate({
  basePath,
  revisionPath,
  changesets,
  clientOfTag,
  specPackage = "@idaas-sdk/spec",
  versions,
}) {
  const { changes, breaking, base, revision } = classify(basePath, revisionPath);
  const packages = affectedPackages(breaking, [base, revision], clientOfTag, specPackage).map((name) => ({
    name,
    coveredBy: coverage(name, changesets, versions),
  }));
  return { changes, breaking, packages, ok: packages.every((p) => p.coveredBy !== undefined) };
}

/** @param {string} name @param {Changesets} changesets @param {Versions} [versions] */
function coverage(name, changesets, versions) {
  const changeset = changesets.find((c) => c.releases[name] === "major");
  if (changeset) return `changeset ${changeset.file}`;
  const { before, now } = versions?.(name) ?? {};
  const major = (/** @type {string} */ version) => Number(version?.split(".")[0]);
  if (before && now && major(now) > major(before)) return `version ${before} → ${now}`;
  return undefined;
}
