// The TypeScript samples (spec/code_samples/TypeScript/<product>/, shown on every operation), the guide's code blocks
// and every README's must compile, each on its own, against the built packages: tsc checks them all at once, with the
// packages as this workspace builds them.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listAllOperations, loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mockBaseUrl, samplePath } from "../scripts/enrich.mjs";
import { readGuide } from "../scripts/site.mjs";

const repoDir = fileURLToPath(new URL("../..", import.meta.url));
const samplesDir = join(repoDir, "spec", "code_samples", "TypeScript");
const operations = listAllOperations();
// A page shared by both products is compiled once.
const guidePages = [
  ...new Map(PRODUCTS.flatMap((product) => readGuide(product)).map((page) => [page.name, page])).values(),
];
/** The TypeScript blocks (```ts or ```typescript) of a Markdown text, a list item's too (indented). */
const typescriptBlocks = (markdown: string) =>
  [...markdown.matchAll(/^( *)```(?:ts|typescript)\n([\s\S]*?)^\1```$/gm)].map((match) =>
    (match[2] ?? "").replace(new RegExp(`^${match[1]}`, "gm"), ""),
  );
const guideBlocks = guidePages.flatMap((page) =>
  typescriptBlocks(page.markdown).map((code, index) => ({ file: `${page.name}-${index + 1}.ts`, code })),
);
/** Every README of the repository a user reads: the root's, each package's, the spec's, the docs' and each example's. */
const readmePaths = [
  "README.md",
  ...["packages", "examples"].flatMap((folder) =>
    readdirSync(join(repoDir, folder))
      .map((name) => `${folder}/${name}/README.md`)
      .filter((path) => existsSync(join(repoDir, path))),
  ),
  "spec/README.md",
  "docs/README.md",
];
const readmes = readmePaths.map((path) => ({ path, text: readFileSync(join(repoDir, path), "utf8") }));
/**
 * A block whose first line names a file of the repository (`// packages/eiam/src/client.test.ts`) is an excerpt of
 * that file, which the repository's own type-check compiles; every other block compiles on its own, as a user who
 * copies it would compile it.
 */
const EXCERPT = /^\/\/ ((?:packages|examples|spec|docs|scripts)\/\S+\.ts)\n/;
const readmeBlocks = readmes.flatMap((readme) =>
  typescriptBlocks(readme.text).map((code, index) => ({
    readme: readme.path,
    file: `readme-${readme.path.replace(/\/?README\.md$/, "").replace(/\W/g, "-") || "root"}-${index + 1}.ts`,
    code,
    excerptOf: EXCERPT.exec(code)?.[1],
  })),
);
const compiledReadmeBlocks = readmeBlocks.filter((block) => block.excerptOf === undefined);
/**
 * Every sample and block whose `switch` ends in `default: x satisfies never`, once per `case` arm, with that arm
 * removed (its `case` line through its `break`): under plain `strict` (no noImplicitReturns) each must fail to
 * compile with TS1360 (does not satisfy `never`), so the samples' claim that the compiler checks every status holds.
 */
const switching = [
  ...operations.map((operation) => ({
    file: operation.operationId,
    code: readFileSync(join(repoDir, samplePath(operation)), "utf8"),
  })),
  ...guideBlocks,
  ...compiledReadmeBlocks,
].filter((source) => /switch \(\w+\.status\)/.test(source.code));
const exhaustive = switching
  .filter((source) => /satisfies never/.test(source.code))
  .flatMap((source) =>
    // An arm in braces ends with its `break;` and the closing brace.
    [
      ...source.code.matchAll(
        /^ *case "([A-Z_]+)": \{\n[\s\S]*?break;.*\n *\}\n|^ *case "([A-Z_]+)":[\s\S]*?break;.*\n/gm,
      ),
    ].map((arm) => ({
      file: `missing-${arm[1] ?? arm[2]}-${source.file.replace(/\W/g, "-")}.ts`,
      status: arm[1] ?? arm[2] ?? "",
      code: source.code.replace(arm[0], ""),
    })),
  );
// Proves that the check sees the clients' real types: this file must fail to compile.
const CANARY = `import { createEiamClient } from "@idaas-sdk/eiam";
const eiam = createEiamClient({ baseUrl: "http://127.0.0.1:4010/eiam", clientId: "x",
  device: { osVersion: "x", fingerprint: "x", agent: "x" } });
await eiam.loginWithMobileCode({ mobile: "11012345678", verifyCode: 232326 });
`;

const compiled = [...guideBlocks, ...compiledReadmeBlocks, ...exhaustive];
/**
 * Where each entry of the workspace's packages has its types (`@idaas-sdk/eiam/id-token` → its dist's
 * id-token.d.ts), read from each package.json's `exports`: a block imports any entry a user can, as it is built.
 */
const entryTypes = Object.fromEntries(
  [
    ...readdirSync(join(repoDir, "packages")).map((name) => join(repoDir, "packages", name)),
    join(repoDir, "spec"),
  ].flatMap((dir) => {
    const { name, exports = {} } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    return Object.entries(exports as Record<string, string | { types?: string }>).flatMap(([subpath, target]) =>
      typeof target === "object" && target.types
        ? [[`${name}${subpath.slice(1)}`, [join(dir, target.types)]] as const]
        : [],
    );
  }),
);

const work = mkdtempSync(join(tmpdir(), "idaas-docs-samples-"));
let diagnostics = "";
/** tsc's errors in a file, named by the end of its path (`eiam/sendSmsCode.ts`: ids repeat across products). */
const errorsOf = (file: string) =>
  diagnostics
    .split("\n")
    .filter((line) => line.includes(`${file}(`) && line.includes("error TS"))
    .map((line) => line.replace(/^[^(]*?([^/(]+\()/, "$1"));
const sampleName = (operation: (typeof operations)[number]) => `${operation.product}/${operation.operationId}.ts`;

beforeAll(() => {
  writeFileSync(join(work, "package.json"), JSON.stringify({ type: "module" }));
  // The frameworks a block imports (the "Protect your API" page's Hono and Express) resolve as in a user's project.
  symlinkSync(join(repoDir, "docs", "node_modules"), join(work, "node_modules"), "dir");
  for (const block of compiled) writeFileSync(join(work, block.file), block.code);
  writeFileSync(join(work, "canary.ts"), CANARY);
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      extends: join(repoDir, "tsconfig.base.json"),
      compilerOptions: {
        noEmit: true,
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        paths: Object.fromEntries(Object.entries(entryTypes).filter(([, [path]]) => existsSync(path))),
        // The backend page's server is a node:http one.
        types: ["node"],
        typeRoots: [join(repoDir, "node_modules", "@types")],
        // Plain strict: the exhaustiveness of the samples' switches must not rest on this option.
        noImplicitReturns: false,
      },
      files: [
        ...operations.map((operation) => join(repoDir, samplePath(operation))),
        ...compiled.map((block) => join(work, block.file)),
        join(work, "canary.ts"),
      ],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", join(work, "tsconfig.json"), "--pretty", "false"], {
    encoding: "utf8",
  });
  diagnostics = `${result.stdout}${result.stderr}`;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each(PRODUCTS)(
  "%s: every operation has exactly one TypeScript sample file, and the bundle carries it verbatim",
  (product) => {
    const bundle = loadSpec(product);
    const own = operations.filter((operation) => operation.product === product);
    expect(readdirSync(join(samplesDir, product)).sort()).toEqual(
      own.map((operation) => `${operation.operationId}.ts`).sort(),
    );
    for (const operation of own) {
      const samples = bundle.paths[operation.path][operation.method.toLowerCase()]["x-codeSamples"];
      const typescript = samples.find((sample: { lang: string }) => sample.lang === "TypeScript");
      expect(typescript?.source, samplePath(operation)).toBe(
        readFileSync(join(repoDir, samplePath(operation)), "utf8"),
      );
    }
  },
);

test("a sample that points at the mock points at its product's base path there", () => {
  const wrong = operations.flatMap((operation) => {
    const urls =
      readFileSync(join(repoDir, samplePath(operation)), "utf8").match(/"http:\/\/127\.0\.0\.1:[^"]*"/g) ?? [];
    return urls
      .filter((url) => url !== `"${mockBaseUrl(operation.product)}"`)
      .map((url) => `${samplePath(operation)}: ${url}, not "${mockBaseUrl(operation.product)}"`);
  });
  expect(wrong).toEqual([]);
});

test("the guide has code blocks to check", () => {
  expect(guideBlocks.length).toBeGreaterThan(0);
});

describe("compiles against the built clients", () => {
  test.each(operations.map(sampleName))("sample %s", (file) => {
    expect(errorsOf(file)).toEqual([]);
  });
  test.each(guideBlocks.map((block) => block.file))("guide block %s", (file) => {
    expect(errorsOf(file)).toEqual([]);
  });
  test("a sample that misuses a client does not compile (the check sees the real types)", () => {
    expect(errorsOf("canary.ts").join("\n")).toMatch(/error TS2322|error TS2345|error TS2769/);
  });
});

test("every entry a block imports is built", () => {
  const imported = new Set(
    [...guideBlocks, ...compiledReadmeBlocks].flatMap((block) =>
      [...block.code.matchAll(/from "(@idaas-sdk\/[^"]+)"/g)].map((match) => match[1] ?? ""),
    ),
  );
  const unbuilt = Object.entries(entryTypes)
    .filter(([name, [path]]) => imported.has(name) && !existsSync(path))
    .map(([name, [path]]) => `${name}: no ${path}; run the build first`);
  expect(unbuilt).toEqual([]);
});

describe("every README's TypeScript blocks compile on their own, against the built packages", () => {
  test("the READMEs have blocks to check: the root's and each client package's", () => {
    const withBlocks = new Set(compiledReadmeBlocks.map((block) => block.readme));
    expect([...withBlocks]).toEqual(
      expect.arrayContaining(["README.md", ...["core", ...PRODUCTS].map((name) => `packages/${name}/README.md`)]),
    );
  });
  test.each(readmePaths.filter((path) => compiledReadmeBlocks.some((block) => block.readme === path)))("%s", (path) => {
    const blocks = compiledReadmeBlocks.filter((block) => block.readme === path);
    expect(blocks.flatMap((block) => errorsOf(block.file))).toEqual([]);
  });
  test.each(readmeBlocks.filter((block) => block.excerptOf !== undefined).map((block) => [block.file, block]))(
    "%s, an excerpt of the file it names, has that file's lines in order",
    (_, block) => {
      const lines = readFileSync(join(repoDir, block.excerptOf ?? ""), "utf8").split("\n");
      let at = 0;
      const missing = block.code
        .split("\n")
        .slice(1)
        .filter((line) => line.trim() !== "")
        .filter((line) => {
          const found = lines.indexOf(line, at);
          if (found === -1) return true;
          at = found + 1;
          return false;
        });
      expect(missing, `not in ${block.excerptOf}, in this order`).toEqual([]);
    },
  );
  test("a README shows its JavaScript and TypeScript as ```ts blocks, which this check compiles", () => {
    const unchecked = [...readmes, ...guidePages.map((page) => ({ path: page.name, text: page.markdown }))].flatMap(
      (source) => [...source.text.matchAll(/^```(js|javascript|mjs|cjs|jsx|tsx|mts)$/gm)].map(() => source.path),
    );
    expect(unchecked).toEqual([]);
  });
});

test("a sample's switch over a status with one arm removed does not compile (plain strict)", () => {
  const unchecked = switching.filter((source) => !/satisfies never/.test(source.code)).map((source) => source.file);
  expect(unchecked, "these switch over a status without `default: … satisfies never`").toEqual([]);
  expect(exhaustive.length).toBeGreaterThan(0);
  const compiled = exhaustive.filter((variant) => !errorsOf(variant.file).some((line) => /TS1360/.test(line)));
  expect(compiled.map((variant) => `${variant.file} compiles without its ${variant.status} arm`)).toEqual([]);
});
