// Global setup of every package's tests: the run gets its own temporary folder (os.tmpdir() of its workers and of
// the processes they start), removed when the run ends, whatever is still in it. file.ts checks each test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const variables = ["TMPDIR", "TMP", "TEMP"]; // os.tmpdir() reads TMPDIR on POSIX, TEMP and TMP on Windows

export function setup() {
  const saved = variables.map((name) => process.env[name]);
  const folder = mkdtempSync(join(tmpdir(), "idaas-test-run-"));
  for (const name of variables) process.env[name] = folder;
  return () => {
    restore(saved);
    rmSync(folder, { recursive: true, force: true });
  };
}

export function restore(saved: (string | undefined)[]) {
  variables.forEach((name, index) => {
    const value = saved[index];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  });
}
