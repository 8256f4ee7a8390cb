// The install page says what a user's install brings: the product packages' runtime dependencies, read here from
// their package.json files (core's too, which they depend on), and that the main entry loads none of the outside
// ones, read from the built entries' imports.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCTS } from "@idaas-sdk/spec";
import { expect, test } from "vitest";
import { readGuide } from "../scripts/site.mjs";

const packagesDir = fileURLToPath(new URL("../../packages", import.meta.url));
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
