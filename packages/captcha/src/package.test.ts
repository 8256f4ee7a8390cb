// The published shape of the package: publint and attw clean, no runtime dependency (the product clients are
// optional peers), and the whole package, bundled and minified for browsers as `pnpm bench` measures it, within
// the 4 kB gzip. The size is deterministic (same sources, same esbuild), so the bound is a test.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { itIsAWellPublishedPackage } from "../../client-test-suite/src/published-package.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const MAX_GZIP_BYTES = 4 * 1024;

describe("package captcha", () => {
  itIsAWellPublishedPackage(packageDir, MAX_GZIP_BYTES);

  it("has no runtime dependency; the product clients are optional peers", () => {
    expect(manifest.dependencies).toBeUndefined();
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(["@idaas-sdk/ciam", "@idaas-sdk/eiam"]);
    for (const peer of Object.keys(manifest.peerDependencies)) {
      expect(manifest.peerDependenciesMeta[peer]).toEqual({ optional: true });
    }
    expect(manifest.sideEffects).toBe(false);
  });

  it("bundled and minified with everything it exports, it is at most 4 kB gzip (level 9) and imports nothing", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("../dist/index.js", import.meta.url))],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
      // The metafile's paths are relative to this: the package, wherever the tests run from.
      absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => !input.startsWith("dist/"))).toEqual([]);
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzip = gzipSync(code, { level: 9 }).byteLength;
    expect(gzip).toBeGreaterThan(1024); // a broken build is not small
    expect(gzip).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });
});
