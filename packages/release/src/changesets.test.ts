// The repo's own pending changesets must be readable by `changeset version` and by the gate: a frontmatter of
// published package names and bumps. (A Markdown formatter turns `"pkg": minor` + `---` into a `## ` heading.)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readChangeset } from "./changesets.js";

const workspace = fileURLToPath(new URL("../../../", import.meta.url));
const changesetDir = join(workspace, ".changeset");
const files = readdirSync(changesetDir).filter((file) => file.endsWith(".md") && file !== "README.md");

const published = ["spec", "docs", ...readdirSync(join(workspace, "packages")).map((name) => `packages/${name}`)]
  .map((dir) => join(workspace, dir, "package.json"))
  .filter((manifest) => existsSync(manifest))
  .map((manifest) => JSON.parse(readFileSync(manifest, "utf8")))
  .filter((manifest) => manifest.private !== true)
  .map((manifest) => manifest.name as string);

describe("the pending changesets", () => {
  it.skipIf(files.length === 0).each(files)("%s names published packages and a bump", (file) => {
    const releases = readChangeset(join(changesetDir, file));
    expect(Object.keys(releases).length).toBeGreaterThan(0);
    for (const name of Object.keys(releases)) expect(published).toContain(name);
  });
});
