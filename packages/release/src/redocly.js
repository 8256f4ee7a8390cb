// Runs this package's Redocly CLI (telemetry off, no update check) and returns its status and output.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");

/** @param {string[]} args @param {{ cwd?: string }} [options] */
export function redocly(args, options = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    cwd: options.cwd,
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  // Drop Redocly's boxed Node 20 deprecation banner, which says nothing about the command.
  const strip = (/** @type {string | null} */ text) =>
    (text ?? "").replace(/^ *[╔║╚].*\n/gm, "").replace(/^\s*\n/gm, "");
  return { status: result.status ?? 1, stdout: strip(result.stdout), stderr: strip(result.stderr) };
}
