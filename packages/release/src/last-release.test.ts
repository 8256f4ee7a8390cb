import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listOperations, loadSpec } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runGate } from "./gate.js";
import { bundleSpecAt, lastReleaseRef, versionAt } from "./last-release.js";
import { redocly } from "./redocly.js";

const workspace = fileURLToPath(new URL("../../../", import.meta.url));
let repo: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();

// A throwaway repo holding the committed spec of this workspace, as the gate would find it in a clone.
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "idaas-release-repo-"));
  const archive = execFileSync("git", ["archive", "--format=tar", "HEAD", "spec", "redocly.yaml"], { cwd: workspace });
  execFileSync("tar", ["-x", "-C", repo], { input: archive });
  writeFileSync(join(repo, "spec", "package.json"), JSON.stringify({ name: "@idaas-sdk/spec", version: "1.2.0" }));
  git("init", "-q", "-b", "main");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "empty");
  git("add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "spec");
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("the last release", () => {
  it("is main while no spec release is tagged, then the newest @idaas-sdk/spec@ tag", () => {
    expect(lastReleaseRef(repo).ref).toBe("main");
    git("tag", "@idaas-sdk/spec@1.2.0");
    expect(lastReleaseRef(repo)).toEqual({ ref: "@idaas-sdk/spec@1.2.0", why: "release tag @idaas-sdk/spec@1.2.0" });
    expect(versionAt(repo, "@idaas-sdk/spec@1.2.0", "spec")).toBe("1.2.0");
  });

  it("says which commit has no spec to compare with", () => {
    expect(() => bundleSpecAt(repo, "main~1", join(repo, "x.json"), "eiam")).toThrow(
      /main~1 has no spec\/ and redocly\.yaml/,
    );
  });

  it("removing an operation of the released spec is breaking for the spec and the client of its tag", () => {
    const base = join(repo, "base.json");
    bundleSpecAt(repo, "main", base, "eiam");
    expect(listOperations(JSON.parse(readFileSync(base, "utf8")))).toHaveLength(
      listOperations(loadSpec("eiam")).length,
    );

    const [removed] = listOperations(JSON.parse(readFileSync(base, "utf8")));
    if (!removed) throw new Error("the spec has no operation");
    const rootFile = join(repo, "spec", "eiam.yaml");
    const root = parse(readFileSync(rootFile, "utf8"));
    delete root.paths[removed.path];
    writeFileSync(rootFile, stringify(root));
    const revision = join(repo, "revision.json");
    expect(redocly(["bundle", "eiam", "-o", revision, "--config", "redocly.yaml"], { cwd: repo }).status).toBe(0);

    const result = runGate({
      basePath: base,
      revisionPath: revision,
      changesets: [],
      clientOfTag: (tag: string) => `@idaas-sdk/${tag.toLowerCase()}`,
    });
    expect(result.ok).toBe(false);
    const clients = removed.tags.map((tag: string) => `@idaas-sdk/${tag.toLowerCase()}`);
    expect(result.packages.map((p) => p.name)).toEqual(["@idaas-sdk/spec", ...clients].sort());
  });
});
