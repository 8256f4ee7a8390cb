// Runs the Redocly CLI of this package with the repo's redocly.yaml, telemetry off, and its Node 20 banner
// dropped, so that build and test output stays readable. Exits with Redocly's own status.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
export const redoclyConfig = fileURLToPath(new URL("../../redocly.yaml", import.meta.url));

/**
 * @param {string[]} args
 * @param {{ config?: string, cwd?: string }} [options] the config file (the repo's redocly.yaml) and the directory (spec/)
 */
export function redocly(args, options = {}) {
  const result = spawnSync(process.execPath, [cli, ...args, "--config", options.config ?? redoclyConfig], {
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    cwd: options.cwd ?? fileURLToPath(new URL("..", import.meta.url)),
  });
  const strip = (/** @type {string} */ text) => text.replace(/^ *[╔║╚].*\n/gm, "").replace(/^\s*\n/gm, "");
  return { status: result.status ?? 1, stdout: strip(result.stdout ?? ""), stderr: strip(result.stderr ?? "") };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { status, stdout, stderr } = redocly(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exit(status);
}
