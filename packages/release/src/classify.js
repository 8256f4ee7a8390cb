// Classifies the changes between two bundled specs: Redocly's `diff` (every change rated major, minor or
// patch) plus our own rule for values newly added to a response (see response-values.js).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { decode } from "./pointer.js";
import { redocly } from "./redocly.js";
import { addedResponseValues } from "./response-values.js";

const diffConfig = fileURLToPath(new URL("../redocly-diff.yaml", import.meta.url));

/**
 * @typedef {{ source: string, impact: "major" | "minor" | "patch", rule: string, pointer: string, message: string }} Change
 * @typedef {Record<string, any>} Spec a parsed OpenAPI document, walked without a schema
 * @param {string} basePath spec of the last release (JSON or YAML)
 * @param {string} revisionPath spec as it is now
 * @returns {{ changes: Change[], breaking: Change[], base: Spec, revision: Spec }}
 */
export function classify(basePath, revisionPath) {
  const base = readSpec(basePath);
  const revision = readSpec(revisionPath);
  const changes = [...redoclyChanges(basePath, revisionPath), ...addedResponseValues(base, revision)];
  return { changes, breaking: changes.filter((change) => change.impact === "major"), base, revision };
}

/** @param {string} path @returns {Spec} */
export function readSpec(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(`cannot read the spec ${path}: the file does not exist or is unreadable`);
  }
  try {
    return parse(text); // JSON is YAML
  } catch (error) {
    throw new Error(`${path} is not valid JSON or YAML: ${/** @type {Error} */ (error).message.split("\n")[0]}`);
  }
}

/** @param {string} basePath @param {string} revisionPath @returns {Change[]} */
function redoclyChanges(basePath, revisionPath) {
  const dir = mkdtempSync(join(tmpdir(), "idaas-diff-"));
  try {
    const output = join(dir, "diff.json");
    const args = ["diff", basePath, revisionPath, "--config", diffConfig, "--format", "json", "--fail-on", "none"];
    const { status, stdout, stderr } = redocly([...args, "-o", output]);
    if (status !== 0) throw new Error(`redocly diff ${basePath} ${revisionPath} failed:\n${stdout}${stderr}`);
    const report = JSON.parse(readFileSync(output, "utf8"));
    return report.changes.map((/** @type {any} */ change) => {
      const verdict = change.verdicts.find((/** @type {any} */ v) => v.impact === change.impact) ?? change.verdicts[0];
      return {
        source: "redocly",
        impact: change.impact,
        rule: verdict?.ruleId ?? `${change.typeName} ${change.kind}`,
        pointer: change.path,
        message:
          verdict?.message ?? `${change.typeName} ${change.kind}: ${change.property ?? lastSegment(change.path)}`,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lastSegment = (/** @type {string} */ pointer) => decode(pointer.split("/").at(-1) ?? "");
