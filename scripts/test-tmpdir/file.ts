// Setup file of every package's tests: each test file gets its own temporary folder (os.tmpdir(), inherited by the
// processes it starts). An idaas-* entry still in it after the file fails the file, naming the entry: every test and
// tool removes what it makes, on failure too (afterAll / finally).
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { restore, variables } from "./run.js";

const saved = variables.map((name) => process.env[name]);
const folder = mkdtempSync(join(tmpdir(), "idaas-test-file-"));
for (const name of variables) process.env[name] = folder;

// Runs last (hooks run as a stack) unless the file fails to load or all its tests skip; run.ts removes the rest.
afterAll(() => {
  restore(saved);
  const left = readdirSync(folder).filter((entry) => entry.startsWith("idaas-"));
  rmSync(folder, { recursive: true, force: true });
  if (left.length > 0) throw new Error(`left ${left.join(", ")} in the temporary folder: remove what it makes`);
});
