// The consumer matrix: every public package packed as it would be published, installed from the tarballs into a
// fresh project outside the workspace, type-checked there under two module resolutions (every entry of every
// package, from their exports), and one journey (consumer/journey.ts) run against the installed emulator in every
// runtime at once: Node (this one, plus 22 and 24 through the node@ npm packages), Bun, Deno, Cloudflare Workers
// (workerd, through miniflare) and headless Chromium. A runtime that cannot run on this machine is skipped, saying why.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium, noChromium } from "@idaas-sdk/client-test-suite/browser";
import { errorForRule, getOperation, loadSpec } from "@idaas-sdk/spec";
import { build } from "esbuild";
import { Miniflare, supportedCompatibilityDate } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const workspace = fileURLToPath(new URL("../../../", import.meta.url));
const consumerSources = fileURLToPath(new URL("../consumer/", import.meta.url));
const tsc = require.resolve("typescript/bin/tsc");
const pnpm = join(workspace, "node_modules", ".bin", "pnpm");
// This Node runs the journey, and the other majors of IDAAS_MATRIX_NODES come from the registry (npx node@22);
// IDAAS_MATRIX_NODES=20 on Node 20 (or any list without another major) keeps the run to this Node, offline.
const thisMajor = process.versions.node.split(".")[0];
const otherNodes = (process.env.IDAAS_MATRIX_NODES ?? "20,22,24").split(",").filter((v) => v && v !== thisMajor);

/** The workspace's packages that are published: every package.json without `private: true`. */
function publicPackages(): { name: string; dir: string }[] {
  const dirs = ["spec", "docs", ...readdirSync(join(workspace, "packages")).map((name) => `packages/${name}`)];
  return dirs
    .filter((dir) => existsSync(join(workspace, dir, "package.json")))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(workspace, dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir }));
}

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });

const TEST_MS = 180_000; // each test of the consumer project; a busy 2-core machine runs them all at once
const COMMAND_MS = TEST_MS - 10_000;

/** Runs a command without blocking the other tests; resolves with its output, rejects with it too. */
function runAsync(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) =>
    execFile(command, args, { cwd, env, encoding: "utf8", timeout: COMMAND_MS }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      const how = error.killed ? `was stopped after ${COMMAND_MS / 1000} s` : "failed";
      fail(new Error(`${command} ${args.join(" ")} ${how}:\n${stdout}${stderr}`));
    }),
  );
}

/** A runtime installed from npm as a devDependency of this package: its version and the path of its command. */
function npmRuntime(name: string) {
  const manifestPath = require.resolve(`${name}/package.json`);
  const { version, bin } = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    version: string;
    bin?: string | Record<string, string>;
  };
  const command = join(dirname(manifestPath), typeof bin === "string" ? bin : (bin?.[name] ?? ""));
  return { version, command };
}

/** Why a runtime does not run on this machine (its test then skips, saying so); undefined when `--version` runs. */
function cannotRun(label: string, command: () => string): string | undefined {
  try {
    execFileSync(command(), ["--version"], { stdio: "pipe", timeout: 60_000 });
    return undefined;
  } catch (error) {
    const why = String((error as { stderr?: Buffer }).stderr ?? "").trim() || (error as Error).message;
    const reason = `${label} cannot run on this machine (${process.platform} ${process.arch}): ${why.split("\n")[0]}`;
    console.warn(`${reason}; its journey skips`);
    return reason;
  }
}

const bun = npmRuntime("bun");
const deno = npmRuntime("deno");
const miniflare = npmRuntime("miniflare");
const workerdRequire = createRequire(require.resolve("miniflare"));
const workerd = {
  version: (workerdRequire("workerd/package.json") as { version: string }).version,
  command: () => (workerdRequire("workerd") as { default: string }).default, // throws where it has no build
};

/** Client options of the journey; none of them is a fact of the spec. */
const CLIENT = {
  clientId: "consumer-matrix",
  device: { osVersion: "consumer-os 1.0", fingerprint: "consumer-fingerprint", agent: "consumer-matrix" },
};

/** The journey's inputs (consumer/journey.ts's JourneyInputs, checked there), as the runtimes receive them. */
type JourneyInputs = object;
type Outcome = { runtime: string; steps: string[] };
interface Runtime {
  name: string;
  /** Why it cannot run here; undefined when it can. */
  unavailable?: string;
  /** What the runtime says it is. */
  identity: RegExp;
  run(origin: string, inputs: JourneyInputs): Promise<Outcome>;
}

let project: string;
const installed = (file: string) => import(pathToFileURL(join(project, "node_modules", file)).href);
const typeCheck = (resolution: string) =>
  runAsync(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`, "--noEmit"], project);
let emitted: Promise<string> | undefined;
/** The JavaScript that Node runs, emitted once into out/ without waiting for the type-checks (which test it). */
const emitForNode = () => {
  emitted ??= runAsync(process.execPath, [tsc, "-p", "tsconfig.nodenext.json", "--noCheck"], project);
  return emitted;
};
const lastLine = (output: string): Outcome => JSON.parse(output.trim().split("\n").at(-1) ?? "");

const nodes: Runtime[] = [
  { name: `Node ${thisMajor} (this one)`, major: thisMajor, command: process.execPath, prefix: [] as string[] },
  ...otherNodes.map((major) => ({ name: `Node ${major}`, major, command: "npx", prefix: ["-y", `node@${major}`] })),
].map(({ name, major, command, prefix }) => ({
  name,
  identity: new RegExp(`^Node ${major}\\.`),
  async run(origin, inputs) {
    await emitForNode();
    return lastLine(
      await runAsync(command, [...prefix, "out/process-main.js", origin, JSON.stringify(inputs)], project),
    );
  },
}));

const runtimes: Runtime[] = [
  ...nodes,
  {
    name: `Bun ${bun.version}`,
    unavailable: cannotRun(`Bun ${bun.version} (npm package bun)`, () => bun.command),
    identity: new RegExp(`^Bun ${bun.version}$`),
    // Bun runs the TypeScript as it is, resolving the packages from the project's node_modules.
    run: async (origin, inputs) =>
      lastLine(
        await runAsync(bun.command, ["src/process-main.ts", origin, JSON.stringify(inputs)], project, {
          ...process.env,
          BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0", // nothing written outside the project
          DO_NOT_TRACK: "1",
        }),
      ),
  },
  {
    name: `Deno ${deno.version}`,
    unavailable: cannotRun(`Deno ${deno.version} (npm package deno)`, () => deno.command),
    identity: new RegExp(`^Deno ${deno.version}$`),
    // Deno resolves the packages through deno.json's npm: specifiers, from the project's node_modules; it may only
    // reach the emulator.
    async run(origin, inputs) {
      const args = [
        "run",
        `--allow-net=${new URL(origin).host}`,
        "src/process-main.ts",
        origin,
        JSON.stringify(inputs),
      ];
      const env = { ...process.env, DENO_DIR: join(project, ".deno"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
      return lastLine(await runAsync(deno.command, args, project, env));
    },
  },
  {
    name: `Cloudflare Workers (workerd ${workerd.version}, through miniflare)`,
    unavailable: cannotRun(`workerd ${workerd.version} (npm package workerd, miniflare's)`, workerd.command),
    identity: /^Cloudflare-Workers$/,
    // The Worker is bundled as wrangler does (esbuild, the workerd and worker export conditions).
    async run(origin, inputs) {
      const script = await bundle("worker-main.ts", "esm", ["workerd", "worker", "browser"]);
      const worker = new Miniflare({ modules: true, script, compatibilityDate: supportedCompatibilityDate });
      try {
        const response = await worker.dispatchFetch("http://worker.test/", {
          method: "POST",
          body: JSON.stringify({ origin, inputs }),
        });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`the Worker answered HTTP ${response.status}: ${text}`);
        return JSON.parse(text) as Outcome;
      } finally {
        await worker.dispose();
      }
    },
  },
  {
    name: "Chromium (headless)",
    unavailable: noChromium,
    identity: /HeadlessChrome\//,
    async run(origin, inputs) {
      const script = await bundle("browser-main.ts", "iife");
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        // Served from the emulator's origin, so the journey's calls are same-origin, as in an app behind one host.
        const pageUrl = `${origin}/consumer.html`;
        await page.route(pageUrl, (route) =>
          route.fulfill({
            contentType: "text/html",
            body: `<!doctype html><script>${script.replaceAll("</script", "<\\/script")}</script>`,
          }),
        );
        await page.goto(pageUrl);
        const steps = await page.evaluate(
          ([at, journeyInputs]) =>
            (globalThis as unknown as { runJourney: (o: string, i: JourneyInputs) => Promise<string[]> }).runJourney(
              at,
              journeyInputs,
            ),
          [origin, inputs] as const,
        );
        return { runtime: await page.evaluate(() => navigator.userAgent), steps };
      } finally {
        await browser.close();
      }
    },
  },
];

/** A bundle of a consumer source, from the installed packages. */
async function bundle(entry: string, format: "esm" | "iife", conditions?: string[]) {
  const built = await build({
    entryPoints: [join(project, "src", entry)],
    absWorkingDir: project,
    bundle: true,
    platform: "browser",
    format,
    conditions,
    write: false,
    logLevel: "silent",
  });
  return built.outputFiles[0]?.text ?? "";
}

/** Installs the tarballs into a fresh project, with a deno.json that maps each package to its npm: specifier. */
function installConsumerProject() {
  project = mkdtempSync(join(tmpdir(), "idaas-consumer-"));
  const tarballs = join(project, "tarballs");
  mkdirSync(tarballs);
  for (const { dir } of publicPackages()) run(pnpm, ["pack", "--pack-destination", tarballs], join(workspace, dir));
  const dependencies: Record<string, string> = {};
  const imports: Record<string, string> = {};
  for (const file of readdirSync(tarballs)) {
    const manifest = JSON.parse(run("tar", ["-xzOf", join(tarballs, file), "package/package.json"], project));
    dependencies[manifest.name] = `file:./tarballs/${file}`;
    imports[manifest.name] = `npm:${manifest.name}@${manifest.version}`;
    imports[`${manifest.name}/`] = `npm:/${manifest.name}@${manifest.version}/`;
  }
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      dependencies,
      devDependencies: { "@types/node": "20.19.43" },
    }),
  );
  writeFileSync(join(project, "deno.json"), JSON.stringify({ nodeModulesDir: "manual", imports }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], project);
  cpSync(consumerSources, join(project, "src"), { recursive: true, filter: (path) => !path.endsWith(".json") });
  for (const config of ["tsconfig.bundler.json", "tsconfig.nodenext.json"])
    cpSync(join(consumerSources, config), join(project, config));
  writeFileSync(join(project, "src", "entries.ts"), entriesModule(Object.keys(dependencies)));
}

/** A module that imports every JavaScript entry of every installed package, as its package.json exports it. */
function entriesModule(packages: string[]) {
  const specifiers = packages.flatMap((name) => {
    const manifest = JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8"));
    const subpaths = Object.keys(manifest.exports ?? { ".": manifest.main }).filter(
      (subpath) => !/\.(json|ya?ml)$/.test(subpath),
    );
    return subpaths.map((subpath) => `${name}${subpath.slice(1)}`);
  });
  const lines = specifiers.map((specifier, index) => `import * as entry${index} from "${specifier}";`);
  return `${lines.join("\n")}\nexport const entries = [${specifiers.map((_, index) => `entry${index}`).join(", ")}];\n`;
}

let emulator: { url: string; close(): Promise<void> };
const journeys = new Map<string, { inputs: JourneyInputs; expected: string[] }>();

beforeAll(async () => {
  installConsumerProject();
  const { ADMIN_PATH, basePath, DEFAULT_USERS, startMock } = await installed("@idaas-sdk/mock/dist/index.js");
  // Each runtime logs in as a user of its own, so that the runtimes can share one emulator at the same time.
  const products = ["eiam", "ciam"] as const;
  const users = Object.fromEntries(
    products.map((product) => {
      const { mobile } = (DEFAULT_USERS[product] as { mobile?: string }[]).find((user) => user.mobile) ?? {};
      if (!mobile) throw new Error(`the emulator's default ${product} users have no mobile number`);
      return [
        product,
        runtimes.map((runtime, index) => ({ mobile: `${mobile.slice(0, -2)}${10 + index}`, name: runtime.name })),
      ];
    }),
  );
  emulator = await startMock({ port: 0, mode: "emulator", users });
  runtimes.forEach((runtime, index) => {
    const accounts = products.map((product) => ({
      product,
      basePath: basePath(product),
      mobile: users[product]?.[index]?.mobile ?? "",
    }));
    const expected = accounts.flatMap(({ product, mobile }) => {
      const wrongCode = errorForRule(getOperation(loadSpec(product), "loginWithMobileCode"), "wrong-code");
      if (!wrongCode) throw new Error(`the ${product} spec gives loginWithMobileCode no error for the wrong-code rule`);
      return [
        `${product} verifyCaptcha: a captcha token`,
        `${product} sendSmsCode: sent`,
        `${product} loginWithMobileCode with a wrong code: ${wrongCode.httpStatus} ${wrongCode.code}`,
        `${product} loginWithMobileCode: SUCCESS`,
        `${product} verifyIdToken: mobile ${mobile}`,
        `${product} refreshIdToken: a new id_token, mobile ${mobile}`,
      ];
    });
    journeys.set(runtime.name, { inputs: { ...CLIENT, adminPath: ADMIN_PATH, accounts }, expected });
  });
}, 240_000);

afterAll(async () => {
  await emulator?.close();
  if (project) rmSync(project, { recursive: true, force: true });
}, 60_000);

describe("the packed packages", () => {
  it("are the public ones", () => {
    expect(readdirSync(join(project, "tarballs"))).toHaveLength(publicPackages().length);
  });

  it("point nowhere into the workspace", () => {
    const unpacked = join(project, "unpacked");
    const problems: string[] = [];
    for (const file of readdirSync(join(project, "tarballs"))) {
      const into = join(unpacked, file);
      mkdirSync(into, { recursive: true });
      run("tar", ["-xzf", join(project, "tarballs", file), "-C", into], project);
      const root = join(into, "package");
      const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
      for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"])
        for (const [name, range] of Object.entries<string>(manifest[field] ?? {}))
          if (/^(workspace|link|file|portal):|\.\.\//.test(range))
            problems.push(`${file}: ${field}.${name} = ${range}`);
      for (const path of filesUnder(root)) {
        const text = readFileSync(path, "utf8");
        if (text.includes(workspace.replace(/\/$/, "")))
          problems.push(`${file}: ${relative(root, path)} names ${workspace}`);
        if (path.endsWith(".map"))
          for (const source of JSON.parse(text).sources as string[])
            if (!resolve(dirname(path), source).startsWith(`${root}/`))
              problems.push(`${file}: ${relative(root, path)} maps to ${source}, outside the package`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the runtime tables", () => {
  it.each(["README.md", "packages/release/README.md"])("of %s name the versions the matrix runs", (file) => {
    const text = readFileSync(join(workspace, file), "utf8");
    expect(text).toContain(`${bun.version} (npm \`bun\`)`);
    expect(text).toContain(`${deno.version} (npm \`deno\`)`);
    expect(text).toContain(`workerd ${workerd.version} through miniflare ${miniflare.version}`);
  });
});

// Concurrent: the type-checks and every runtime share the machine's cores and the one emulator.
describe.concurrent("a consumer project", { timeout: TEST_MS }, () => {
  it.for(["bundler", "nodenext"])(
    "type-checks every entry and the journey under moduleResolution %s",
    async (resolution, { expect }) => {
      expect(await typeCheck(resolution)).toBe("");
    },
  );

  it.for(runtimes.map((runtime) => [runtime.name, runtime] as const))(
    "runs the journey against the installed emulator on %s",
    async ([name, runtime], { expect, skip }) => {
      if (runtime.unavailable) skip(runtime.unavailable);
      const journey = journeys.get(name);
      if (!journey) throw new Error(`no journey was set up for ${name}`);
      const { runtime: identity, steps } = await runtime.run(emulator.url, journey.inputs);
      expect(identity).toMatch(runtime.identity);
      expect(steps).toEqual(journey.expected);
    },
  );
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
