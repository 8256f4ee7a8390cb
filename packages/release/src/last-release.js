// The last release in git: the most recent `@idaas-sdk/spec@*` tag (or main when there is none), its spec
// bundled afresh with the redocly.yaml of that commit, and the versions its packages had.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { redocly } from "./redocly.js";

export const releaseTagPattern = "@idaas-sdk/spec@*";

/** @param {string} repo @param {string[]} args */
const git = (repo, args) =>
  execFileSync("git", args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

/** `{ ref, why }`: the base to compare with. @param {string} repo */
export function lastReleaseRef(repo) {
  try {
    const tag = git(repo, ["describe", "--tags", "--abbrev=0", "--match", releaseTagPattern, "HEAD"]);
    return { ref: tag, why: `release tag ${tag}` };
  } catch {
    try {
      git(repo, ["rev-parse", "--verify", "--quiet", "main^{commit}"]);
    } catch {
      throw new Error(`${repo}: no ${releaseTagPattern} tag and no main branch to compare the spec with`);
    }
    return {
      ref: "main",
      why: `no ${releaseTagPattern} tag yet: main (${git(repo, ["rev-parse", "--short", "main"])})`,
    };
  }
}

/**
 * Bundles API `api` of redocly.yaml (a product: "eiam" or "ciam") at `ref` into `output` (JSON).
 * @param {string} repo @param {string} ref @param {string} output @param {string} api
 */
export function bundleSpecAt(repo, ref, output, api) {
  const dir = mkdtempSync(join(tmpdir(), "idaas-base-spec-"));
  try {
    try {
      const archive = execFileSync("git", ["archive", "--format=tar", ref, "spec", "redocly.yaml"], {
        cwd: repo,
        maxBuffer: 256 * 1024 * 1024,
        stdio: ["ignore", "pipe", "pipe"],
      });
      execFileSync("tar", ["-x", "-C", dir], { input: archive });
    } catch {
      throw new Error(`${ref} has no spec/ and redocly.yaml to compare with (git archive failed)`);
    }
    const { status, stdout, stderr } = redocly(["bundle", api, "-o", output, "--config", "redocly.yaml"], {
      cwd: dir,
    });
    if (status !== 0) throw new Error(`bundling the ${api} spec of ${ref} failed:\n${stdout}${stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The `version` of `<dir>/package.json` at `ref`, or undefined when it did not exist there.
 * @param {string} repo @param {string} ref @param {string} dir
 * @returns {string | undefined}
 */
export function versionAt(repo, ref, dir) {
  try {
    return JSON.parse(git(repo, ["show", `${ref}:${dir}/package.json`])).version;
  } catch {
    return undefined;
  }
}
