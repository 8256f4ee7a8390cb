// The install page says what a user's install brings: the product packages' runtime dependencies, read here from
// their package.json files (core's too, which they depend on), and that the main entry loads none of the outside
// ones, read from the built entries' imports. It and CONTRIBUTING say how to try the packages before they are on
// npm: the pnpm pack they give is run here, and what their npm install names must be all it needs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCTS } from "@idaas-sdk/spec";
import { afterAll, describe, expect, test } from "vitest";
import { readGuide } from "../scripts/site.mjs";

const repoDir = fileURLToPath(new URL("../..", import.meta.url));
const packagesDir = join(repoDir, "packages");
const WORKSPACE = "@idaas-sdk/";

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  exports: Record<string, string | { default: string }>;
}
const manifest = (name: string): Manifest =>
  JSON.parse(readFileSync(join(packagesDir, name.slice(WORKSPACE.length), "package.json"), "utf8"));

/** Every package a product package brings at run time: its dependencies, and theirs within the workspace. */
function runtimeDependencies(name: string): string[] {
  return Object.keys(manifest(name).dependencies ?? {}).flatMap((dependency) => [
    dependency,
    ...(dependency.startsWith(WORKSPACE) ? runtimeDependencies(dependency) : []),
  ]);
}

/** The file a workspace package's entry (`@idaas-sdk/core/id-token`) loads, from its package.json's exports. */
function entryFile(specifier: string) {
  const [scope, name, ...rest] = specifier.split("/");
  const { exports } = manifest(`${scope}/${name}`);
  const target = exports[rest.length > 0 ? `./${rest.join("/")}` : "."];
  const file = typeof target === "string" ? target : target?.default;
  if (!file) throw new Error(`${specifier} is not an entry of ${scope}/${name}`);
  return join(packagesDir, name ?? "", file);
}

/** The packages from outside the workspace that a built entry loads, through every file it imports. */
function outsideImports(entry: string) {
  const seen = new Set<string>();
  const outside = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${file} is not built; run the build first`);
    for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier));
      else if (specifier.startsWith(WORKSPACE)) visit(entryFile(specifier));
      else outside.add(specifier);
    }
  };
  visit(entryFile(entry));
  return [...outside].sort();
}

const install = readGuide("eiam").find((page) => page.name === "guide-1-install");
/** The install page's paragraph on runtime dependencies. */
const paragraph = install?.markdown.split(/\n\s*\n/).find((text) => /runtime dependenc/.test(text)) ?? "";

test("the install page names exactly the runtime dependencies the product packages bring", () => {
  expect(paragraph, "the install page has no paragraph on runtime dependencies").not.toBe("");
  // A package's name in code spans: `jose`, `@idaas-sdk/core` (an entry, `/raw`, is none).
  const named = [...paragraph.matchAll(/`((?:@[a-z0-9-]+\/)?[a-z0-9.-]+)`/g)].map((match) => match[1]);
  const brought = PRODUCTS.flatMap((product) => runtimeDependencies(`${WORKSPACE}${product}`));
  expect(brought).toContain("jose");
  expect(new Set(named)).toEqual(new Set(brought));
});

test.each(PRODUCTS)("%s: the main entry loads no package from outside the workspace, as the page says", (product) => {
  expect(paragraph).toMatch(/The main entry loads neither of the last two/);
  expect(outsideImports(`${WORKSPACE}${product}`)).toEqual([]);
});

test.each([
  ["raw", "openapi-fetch"],
  ["id-token", "jose"],
])("the /%s entry, which the page names for %s, loads it", (entry, dependency) => {
  expect(paragraph).toContain(`\`${dependency}\` for the \`/${entry}\` entry`);
  for (const product of PRODUCTS) expect(outsideImports(`${WORKSPACE}${product}/${entry}`)).toContain(dependency);
});

/**
 * The try-before-npm commands of a Markdown text: the packages its `pnpm --filter … pack` packs (`withVariants`: and
 * those its comments add), and the tarballs its `npm install` names.
 */
function tryCommands(markdown: string, withVariants: boolean) {
  const lines = markdown.split("\n");
  const pack = lines.filter(
    (line) => /pnpm (--filter \S+ )+pack/.test(line) || (withVariants && /^# .*--filter/.test(line)),
  );
  const filters = pack.flatMap((line) =>
    [...line.matchAll(/--filter (\S+?);?(?=\s|$)/g)].map((match) => match[1] ?? ""),
  );
  const installed = lines
    .filter((line) => /^npm install \S+\.tgz/.test(line))
    .flatMap((line) => line.split(/\s+/).filter((word) => word.endsWith(".tgz")));
  return { filters, installed };
}

const contributing = readFileSync(join(repoDir, "CONTRIBUTING.md"), "utf8");
const trySection = contributing.slice(contributing.indexOf("## Trying the packages before they are on npm"));

test("npm pack would not do, as the pages say: a product package depends on core through the workspace", () => {
  for (const product of PRODUCTS) {
    expect(manifest(`${WORKSPACE}${product}`).dependencies?.[`${WORKSPACE}core`]).toMatch(/^workspace:/);
  }
});

describe.each([
  ["the install page", install?.markdown ?? "", false],
  ["CONTRIBUTING", trySection.slice(0, trySection.indexOf("\n## ", 3)), true],
])("%s: the pnpm pack it gives makes tarballs npm can install", (_, markdown, withVariants) => {
  const { filters, installed } = tryCommands(markdown, withVariants);
  const tarballs = mkdtempSync(join(tmpdir(), "idaas-try-tarballs-"));
  afterAll(() => rmSync(tarballs, { recursive: true, force: true }));
  const pnpm = join(repoDir, "node_modules", ".bin", "pnpm");

  test("each tarball's dependencies are real versions, and every package of the workspace it needs is packed too", () => {
    expect(filters).toEqual(expect.arrayContaining([`${WORKSPACE}core`, `${WORKSPACE}ciam`]));
    const args = [...filters.flatMap((filter) => ["--filter", filter]), "pack", "--pack-destination", tarballs];
    execFileSync(pnpm, args, { cwd: repoDir, stdio: "ignore" });
    const packed = readdirSync(tarballs).map((file) => ({
      file,
      manifest: JSON.parse(
        execFileSync("tar", ["-xzOf", join(tarballs, file), "package/package.json"], { encoding: "utf8" }),
      ) as Manifest,
    }));
    expect(packed.map((tarball) => tarball.manifest.name).sort()).toEqual([...filters].sort());
    for (const { manifest: packedManifest } of packed) {
      const dependencies = Object.entries(packedManifest.dependencies ?? {});
      expect(dependencies.filter(([, version]) => version.startsWith("workspace:"))).toEqual([]);
      const fromWorkspace = dependencies.map(([name]) => name).filter((name) => name.startsWith(WORKSPACE));
      expect(filters, `${packedManifest.name} needs ${fromWorkspace}`).toEqual(expect.arrayContaining(fromWorkspace));
    }
    // What the npm install names: one tarball each, and with them every package of the workspace they need.
    const matched = installed.map((path) => {
      const glob = new RegExp(`^${path.replace(/^.*\//, "").replaceAll(".", "\\.").replaceAll("*", "[^/]*")}$`);
      const found = packed.filter((tarball) => glob.test(tarball.file));
      expect(
        found.map((tarball) => tarball.file),
        path,
      ).toHaveLength(1);
      return found[0]?.manifest;
    });
    const names = matched.map((found) => found?.name);
    for (const found of matched) {
      const needs = Object.keys(found?.dependencies ?? {}).filter((name) => name.startsWith(WORKSPACE));
      expect(names, `${found?.name} needs ${needs}`).toEqual(expect.arrayContaining(needs));
    }
    expect(names).toEqual(expect.arrayContaining([`${WORKSPACE}core`, `${WORKSPACE}ciam`]));
  });
});

test("CONTRIBUTING points at the consumer matrix, which installs pnpm-packed tarballs with npm", () => {
  const matrix = "packages/release/src/consumer-matrix.test.ts";
  expect(trySection).toContain(`\`${matrix}\``);
  const source = readFileSync(join(repoDir, matrix), "utf8");
  expect(source).toContain('run(pnpm, ["pack"');
  expect(source).toMatch(/run\("npm", \["install"/);
});
