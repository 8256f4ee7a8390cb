// Type-checks generated TypeScript against the built clients (their dist/*.d.ts, as users get them), with tsc in a
// child process. Asynchronous, because a test file may run the mock in this same process.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("../../../../", import.meta.url));

/** Compiles `files` (name → source); returns tsc's error lines per file name. */
export async function typecheck(files: Record<string, string>): Promise<Map<string, string[]>> {
  const paths: Record<string, string[]> = {};
  for (const name of ["eiam", "ciam", "core"]) {
    const types = join(dirname(require.resolve(`@idaas-sdk/${name}/package.json`)), "dist", "index.d.ts");
    if (!existsSync(types)) throw new Error(`@idaas-sdk/${name} is not built (no ${types}); run the build first`);
    paths[`@idaas-sdk/${name}`] = [types];
  }
  const work = mkdtempSync(join(tmpdir(), "idaas-contract-types-"));
  try {
    writeFileSync(join(work, "package.json"), JSON.stringify({ type: "module" }));
    for (const [name, source] of Object.entries(files)) writeFileSync(join(work, name), source);
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({
        extends: join(root, "tsconfig.base.json"),
        compilerOptions: { noEmit: true, declaration: false, declarationMap: false, sourceMap: false, paths },
        files: Object.keys(files).map((name) => join(work, name)),
      }),
    );
    const tsc = require.resolve("typescript/bin/tsc");
    const output = await new Promise<string>((resolve) =>
      execFile(process.execPath, [tsc, "-p", join(work, "tsconfig.json"), "--pretty", "false"], (_, out, err) =>
        resolve(`${out}${err}`),
      ),
    );
    const errors = new Map<string, string[]>();
    for (const line of output.split("\n")) {
      const name = Object.keys(files).find((file) => line.includes(`${file}(`));
      if (name && line.includes("error TS"))
        errors.set(name, [...(errors.get(name) ?? []), line.slice(line.indexOf(name))]);
      else if (line.includes("error TS")) errors.set("(other)", [...(errors.get("(other)") ?? []), line]);
    }
    return errors;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
