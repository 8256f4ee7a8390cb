// Builds spec/dist: the whole API (JSON and YAML) and one slice per product line, all from redocly.yaml.
import { rmSync } from "node:fs";
import { redocly } from "./redocly.mjs";

const outputs = [
  ["all", "dist/openapi.json"],
  ["all", "dist/openapi.yaml"],
  ["eiam", "dist/eiam.json"],
  ["ciam", "dist/ciam.json"],
];

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
for (const [api, output] of outputs) {
  const { status, stdout, stderr } = redocly(["bundle", api, "-o", output]);
  if (status !== 0) {
    process.stderr.write(`spec build: bundling "${api}" into ${output} failed\n${stdout}${stderr}`);
    process.exit(1);
  }
}
console.log(`spec build: wrote ${outputs.map(([, output]) => `spec/${output}`).join(", ")}`);
