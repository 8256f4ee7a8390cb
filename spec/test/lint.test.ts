import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test } from "vitest";
import { redocly } from "../scripts/redocly.mjs";

const specDir = fileURLToPath(new URL("..", import.meta.url));

test("redocly lint (recommended-strict and our rules) finds no error and no warning", () => {
  const { status, stdout, stderr } = redocly(["lint", "--format", "stylish"]);
  expect(`${stdout}${stderr}`).not.toMatch(/warning|error/i);
  expect(status).toBe(0);
});

test("the Arazzo workflows of the login flows lint clean", () => {
  const { status, stdout, stderr } = redocly(["lint", "--format", "stylish", "workflows/login-flows.arazzo.yaml"]);
  expect(`${stdout}${stderr}`).toContain("valid");
  expect(status).toBe(0);
});

// A copy of the spec sources, broken on purpose, proves that our own rules fire and name the file.
const copy = mkdtempSync(join(tmpdir(), "idaas-spec-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test("a parameter without an example fails the lint, naming its file", () => {
  for (const root of ["eiam.yaml", "ciam.yaml"]) cpSync(join(specDir, root), join(copy, "spec", root));
  for (const folder of ["paths", "components", "plugins"]) {
    cpSync(join(specDir, folder), join(copy, "spec", folder), { recursive: true });
  }
  cpSync(join(specDir, "package.json"), join(copy, "spec", "package.json"));
  cpSync(join(specDir, "..", "redocly.yaml"), join(copy, "redocly.yaml"));
  const parameter = join(copy, "spec", "components", "parameters", "X-client-id.yaml");
  writeFileSync(parameter, readFileSync(parameter, "utf8").replace(/^example:.*$/m, ""));

  const { status, stdout, stderr } = redocly(["lint", "--format", "stylish"], {
    cwd: copy,
    config: join(copy, "redocly.yaml"),
  });
  expect(status).not.toBe(0);
  expect(`${stdout}${stderr}`).toMatch(/X-client-id\.yaml[\s\S]*Every parameter has an example/);
});
