// Builds spec/dist: one bundle per product (JSON and YAML), each from its root document in redocly.yaml.
import { rmSync } from "node:fs";
import { redocly } from "./redocly.mjs";

/** @type {[api: string, output: string][]} */
const outputs = ["eiam", "ciam"].flatMap((api) => [
  [api, `dist/${api}.json`],
  [api, `dist/${api}.yaml`],
]);

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
for (const [api, output] of outputs) {
  const { status, stdout, stderr } = redocly(["bundle", api, "-o", output]);
  if (status !== 0) {
    process.stderr.write(`spec build: bundling "${api}" into ${output} failed\n${stdout}${stderr}`);
    process.exit(1);
  }
}
console.log(`spec build: wrote ${outputs.map(([, output]) => `spec/${output}`).join(", ")}`);
