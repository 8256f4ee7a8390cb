// The published shape of a product client package: generated code up to date, publint and attw clean, and a
// main entry that bundles for browsers (no node: imports) and stays small.

import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { type BuildOptions, build } from "esbuild";
import { describe, expect, it } from "vitest";
import { itIsAWellPublishedPackage } from "./published-package.js";

const run = promisify(execFile);

export interface ProductPackageSuite {
  /** The product line, as the spec names its bundle (`dist/<product>.json`). */
  product: "eiam" | "ciam";
  /** The package's directory, e.g. `new URL("..", import.meta.url)` from its src/. */
  packageDir: URL;
}

/** Registers the package checks for one product client; call it at the top level of a test file. */
export function describeProductPackage({ product, packageDir }: ProductPackageSuite) {
  const pkgDir = fileURLToPath(packageDir);
  const bin = (name: string) => join(pkgDir, "node_modules", ".bin", name);
  const bundle = `node_modules/@idaas-sdk/spec/dist/${product}.json`;
  const generator = join(pkgDir, "node_modules/@idaas-sdk/core/scripts/generate-operations.mjs");

  /**
   * Regenerates `file` of src/generated into a temporary directory and compares it byte for byte, and the files the
   * same run writes next to it (`alongside`).
   */
  async function expectFresh(file: string, generate: (out: string) => Promise<unknown>, alongside: string[] = []) {
    const dir = await mkdtemp(join(tmpdir(), "idaas-generated-"));
    try {
      await generate(join(dir, file));
      for (const written of [file, ...alongside]) {
        const committed = await readFile(join(pkgDir, "src/generated", written));
        const fresh = await readFile(join(dir, written));
        expect(committed.equals(fresh), `src/generated/${written} is stale: run the package's build`).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  describe(`package ${product}`, () => {
    it("src/generated/schema.ts is what openapi-typescript makes of the current spec", async () => {
      await expectFresh("schema.ts", (out) => run(bin("openapi-typescript"), [bundle, "-o", out], { cwd: pkgDir }));
    }, 60_000);

    it("src/generated/operations.ts is what generate-operations makes of the current spec", async () => {
      await expectFresh("operations.ts", (out) => run(process.execPath, [generator, bundle, out], { cwd: pkgDir }));
    }, 60_000);

    it("src/generated/functions.ts is what generate-operations makes of the current spec", async () => {
      await expectFresh("functions.ts", (out) =>
        run(process.execPath, [generator, bundle, join(out, "../operations.ts"), out, product], { cwd: pkgDir }),
      );
    }, 60_000);

    it("src/generated/client.ts, inputs.ts, results.ts and session.ts are what generate-operations makes of the current spec", async () => {
      await expectFresh(
        "client.ts",
        (out) =>
          run(
            process.execPath,
            [generator, bundle, join(out, "../operations.ts"), join(out, "../functions.ts"), product, out],
            { cwd: pkgDir },
          ),
        ["inputs.ts", "results.ts", "session.ts"],
      );
    }, 60_000);

    it("src/generated/messages.ts is what generate-messages makes of the current spec", async () => {
      const messages = join(pkgDir, "node_modules/@idaas-sdk/core/scripts/generate-messages.mjs");
      const codeType = `${product[0]?.toUpperCase()}${product.slice(1)}ErrorCode`;
      await expectFresh("messages.ts", (out) =>
        run(process.execPath, [messages, bundle, out, codeType], { cwd: pkgDir }),
      );
    }, 60_000);

    // 12 KiB: openapi-fetch, the transport, the captcha encoding and the generated facts of every operation.
    itIsAWellPublishedPackage(pkgDir, 12 * 1024);

    /** A bundle (an entry, or a page's `stdin`) minified for browsers as `pnpm bench` does: its code, gzip level 9. */
    async function minified(input: Pick<BuildOptions, "entryPoints" | "stdin">) {
      const result = await build({
        ...input,
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        write: false,
        logLevel: "silent",
      });
      const code = result.outputFiles[0]?.contents ?? new Uint8Array();
      return { text: new TextDecoder().decode(code), gzip: gzipSync(code, { level: 9 }).byteLength };
    }
    const bundled = (entry: string) => minified({ entryPoints: [join(pkgDir, "dist", `${entry}.js`)] });

    it("the main entry stays under 9 kB gzip (level 9), without the browser device helper", async () => {
      const main = await bundled("index");
      expect(main.gzip).toBeGreaterThan(4 * 1024); // a broken build is not small
      expect(main.gzip).toBeLessThan(9 * 1024);
      expect(main.text).not.toContain("localStorage");
    }, 60_000);

    // A page that imports the core and one operation from the /functions entry carries that operation only. The
    // issue's target is 4 kB; what remains is the core every call needs (options check, transport, errors,
    // redaction, readers): see the package README's "Pay for what you use".
    it("a bundle of the /functions entry's core and one operation stays under 7.25 kB gzip, and drops the others", async () => {
      const [operation, other] =
        product === "eiam"
          ? ["loginWithPassword", "getMobileByStateToken"]
          : ["loginWithMobilePassword", "registerWithEmailCode"];
      const core = `create${product[0]?.toUpperCase()}${product.slice(1)}Core`;
      const { text, gzip } = await minified({
        stdin: {
          contents: `export { ${core}, ${operation} } from ${JSON.stringify(join(pkgDir, "dist/functions.js"))};`,
          resolveDir: pkgDir,
        },
      });
      expect(text).toContain(`"${operation}"`);
      expect(text).not.toContain(`"${other}"`);
      expect(text).not.toContain("AES-CBC"); // the captcha's point encoding is verifyCaptcha's
      expect(gzip).toBeGreaterThan(3 * 1024);
      expect(gzip).toBeLessThan(7.25 * 1024);
      const main = await bundled("index");
      expect(main.gzip - gzip).toBeGreaterThan(2 * 1024);
    }, 60_000);

    it("the /device entry is small and carries no client", async () => {
      const device = await bundled("device");
      expect(device.text).toContain("localStorage");
      expect(device.text).not.toContain("redirect");
      expect(device.gzip).toBeLessThan(1.5 * 1024);
    }, 60_000);

    it("the /server entry is small and carries neither jose nor a client", async () => {
      const server = await bundled("server");
      expect(server.text).toContain("WWW-Authenticate");
      expect(server.text).not.toContain("signature verification failed"); // jose's
      expect(server.text).not.toContain("redirect");
      expect(server.gzip).toBeLessThan(2.5 * 1024);
    }, 60_000);
  });
}
