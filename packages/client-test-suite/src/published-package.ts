// The published shape of any of our packages: publint and attw clean, and a main entry that bundles for browsers
// (no node: imports, no jose) and stays under a size bound. No dependency on the SDK itself, so that core's own
// tests can use it too (core cannot depend on this package, which depends on core).

import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { publint } from "publint";
import { expect, it } from "vitest";

const run = promisify(execFile);

/** Registers the checks inside the caller's `describe`. `maxGzipBytes` only catches a large regression. */
export function itIsAWellPublishedPackage(pkgDir: string, maxGzipBytes: number) {
  it("publint finds nothing", async () => {
    const { messages } = await publint({ pkgDir, strict: true, level: "suggestion" });
    expect(messages).toEqual([]);
  }, 60_000);

  it("@arethetypeswrong/cli finds no problem", async () => {
    const attw = join(pkgDir, "../../node_modules/.bin/attw");
    const { stdout } = await run(attw, ["--pack", pkgDir, "--format", "json", "--profile", "esm-only"], {
      cwd: pkgDir,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "{}" }));
    const report = JSON.parse(stdout) as { analysis?: { problems?: Array<{ resolutionKind?: string }> } };
    expect(report.analysis?.problems).toBeDefined();
    // ESM only, on purpose: CommonJS and node10 resolutions are out of scope (attw's "esm-only" profile).
    const esmOnly = new Set(["node10", "node16-cjs"]);
    expect(report.analysis?.problems?.filter((p) => !esmOnly.has(p.resolutionKind ?? ""))).toEqual([]);
  }, 120_000);

  it("the main entry bundles for browsers without node: imports, small", async () => {
    const result = await build({
      entryPoints: [join(pkgDir, "dist/index.js")],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((path) => path.startsWith("node:") || path === "jose")).toEqual([]);
    const gzip = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
    // Reported in the README; this bound only catches a large regression.
    expect(gzip).toBeLessThan(maxGzipBytes);
  }, 60_000);
}
