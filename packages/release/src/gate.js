// The breaking-change gate: a breaking change to the spec needs a major release of every package it touches,
// announced by a pending major changeset, or already applied by `changeset version` (major version raised).
import { affectedPackages } from "./affected.js";
import { classify } from "./classify.js";

/**
 * @param {object} input
 * @param {string} input.basePath spec of the last release
 * @param {string} input.revisionPath spec now
 * @param {{ file: string, releases: Record<string, string> }[]} input.changesets pending changesets
 * @param {(tag: string) => string | undefined} input.clientOfTag
 * @param {string} [input.specPackage]
 * @param {(name: string) => { before?: string, now?: string }} [input.versions] versions at the base and now
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

function coverage(name, changesets, versions) {
  const changeset = changesets.find((c) => c.releases[name] === "major");
  if (changeset) return `changeset ${changeset.file}`;
  const { before, now } = versions?.(name) ?? {};
  const major = (version) => Number(version?.split(".")[0]);
  if (before && now && major(now) > major(before)) return `version ${before} → ${now}`;
  return undefined;
}
