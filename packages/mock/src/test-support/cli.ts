// The built CLI (bin/idaas-mock.js → dist/cli.js), run as users run it: its output read as it comes.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/idaas-mock.js", import.meta.url));
/** The base URL the banner prints for a product: "<PRODUCT> at <url> (a client's baseUrl)". */
export const baseUrlIn = (stdout: string, product: string) =>
  stdout.match(new RegExp(`^${product.toUpperCase()} at (http://\\S+)`, "m"))?.[1];

export interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

export function run(args: string[]): Run {
  if (!existsSync(new URL("../../dist/cli.js", import.meta.url))) throw new Error("build @idaas-sdk/mock first");
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

export async function waitFor(read: () => string, pattern: RegExp, exit: Promise<unknown>): Promise<RegExpMatchArray> {
  let exited = false;
  void exit.then(() => {
    exited = true;
  });
  for (;;) {
    const match = read().match(pattern);
    if (match) return match;
    if (exited) throw new Error(`the CLI exited before printing ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A folder of users files for the emulator's runs; removed after the file. */
export const usersDir = mkdtempSync(join(tmpdir(), "idaas-users-"));
afterAll(() => rmSync(usersDir, { recursive: true, force: true }));
export function usersFile(name: string, content: string): string {
  const file = join(usersDir, name);
  writeFileSync(file, content);
  return file;
}
