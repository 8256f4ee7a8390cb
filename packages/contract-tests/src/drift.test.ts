// 3. Drift: the committed generated client types and the built docs pages (one per product) are what the current
// spec produces.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { docsOperation, docsPage, readDocsDefinition, site } from "./support/docs.js";
import { nameOf, operations, PRODUCTS } from "./support/spec.js";

const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), "idaas-contract-drift-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GENERATOR = "openapi-typescript";
const generator = require(`${GENERATOR}/package.json`) as { version: string; bin: Record<string, string> };
const generatorCli = join(dirname(require.resolve(`${GENERATOR}/package.json`)), generator.bin[GENERATOR] ?? "");

/** The generator's arguments in the client's build script, with its `-o` output redirected to `output`. */
function generatorArgs(script: string, output: string): string[] {
  const command = script
    .split("&&")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${GENERATOR} `));
  if (!command) throw new Error(`the build script does not run ${GENERATOR}: ${script}`);
  const args = command.split(/\s+/).slice(1);
  const at = args.findIndex((arg) => arg === "-o" || arg === "--output");
  if (at < 0) throw new Error(`the build script's ${GENERATOR} has no -o: ${command}`);
  return args.map((arg, index) => (index === at + 1 ? output : arg));
}

describe.each(PRODUCTS)("@idaas-sdk/%s", (product) => {
  const dir = dirname(require.resolve(`@idaas-sdk/${product}/package.json`));
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const committed = join(dir, "src", "generated", "schema.ts");

  test(`its build uses ${GENERATOR} ${generator.version}, the version regenerated with here`, () => {
    expect(manifest.devDependencies[GENERATOR], `packages/${product}/package.json devDependencies`).toBe(
      generator.version,
    );
  });

  test("src/generated/schema.ts is byte-identical to what the current spec bundle generates", async () => {
    const output = join(work, `${product}-schema.ts`);
    const args = generatorArgs(manifest.scripts.build, output);
    const failure = await new Promise<string>((resolve) =>
      execFile(process.execPath, [generatorCli, ...args], { cwd: dir }, (error, _, stderr) =>
        resolve(error ? `${GENERATOR} failed: ${stderr}` : ""),
      ),
    );
    expect(failure).toBe("");
    const expected = readFileSync(output, "utf8");
    const actual = readFileSync(committed, "utf8");
    if (actual !== expected) {
      const lines = { actual: actual.split("\n"), expected: expected.split("\n") };
      const line = lines.actual.findIndex((text, index) => text !== lines.expected[index]);
      expect.fail(
        `packages/${product}/src/generated/schema.ts is stale or edited by hand: line ${line + 1} is\n  ${lines.actual[line]}\nbut the current spec generates\n  ${lines.expected[line]}\n(run the ${product} build)`,
      );
    }
  });
});

/** JSON pointers where `a` and `b` differ (at most `limit`). */
function differences(a: unknown, b: unknown, path = "", found: string[] = [], limit = 10): string[] {
  if (found.length >= limit) return found;
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`, found);
    }
  } else if (a !== b) found.push(path || "/");
  return found;
}

describe.each(PRODUCTS)("docs/dist, %s page", (product) => {
  test("is built from the current spec: the page embeds exactly the docs' enrichment of the current bundle", () => {
    const differing = differences(readDocsDefinition(product), site.pageDefinition(product));
    expect(differing, `${docsPage(product)} differs from the current spec at these places (rebuild the docs)`).toEqual(
      [],
    );
  });

  test("contains every operation of the product and every error code on that operation's page", () => {
    const definition = readDocsDefinition(product);
    const missing = operations
      .filter((operation) => operation.product === product)
      .flatMap((operation) => {
        const page = docsOperation(definition, operation);
        if (!page.found) return [`${nameOf(operation)}: not on the site`];
        return operation.errors
          .filter((error) => !page.description.includes(error.code))
          .map((error) => `${nameOf(operation)}: error code ${error.code} not on its page`);
      });
    expect(missing).toEqual([]);
  });
});
