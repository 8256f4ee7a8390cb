// The README's TypeScript blocks compile against the built packages (this one and the product clients), as they
// would in a user's project; a canary that misuses the element must not, so the check sees the real types.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const blocks = [...readFileSync(join(packageDir, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map(
  (match, index) => ({ file: `readme-${index + 1}.ts`, code: match[1] ?? "" }),
);
const CANARY = `const slider = document.createElement("idaas-slider-captcha");
slider.client = { getCaptcha: async () => ({ token: "t" }) };
slider.addEventListener("verified", (event) => event.detail.token);
export {};
`;
const types = {
  "@idaas-sdk/captcha": join(packageDir, "dist", "index.d.ts"),
  "@idaas-sdk/ciam": join(packageDir, "node_modules", "@idaas-sdk", "ciam", "dist", "index.d.ts"),
  "@idaas-sdk/eiam": join(packageDir, "node_modules", "@idaas-sdk", "eiam", "dist", "index.d.ts"),
};

let work: string;
let diagnostics = "";
const errorsOf = (file: string) =>
  diagnostics.split("\n").filter((line) => line.includes(`${file}(`) && line.includes("error TS"));

beforeAll(() => {
  for (const [name, path] of Object.entries(types)) {
    if (!existsSync(path)) throw new Error(`${name} is not built (no ${path}): run the build first`);
  }
  work = mkdtempSync(join(tmpdir(), "idaas-captcha-readme-"));
  writeFileSync(join(work, "package.json"), JSON.stringify({ type: "module" }));
  for (const block of blocks) writeFileSync(join(work, block.file), block.code);
  // The canary imports nothing but the package's tag declaration.
  writeFileSync(join(work, "canary.ts"), `import "@idaas-sdk/captcha";\n${CANARY}`);
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      extends: join(packageDir, "../../tsconfig.base.json"),
      compilerOptions: {
        noEmit: true,
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        paths: Object.fromEntries(Object.entries(types).map(([name, path]) => [name, [path]])),
      },
      files: [...blocks.map((block) => join(work, block.file)), join(work, "canary.ts")],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", join(work, "tsconfig.json"), "--pretty", "false"], {
    encoding: "utf8",
  });
  diagnostics = `${result.stdout}${result.stderr}`;
}, 60_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test("the README has TypeScript blocks", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(3);
});

test.each(blocks.map((block) => block.file))("%s compiles against the built packages", (file) => {
  expect(errorsOf(file)).toEqual([]);
});

test("a misuse of the element does not compile (the check sees the real types)", () => {
  const errors = errorsOf("canary.ts").join("\n");
  expect(errors).toMatch(/canary\.ts\(3,\d+\): error TS2322/); // a client without verifyCaptcha, a wrong challenge
  expect(errors).toMatch(/canary\.ts\(4,\d+\): error TS2339/); // verified's detail has captchaToken only
});
