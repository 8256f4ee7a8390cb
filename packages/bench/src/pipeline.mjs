// Pipeline times, in seconds: a cold build of the whole repo (turbo cache bypassed), a warm build with nothing
// changed (everything replayed from turbo's cache), and the rebuild after one spec description changed. The
// touched file is restored afterwards, and rebuilt so that the repo's outputs match its sources again.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { listOperations, loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import { parseDocument } from "yaml";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "node_modules", ".bin");
const turbo = join(bin, "turbo");
// turbo looks pnpm up on PATH: the repo's own comes first.
const env = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH}`,
  REDOCLY_TELEMETRY: "off",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
};

/** @param {string} label @param {string[]} extra */
function timedBuild(label, extra = []) {
  const start = process.hrtime.bigint();
  const result = spawnSync(turbo, ["run", "build", "--output-logs=errors-only", ...extra], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stdout}${result.stderr}`);
  console.log(`${label.padEnd(14)} ${seconds.toFixed(2)} s`);
  return Math.round(seconds * 100) / 100;
}

/** The source file of the first operation of the spec, and that text with its description changed (a new text
 * each run, so turbo's cache never has it). */
function specEdit() {
  const [product] = PRODUCTS;
  if (!product) throw new Error("@idaas-sdk/spec lists no product");
  const [operation] = listOperations(loadSpec(product));
  if (!operation) throw new Error(`the ${product} spec has no operation`);
  const rootFile = join(root, "spec", `${product}.yaml`);
  const ref = parseDocument(readFileSync(rootFile, "utf8")).toJS().paths[operation.path].$ref;
  const file = join(root, "spec", ref);
  const original = readFileSync(file, "utf8");
  const document = parseDocument(original);
  const method = operation.method.toLowerCase();
  document.setIn(
    [method, "description"],
    `${document.getIn([method, "description"])}\n(benchmark edit ${Date.now()})\n`,
  );
  return { file, original, edited: document.toString() };
}

export function pipeline() {
  console.log("\npipeline (turbo run build)");
  const cold = timedBuild("cold", ["--force"]);
  const warm = timedBuild("warm");
  const edit = specEdit();
  let oneSpecEdit;
  writeFileSync(edit.file, edit.edited);
  try {
    oneSpecEdit = timedBuild("one spec edit");
  } finally {
    writeFileSync(edit.file, edit.original);
  }
  timedBuild("restored");
  return { cold, warm, oneSpecEdit };
}
