// The GitHub workflows: each validates against the workflow schema (action-validator), pins every third-party
// action to a commit, sets permissions per job; ci.yml runs exactly the README's test command, and release.yml the
// release script, so the README, the package scripts and the workflows cannot drift apart.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, test } from "vitest";
import { parse } from "yaml";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const dir = join(repo, ".github", "workflows");
const files = readdirSync(dir).filter((name) => name.endsWith(".yml"));
const validator = createRequire(import.meta.url).resolve("@action-validator/cli/cli.mjs");

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
  concurrency?: unknown;
}
interface Workflow {
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}
const workflow = (name: string) => parse(readFileSync(join(dir, name), "utf8")) as Workflow;
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps ?? []);

/** The README's test command: the line of its "Two commands" block that runs the tests. */
const readmeTest = readFileSync(join(repo, "README.md"), "utf8").match(/^(npm test)\s+#/m)?.[1];
const scripts = (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;

test("the three workflows are there", () => {
  expect(files.sort()).toEqual(["ci.yml", "docs.yml", "release.yml"]);
});

describe.each(files)("%s", (name) => {
  it("validates against the workflow schema", () => {
    // action-validator exits non-zero and prints the errors for an invalid file.
    expect(() => execFileSync(process.execPath, [validator, join(dir, name)], { stdio: "pipe" })).not.toThrow();
  });

  it("pins every third-party action to a commit, and sets permissions for the workflow and each job", () => {
    for (const { uses } of steps(name)) {
      if (uses) expect(uses, name).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
    const { permissions, jobs } = workflow(name);
    expect(permissions).toEqual({ contents: "read" });
    for (const [id, job] of Object.entries(jobs)) expect(job.permissions, `${name} ${id}`).toBeDefined();
  });
});

test("ci.yml runs exactly the README's test command, and keeps the test artifacts", () => {
  expect(readmeTest).toBe("npm test");
  expect(steps("ci.yml").flatMap((step) => (step.run ? [step.run] : []))).toEqual([readmeTest]);
  const upload = steps("ci.yml").find((step) => step.uses?.startsWith("actions/upload-artifact@"));
  expect(String(upload?.with?.path)).toContain("test-artifacts/");
});

test("release.yml versions with the version script and publishes with the release script, with provenance", () => {
  const action = steps("release.yml").find((step) => step.uses?.startsWith("changesets/action@"));
  expect(action?.with).toMatchObject({ version: "pnpm version-packages", publish: "pnpm release" });
  expect(scripts["version-packages"]).toBe("changeset version");
  expect(scripts.release).toMatch(/^node scripts\/run\.mjs test && pnpm gate && changeset publish$/);
  expect(workflow("release.yml").jobs.release?.permissions).toMatchObject({ "id-token": "write" });
});

test("docs.yml deploys docs/dist to Pages with the least permissions, one deploy at a time", () => {
  const { jobs, concurrency } = workflow("docs.yml");
  expect(concurrency).toMatchObject({ group: "pages" });
  expect(jobs.deploy?.permissions).toEqual({ pages: "write", "id-token": "write" });
  expect(steps("docs.yml").find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({
    path: "docs/dist",
  });
});
