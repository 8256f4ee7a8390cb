// Bundle size: each product package's main entry, a bundle of its /functions core and one operation, its id-token entry, each product's session and server entries, and the
// captcha widget with everything it exports, bundled with their dependencies and minified by esbuild for the browser, raw and gzip (level 9) bytes.
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const require = createRequire(import.meta.url);

/**
 * One bundle (an entry, or a page's `stdin`) with its dependencies, minified for the browser as a page ships it.
 * @param {Pick<import("esbuild").BuildOptions, "entryPoints" | "stdin">} input
 */
async function sizeOfBundle(input) {
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
  // write: false, one entry point: exactly one output file.
  const code = /** @type {import("esbuild").OutputFile} */ (result.outputFiles[0]).contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/** @param {string} specifier */
const sizeOf = (specifier) => sizeOfBundle({ entryPoints: [require.resolve(specifier)] });

/**
 * A page's bundle of `names` imported from `specifier` (a `/functions` entry's core and one operation), measured like
 * an entry. @param {string} specifier @param {string[]} names
 */
const sizeOfImport = (specifier, names) =>
  sizeOfBundle({
    stdin: {
      contents: `export { ${names.join(", ")} } from ${JSON.stringify(require.resolve(specifier))};`,
      resolveDir: ".",
    },
  });

/** @typedef {keyof Awaited<ReturnType<typeof sizes>>} Bundle the name of a measured bundle */

export async function sizes() {
  return {
    eiam: await sizeOf("@idaas-sdk/eiam"),
    ciam: await sizeOf("@idaas-sdk/ciam"),
    // The /functions entries: the core and one operation, what a page that logs in with a password carries.
    eiamOneOperation: await sizeOfImport("@idaas-sdk/eiam/functions", ["createEiamCore", "loginWithPassword"]),
    ciamOneOperation: await sizeOfImport("@idaas-sdk/ciam/functions", ["createCiamCore", "loginWithMobilePassword"]),
    idToken: await sizeOf("@idaas-sdk/eiam/id-token"),
    // The browser device helper (`browserDevice`), out of the main entries.
    device: await sizeOf("@idaas-sdk/eiam/device"),
    // The session that refreshes itself (core's logic, the product's key): out of the main entries.
    eiamSession: await sizeOf("@idaas-sdk/eiam/session"),
    ciamSession: await sizeOf("@idaas-sdk/ciam/session"),
    // The request guard for servers (core's authenticate, no jose: the verifier comes from the id-token entry).
    eiamServer: await sizeOf("@idaas-sdk/eiam/server"),
    ciamServer: await sizeOf("@idaas-sdk/ciam/server"),
    // The slider captcha web component (@idaas-sdk/captcha): element, styles, both languages, solveCaptcha.
    captcha: await sizeOf("@idaas-sdk/captcha"),
    // For reference: the library the clients wrap, alone.
    openapiFetch: await sizeOf("openapi-fetch"),
  };
}
