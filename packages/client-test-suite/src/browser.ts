// Headless Chromium for the browser tests, wherever they run: CHROME_PATH when set; on Linux x64 the one that
// @sparticuz/chromium ships (it has no other build); elsewhere Playwright's own download or an installed Chrome,
// Chromium or Edge. Where there is none, `noChromium` says why (warned once) and the browser tests skip on it.
import { existsSync } from "node:fs";
import { join } from "node:path";
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

function lookup(): Found | undefined {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROME_PATH (environment) is ${chosen}: no such file`);
    return at(chosen);
  }
  if (process.platform === "linux" && process.arch === "x64") {
    return { executablePath: () => sparticuz.executablePath(), args: sparticuz.args };
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
