// The TypeScript samples (spec/code_samples/TypeScript/<product>/, shown on every operation) and the guide's code
// blocks must compile against the built clients: tsc checks them all at once, with the packages as this workspace
// builds them.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listAllOperations, loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mockBaseUrl, samplePath } from "../scripts/enrich.mjs";
import { readGuide } from "../scripts/site.mjs";

const repoDir = fileURLToPath(new URL("../..", import.meta.url));
const docsDir = join(repoDir, "docs");
const samplesDir = join(repoDir, "spec", "code_samples", "TypeScript");
const operations = listAllOperations();
// A page shared by both products is compiled once.
const guidePages = [
  ...new Map(PRODUCTS.flatMap((product) => readGuide(product)).map((page) => [page.name, page])).values(),
];
const guideBlocks = guidePages.flatMap((page) =>
  [...page.markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
    file: `${page.name}-${index + 1}.ts`,
    code: match[1] ?? "",
  })),
);
// The root README's TypeScript blocks: what a new user reads first must compile too.
const readmeBlocks = [...readFileSync(join(repoDir, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map(
  (match, index) => ({ file: `readme-${index + 1}.ts`, code: match[1] ?? "" }),
);
// The id_token samples of the client packages' READMEs (the blocks that import an `/id-token` entry): what a user
// copies to verify a token must compile too.
const idTokenReadmeBlocks = ["core", ...PRODUCTS].flatMap((name) =>
  [...readFileSync(join(repoDir, "packages", name, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match, index) => ({ file: `readme-${name}-${index + 1}.ts`, code: match[1] ?? "" }))
    .filter((block) => /from "@idaas-sdk\/\w+\/id-token"/.test(block.code)),
);
// The device samples of the client packages' READMEs (the blocks that use `withDevice`, a `/device` entry or a
// product's own error guard): what a backend copies must compile too.
const deviceReadmeBlocks = ["core", ...PRODUCTS].flatMap((name) =>
  [...readFileSync(join(repoDir, "packages", name, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match, index) => ({ file: `readme-device-${name}-${index + 1}.ts`, code: match[1] ?? "" }))
    .filter((block) => /\.withDevice\(|from "@idaas-sdk\/\w+\/device"|is(Eiam|Ciam)ApiError/.test(block.code)),
);
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
  ...readmeBlocks,
].filter((source) => /switch \(\w+\.status\)/.test(source.code));
const exhaustive = switching
  .filter((source) => /satisfies never/.test(source.code))
  .flatMap((source) =>
    [...source.code.matchAll(/^ *case "([A-Z_]+)":[\s\S]*?break;.*\n/gm)].map((arm) => ({
      file: `missing-${arm[1]}-${source.file.replace(/\W/g, "-")}.ts`,
      status: arm[1] ?? "",
      code: source.code.replace(arm[0], ""),
    })),
  );
// Proves that the check sees the clients' real types: this file must fail to compile.
const CANARY = `import { createEiamClient } from "@idaas-sdk/eiam";
const eiam = createEiamClient({ baseUrl: "http://127.0.0.1:4010/eiam", clientId: "x",
  device: { osVersion: "x", fingerprint: "x", agent: "x" } });
await eiam.loginWithMobileCode({ mobile: "11012345678", verifyCode: 232326 });
`;

const work = mkdtempSync(join(tmpdir(), "idaas-docs-samples-"));
let diagnostics = "";
/** tsc's errors in a file, named by the end of its path (`eiam/sendSmsCode.ts`: ids repeat across products). */
const errorsOf = (file: string) =>
  diagnostics.split("\n").filter((line) => line.includes(`${file}(`) && line.includes("error TS"));
const sampleName = (operation: (typeof operations)[number]) => `${operation.product}/${operation.operationId}.ts`;

beforeAll(() => {
  // The clients (with the entries the guide imports), the mock the guide's page on it starts, and the slider widget
  // of the login page's guide.
  const entry = (name: string, file = "index"): [string, string[]] => [
    file === "index" ? `@idaas-sdk/${name}` : `@idaas-sdk/${name}/${file}`,
    [join(docsDir, "node_modules", "@idaas-sdk", name, "dist", `${file}.d.ts`)],
  ];
  const clients = Object.fromEntries([
    ...[...PRODUCTS, "mock", "captcha"].map((name) => entry(name)),
    ...PRODUCTS.flatMap((product) => [
      entry(product, "messages"),
      entry(product, "id-token"),
      entry(product, "device"),
    ]),
    // core's own README imports core, which the docs reach through the clients.
    ...["index", "id-token"].map((file): [string, string[]] => [
      file === "index" ? "@idaas-sdk/core" : `@idaas-sdk/core/${file}`,
      [join(repoDir, "packages", "core", "dist", `${file}.d.ts`)],
    ]),
  ]);
  for (const [name, [dir]] of Object.entries(clients)) {
    if (!existsSync(dir ?? "")) {
      throw new Error(`${name} is not built (no ${dir}); run the build first`);
    }
  }
  writeFileSync(join(work, "package.json"), JSON.stringify({ type: "module" }));
  for (const block of [...guideBlocks, ...readmeBlocks, ...idTokenReadmeBlocks, ...exhaustive])
    writeFileSync(join(work, block.file), block.code);
  for (const block of deviceReadmeBlocks) writeFileSync(join(work, block.file), block.code);
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
        paths: clients,
        // The backend page's server is a node:http one.
        types: ["node"],
        typeRoots: [join(repoDir, "node_modules", "@types")],
        // Plain strict: the exhaustiveness of the samples' switches must not rest on this option.
        noImplicitReturns: false,
      },
      files: [
        ...operations.map((operation) => join(repoDir, samplePath(operation))),
        ...[...guideBlocks, ...readmeBlocks, ...idTokenReadmeBlocks, ...exhaustive].map((block) =>
          join(work, block.file),
        ),
        ...deviceReadmeBlocks.map((block) => join(work, block.file)),
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

test("the README's TypeScript blocks compile against the built clients", () => {
  expect(readmeBlocks.length).toBeGreaterThan(0);
  expect(readmeBlocks.flatMap((block) => errorsOf(block.file))).toEqual([]);
});

test("the id_token samples of the core, eiam and ciam READMEs compile against the built packages", () => {
  expect(idTokenReadmeBlocks.map((block) => block.file.replace(/-\d+\.ts$/, ""))).toEqual(
    expect.arrayContaining(["readme-core", ...PRODUCTS.map((product) => `readme-${product}`)]),
  );
  expect(idTokenReadmeBlocks.flatMap((block) => errorsOf(block.file))).toEqual([]);
});

test("the device samples of the eiam and ciam READMEs compile against the built packages", () => {
  expect(deviceReadmeBlocks.map((block) => block.file.replace(/-\d+\.ts$/, ""))).toEqual(
    expect.arrayContaining(PRODUCTS.map((product) => `readme-device-${product}`)),
  );
  expect(deviceReadmeBlocks.flatMap((block) => errorsOf(block.file))).toEqual([]);
});

test("a sample's switch over a status with one arm removed does not compile (plain strict)", () => {
  const unchecked = switching.filter((source) => !/satisfies never/.test(source.code)).map((source) => source.file);
  expect(unchecked, "these switch over a status without `default: … satisfies never`").toEqual([]);
  expect(exhaustive.length).toBeGreaterThan(0);
  const compiled = exhaustive.filter((variant) => !errorsOf(variant.file).some((line) => /TS1360/.test(line)));
  expect(compiled.map((variant) => `${variant.file} compiles without its ${variant.status} arm`)).toEqual([]);
});
