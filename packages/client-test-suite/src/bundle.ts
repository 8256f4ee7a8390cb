// A script for a test page: `contents` bundled with everything it imports into one IIFE, as a browser loads it.
// Here (beside the Chromium lookup) so that a package's browser test needs no esbuild of its own.
import { build } from "esbuild";

/** Bundles `contents` (JavaScript; imports resolved from `resolveDir`) for a browser, ES2022. */
export async function bundleForBrowser(contents: string, resolveDir: string): Promise<Uint8Array> {
  const bundle = await build({
    stdin: { contents, loader: "js", resolveDir },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const [script] = bundle.outputFiles;
  if (!script) throw new Error("esbuild wrote no bundle");
  return script.contents;
}
