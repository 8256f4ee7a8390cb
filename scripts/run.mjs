#!/usr/bin/env node
// The README's commands: `npm start` and `npm test` on a machine that has only Node >= 20 and npm.
// Each sets the repo up (pnpm through npx, exact version, frozen lockfile), builds everything with turbo,
// then serves (start), tests (test) or measures (bench).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * What this script reads of vitest's JSON report.
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number,
 *   testResults: { status: string, assertionResults: unknown[] }[] }} VitestResults
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const PNPM = ["-y", "pnpm@10.34.9"];
const bin = join(root, "node_modules", ".bin");
// The repo's own tools (turbo, pnpm, biome, vitest) come first on PATH, by absolute path: turbo looks pnpm up there.
const env = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH}`,
  REDOCLY_TELEMETRY: "off",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
};
const windows = process.platform === "win32";
const npx = windows ? "npx.cmd" : "npx";
const tool = (/** @type {string} */ name) => join(bin, windows ? `${name}.cmd` : name);

/** Runs a step; `command` is [executable, ...args]. @param {string} title @param {[string, ...string[]]} command */
function step(title, [command, ...args]) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit", shell: windows });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function setUpAndBuild() {
  const [major = 0] = process.versions.node.split(".").map(Number);
  if (major < 20) {
    console.error(`Node ${process.versions.node} is too old: this repo needs Node 20 or newer (22 or 24 recommended).`);
    process.exit(1);
  }
  step("install dependencies (pnpm 10.34.9, frozen lockfile)", [npx, ...PNPM, "install", "--frozen-lockfile"]);
  step("build everything (turbo)", [tool("turbo"), "run", "build", "--output-logs=errors-only"]);
}

function test() {
  setUpAndBuild();
  step("format and lint (biome)", [tool("biome"), "ci", "."]);
  step("type-check every TypeScript file, tests and tools included, and the JS tools (tsc)", [
    tool("tsc"),
    "-p",
    join(root, "tsconfig.check.json"),
  ]);
  const resultsDir = join(root, "test-artifacts");
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = join(resultsDir, "vitest-results.json");
  rmSync(resultsFile, { force: true });
  console.log("\n▶ run every test (vitest)");
  const run = spawnSync(
    tool("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${resultsFile}`],
    { cwd: root, env, stdio: "inherit", shell: windows },
  );
  if (!existsSync(resultsFile)) {
    console.error("\nvitest wrote no results; see its output above.");
    console.log("0 passed, 1 failed");
    process.exit(run.status || 1);
  }
  /** @type {VitestResults} */
  const results = JSON.parse(readFileSync(resultsFile, "utf8"));
  const failedSuites = results.testResults.filter(
    (suite) => suite.status === "failed" && suite.assertionResults.length === 0,
  );
  const failed = results.numFailedTests + failedSuites.length;
  console.log(
    `\n${results.numPassedTests} passed, ${failed} failed${results.numPendingTests ? `, ${results.numPendingTests} skipped` : ""}`,
  );
  process.exit(run.status === 0 && failed === 0 ? 0 : 1);
}

function start() {
  setUpAndBuild();
  console.log("\n▶ serve the mock API, the docs site and the example login page (Ctrl-C stops them)");
  const child = spawn(process.execPath, [join(root, "scripts", "serve.mjs")], { cwd: root, env, stdio: "inherit" });
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

function bench() {
  setUpAndBuild();
  step("benchmarks", [tool("pnpm"), "--filter", "@idaas-sdk/bench", "run", "bench"]);
}

const commands = { start, test, bench };
const name = process.argv[2] ?? "";
// Own keys only: `toString` or `constructor` is no command.
const command = Object.hasOwn(commands, name) ? commands[/** @type {keyof typeof commands} */ (name)] : undefined;
if (!command) {
  console.error(`usage: node scripts/run.mjs <${Object.keys(commands).join("|")}>`);
  process.exit(2);
}
command();
