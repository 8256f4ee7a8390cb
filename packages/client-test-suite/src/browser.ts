// Headless Chromium for the browser tests, wherever they run: CHROME_PATH when set; on Linux x64 the one that
// @sparticuz/chromium ships (it has no other build); elsewhere Playwright's own download or an installed Chrome,
// Chromium or Edge. Where there is none, `noChromium` says why (warned once) and the browser tests skip on it.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium as playwright } from "playwright-core";

/** The usual install paths of Chrome, Chromium and Edge outside Linux x64. */
function installedPaths(): string[] {
  if (process.platform === "darwin") {
    return ["Google Chrome", "Chromium", "Microsoft Edge"].map(
      (app) => `/Applications/${app}.app/Contents/MacOS/${app}`,
    );
  }
  if (process.platform !== "win32") return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const roots = [process.env.PROGRAMFILES, process.env["PROGRAMFILES(X86)"], process.env.LOCALAPPDATA];
  const apps = [
    join("Google", "Chrome", "Application", "chrome.exe"),
    join("Microsoft", "Edge", "Application", "msedge.exe"),
  ];
  return roots.flatMap((root) => (root ? apps.map((app) => join(root, app)) : []));
}

function playwrightsOwn(): string | undefined {
  try {
    return playwright.executablePath();
  } catch {
    return undefined; // Playwright has no build for this platform
  }
}

interface Found {
  executablePath: () => Promise<string>;
  args: string[];
}

const at = (path: string): Found => ({ executablePath: async () => path, args: [] });

/**
 * @sparticuz/chromium's Chromium, unpacked once into node_modules/.cache for every test file and run. Left to itself
 * it unpacks into os.tmpdir() (200 MB, seconds of CPU) unless one is there, and each test file has a temporary folder
 * of its own (scripts/test-tmpdir). A child unpacks it into a new folder of the cache, renamed into place when
 * complete, so that workers unpacking at the same time never use half a Chromium.
 */
async function unpackedSparticuz(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  const manifest = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  const cache = fileURLToPath(new URL("../../../node_modules/.cache", import.meta.url));
  const unpacked = join(cache, `sparticuz-chromium-${manifest.version}`);
  const binary = join(unpacked, "chromium");
  if (existsSync(binary)) return binary;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(`${unpacked}-`);
  try {
    const script = `await (await import(${JSON.stringify(pathToFileURL(entry).href)})).default.executablePath();`;
    await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, TMPDIR: staging },
    });
    renameSync(staging, unpacked);
  } catch (error) {
    if (!existsSync(binary)) throw error; // else another worker put its own in place first
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

function lookup(): Found | undefined {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROME_PATH (environment) is ${chosen}: no such file`);
    return at(chosen);
  }
  if (process.platform === "linux" && process.arch === "x64") {
    return { executablePath: unpackedSparticuz, args: sparticuz.args };
  }
  const path = [playwrightsOwn(), ...installedPaths()].find((candidate) => candidate && existsSync(candidate));
  return path ? at(path) : undefined;
}

const found = lookup();

/** Why the browser tests skip on this machine, or undefined where they run: `test.skipIf(noChromium)`. */
export const noChromium =
  found === undefined
    ? `no Chromium on this machine (${process.platform} ${process.arch}): the browser tests skip; set CHROME_PATH to a Chrome or Chromium to run them`
    : undefined;
if (noChromium) console.warn(noChromium);

/** Launches the Chromium found, headless, with `args` added to its own. */
export async function launchChromium(args: string[] = []): Promise<Browser> {
  if (!found) throw new Error(noChromium);
  return playwright.launch({
    executablePath: await found.executablePath(),
    args: [...found.args, ...args],
    headless: true,
  });
}
