import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readChangesets } from "./changesets.js";
import { runGate } from "./gate.js";
import { formatReport } from "./report.js";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const clientOfTag = (tag: string) => `@idaas-sdk/${tag.toLowerCase()}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "idaas-gate-test-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes changesets into a fresh .changeset folder and reads them back as the gate does. */
function changesets(files: Record<string, Record<string, string>>) {
  const folder = join(dir, ".changeset");
  mkdirSync(folder);
  writeFileSync(join(folder, "README.md"), "# Changesets\n");
  for (const [file, releases] of Object.entries(files)) {
    const lines = Object.entries(releases).map(([name, bump]) => `"${name}": ${bump}`);
    writeFileSync(join(folder, file), `---\n${lines.join("\n")}\n---\n\nWhat changed for users.\n`);
  }
  return readChangesets(folder);
}

const gate = (
  fixture: string,
  pending: ReturnType<typeof changesets>,
  versions?: Parameters<typeof runGate>[0]["versions"],
) =>
  runGate({
    basePath: `${fixtures}${fixture}/base.yaml`,
    revisionPath: `${fixtures}${fixture}/revision.yaml`,
    changesets: pending,
    clientOfTag,
    versions,
  });

describe("the gate", () => {
  it("fails on a breaking change without a changeset, naming the spec and the client of the operation's tag", () => {
    const result = gate("removed-endpoint", changesets({}));
    expect(result.ok).toBe(false);
    expect(result.packages).toEqual([
      { name: "@idaas-sdk/ciam", coveredBy: undefined },
      { name: "@idaas-sdk/spec", coveredBy: undefined },
    ]);
    const report = formatReport(result, { base: "base", revision: "revision" });
    expect(report).toContain("| BREAKING | redocly/path-removed");
    expect(report).toContain("✖ @idaas-sdk/ciam: breaking change without a major changeset");
  });

  it("passes when a pending changeset makes every affected package major", () => {
    const result = gate(
      "removed-endpoint",
      changesets({ "drop-sms.md": { "@idaas-sdk/spec": "major", "@idaas-sdk/ciam": "major" } }),
    );
    expect(result.ok).toBe(true);
    expect(result.packages.map((p) => p.coveredBy)).toEqual(["changeset drop-sms.md", "changeset drop-sms.md"]);
  });

  it("fails when a package affected is missing from the major changeset, or only gets a minor", () => {
    const partial = gate("added-response-status-value", changesets({ "a.md": { "@idaas-sdk/spec": "major" } }));
    expect(partial.ok).toBe(false);
    expect(partial.packages.filter((p) => !p.coveredBy).map((p) => p.name)).toEqual(["@idaas-sdk/eiam"]);
    rmSync(join(dir, ".changeset"), { recursive: true });
    const minor = gate(
      "added-response-status-value",
      changesets({ "b.md": { "@idaas-sdk/spec": "minor", "@idaas-sdk/eiam": "minor" } }),
    );
    expect(minor.ok).toBe(false);
  });

  it("passes after `changeset version` consumed the changesets and raised the major versions", () => {
    const result = gate("new-required-header", changesets({}), () => ({ before: "1.4.0", now: "2.0.0" }));
    expect(result.ok).toBe(true);
    expect(gate("new-required-header", [], () => ({ before: "1.4.0", now: "1.5.0" })).ok).toBe(false);
  });

  it("lets a non-breaking change through without any changeset", () => {
    const result = gate("added-optional-field", changesets({}));
    expect(result).toMatchObject({ ok: true, packages: [] });
    expect(result.changes.length).toBeGreaterThan(0);
  });
});

describe("readChangesets", () => {
  it.each([
    ['---\n"@idaas-sdk/spec": huge\n---\n\ntext\n', /broken\.md: expected a frontmatter of/],
    ["---\n@idaas-sdk/spec: major\n---\n\ntext\n", /broken\.md: its frontmatter is not YAML/],
  ])("names the changeset whose frontmatter is wrong (%j)", (text, message) => {
    const folder = join(dir, ".changeset");
    mkdirSync(folder);
    writeFileSync(join(folder, "broken.md"), text);
    expect(() => readChangesets(folder)).toThrow(message);
  });
});
