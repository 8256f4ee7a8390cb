// Reads the pending changesets (.changeset/*.md): which package each one bumps, and how far.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/**
 * @typedef {"major" | "minor" | "patch" | "none"} Bump
 * @param {string} dir
 * @returns {{ file: string, releases: Record<string, Bump> }[]}
 */
export function readChangesets(dir) {
  let files;
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(".md") && file !== "README.md");
  } catch {
    return [];
  }
  return files.sort().map((file) => ({ file, releases: readChangeset(join(dir, file)) }));
}

/**
 * The `package → bump` frontmatter of one changeset; throws naming the file when it has none.
 * @param {string} path
 * @returns {Record<string, Bump>}
 */
export function readChangeset(path) {
  const text = readFileSync(path, "utf8");
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  let releases;
  try {
    releases = frontmatter ? parse(/** @type {string} */ (frontmatter[1])) : undefined;
  } catch (error) {
    throw new Error(
      `changeset ${path}: its frontmatter is not YAML (${/** @type {Error} */ (error).message.split("\n")[0]})`,
    );
  }
  const bumps = new Set(["major", "minor", "patch", "none"]);
  if (typeof releases !== "object" || releases === null || !Object.values(releases).every((b) => bumps.has(b)))
    throw new Error(
      `changeset ${path}: expected a frontmatter of '"<package>": major|minor|patch' lines between --- lines`,
    );
  return releases;
}
