// The published shape of a product client package: generated code up to date, publint and attw clean, and a
// main entry that bundles for browsers (no node: imports) and stays small.

import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
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

  /** Regenerates one file of src/generated into a temporary directory and compares it byte for byte. */
  async function expectFresh(file: string, generate: (out: string) => Promise<unknown>) {
    const dir = await mkdtemp(join(tmpdir(), "idaas-generated-"));
    try {
      const out = join(dir, file);
      await generate(out);
      const committed = await readFile(join(pkgDir, "src/generated", file));
      expect(committed.equals(await readFile(out)), `src/generated/${file} is stale: run the package's build`).toBe(
        true,
      );
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

    it("src/generated/messages.ts is what generate-messages makes of the current spec", async () => {
      const messages = join(pkgDir, "node_modules/@idaas-sdk/core/scripts/generate-messages.mjs");
      const codeType = `${product[0]?.toUpperCase()}${product.slice(1)}ErrorCode`;
      await expectFresh("messages.ts", (out) =>
        run(process.execPath, [messages, bundle, out, codeType], { cwd: pkgDir }),
      );
    }, 60_000);

    // 12 KiB: openapi-fetch, the transport, the captcha encoding and the generated facts of every operation.
    itIsAWellPublishedPackage(pkgDir, 12 * 1024);
  });
}
