// The consumer matrix: every public package packed as it would be published, installed from the tarballs into a
// fresh project outside the workspace, type-checked there under two module resolutions, and the login + MFA flow
// run against the installed mock under Node (this one, plus 22 and 24 through the node@ npm packages) and in
// headless Chromium (skipped on a machine without one).
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium, noChromium } from "@idaas-sdk/client-test-suite/browser";
import { listOperations, loadSpec } from "@idaas-sdk/spec";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const workspace = fileURLToPath(new URL("../../../", import.meta.url));
const consumerSources = fileURLToPath(new URL("../consumer/", import.meta.url));
const tsc = require.resolve("typescript/bin/tsc");
const pnpm = join(workspace, "node_modules", ".bin", "pnpm");
// Node 22 and 24 come from the registry (npx node@22); IDAAS_MATRIX_NODES=20 keeps the run to this Node.
const otherNodes = (process.env.IDAAS_MATRIX_NODES ?? "22,24").split(",").filter((v) => v && v !== "20");

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

type ClientFactory = (options: object) => { raw: { POST: (path: never, init: never) => Promise<unknown> } };

/** Which header carries each client option, asked of the client itself: its raw call sends them all. */
async function headerNamesOf(createEiamClient: ClientFactory, path: string) {
  const probe = {
    clientId: "probe-clientId",
    device: { osVersion: "probe-osVersion", fingerprint: "probe-fingerprint", agent: "probe-agent", ip: "probe-ip" },
  };
  let sent: Headers | undefined;
  const client = createEiamClient({
    ...probe,
    baseUrl: "https://tenant.example.com",
    fetch: async (request: Request) => {
      sent = request.headers;
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  await client.raw.POST(path as never, {} as never);
  const headerOf = (value: string) => [...(sent?.entries() ?? [])].find(([, v]) => v === value)?.[0] ?? "";
  return {
    clientId: headerOf(probe.clientId),
    device: Object.fromEntries(Object.entries(probe.device).map(([field, value]) => [field, headerOf(value)])),
  };
}

/** What the flow sends: the spec's examples, mapped to the facade's inputs as its tests do. */
async function flowInputs(createEiamClient: ClientFactory) {
  const operations = listOperations(loadSpec("eiam"));
  const operation = (id: string) => {
    const found = operations.find((candidate) => candidate.operationId === id);
    if (!found) throw new Error(`the EIAM spec has no ${id}`);
    return found;
  };
  const headerExample = (name: string) =>
    operations[0]?.headers.find((header) => header.name.toLowerCase() === name.toLowerCase())?.example;
  const headerNames = await headerNamesOf(createEiamClient, operations[0]?.path ?? "/");
  const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const input = (id: string) =>
    Object.fromEntries(
      Object.entries(operation(id).requestBody?.examples.find((e) => e.name === "default")?.value ?? {}).map(
        ([key, value]) => [camel(key), value],
      ),
    );
  const device = Object.fromEntries(
    Object.entries(headerNames.device)
      .map(([field, header]) => [field, headerExample(header)])
      .filter(([, value]) => value !== undefined),
  );
  const outcomes = (id: string) =>
    (operation(id).responses.find((r) => r.status === 200)?.examples ?? []).map((e) => ({
      name: e.name,
      value: e.value as Record<string, string>,
    }));
  const login = operation("loginWithMobileCode");
  const [loginError] = login.errors;
  if (!loginError) throw new Error("loginWithMobileCode documents no error");
  return {
    inputs: {
      clientId: headerExample(headerNames.clientId),
      device,
      sms: input("sendSmsCode"),
      login: input("loginWithMobileCode"),
      mfa: input("verifyMfaEmail"),
      loginExamples: outcomes("loginWithMobileCode").map((e) => e.name),
      mfaExamples: outcomes("verifyMfaEmail").map((e) => e.name),
      loginErrorExample: loginError.exampleName,
    },
    expected: expectedSteps(outcomes("loginWithMobileCode"), outcomes("verifyMfaEmail"), loginError),
  };
}

type Example = { name: string; value: Record<string, string> };
function expectedSteps(
  logins: Example[],
  mfas: Example[],
  error: { exampleName: string; httpStatus: number; code: string },
) {
  const mfaStatuses = new Set(mfas.map((e) => e.value.status));
  const subject = (idToken?: string) =>
    idToken ? ` sub=${JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString()).sub}` : "";
  const steps = ["sendSmsCode: sent"];
  for (const login of logins) {
    steps.push(`loginWithMobileCode ${login.name}: ${login.value.status}`);
    // The outcome that asks for a second factor: it carries a state token and is not itself an MFA outcome.
    if (!login.value.state_token || mfaStatuses.has(login.value.status)) continue;
    for (const mfa of mfas) steps.push(`verifyMfaEmail ${mfa.name}: ${mfa.value.status}${subject(mfa.value.id_token)}`);
  }
  steps.push(`loginWithMobileCode ${error.exampleName}: ${error.httpStatus} ${error.code}`);
  return steps;
}

let project: string;
let inputs: Awaited<ReturnType<typeof flowInputs>>["inputs"];
let expected: string[];
const installed = (file: string) => import(pathToFileURL(join(project, "node_modules", file)).href);

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "idaas-consumer-"));
  const tarballs = join(project, "tarballs");
  mkdirSync(tarballs);
  for (const { dir } of publicPackages()) run(pnpm, ["pack", "--pack-destination", tarballs], join(workspace, dir));
  const dependencies: Record<string, string> = {};
  for (const file of readdirSync(tarballs)) {
    const manifest = JSON.parse(run("tar", ["-xzOf", join(tarballs, file), "package/package.json"], project));
    dependencies[manifest.name] = `file:./tarballs/${file}`;
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
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], project);
  cpSync(consumerSources, join(project, "src"), { recursive: true, filter: (path) => !path.endsWith(".json") });
  for (const config of ["tsconfig.bundler.json", "tsconfig.nodenext.json"])
    cpSync(join(consumerSources, config), join(project, config));
  ({ inputs, expected } = await flowInputs((await installed("@idaas-sdk/eiam/dist/raw.js")).createEiamClient));
  writeFileSync(join(project, "inputs.json"), JSON.stringify(inputs));
}, 240_000);

afterAll(() => {
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

/** Runs a command without blocking the other tests; resolves with its output, rejects with it too. */
function runAsync(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((done, fail) =>
    execFile(command, args, { cwd, encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) =>
      error ? fail(new Error(`${command} ${args.join(" ")} failed:\n${stdout}${stderr}`)) : done(stdout),
    ),
  );
}

// Concurrent: type-checks, Node runs and the browser run share the machine's cores.
describe.concurrent("a consumer project", () => {
  let nodenext: Promise<string> | undefined; // the nodenext check also emits out/, which the Node runs execute
  function typeCheck(resolution: string): Promise<string> {
    const check = () => runAsync(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], project);
    if (resolution !== "nodenext") return check();
    nodenext ??= check();
    return nodenext;
  }

  it.each(["bundler", "nodenext"])("type-checks under moduleResolution %s", async (resolution) => {
    expect(await typeCheck(resolution)).toBe("");
  });

  const nodes = [
    ["this Node", process.execPath, []] as const,
    ...otherNodes.map((v) => [`Node ${v}`, "npx", ["-y", `node@${v}`]] as const),
  ];
  it.each(nodes)("runs the login + MFA flow against the installed mock under %s", async (_, command, prefix) => {
    await typeCheck("nodenext");
    const output = (await runAsync(command, [...prefix, "out/node-main.js"], project)).trim().split("\n").at(-1);
    const { node, steps } = JSON.parse(output ?? "");
    if (command !== process.execPath) expect(node.split(".")[0]).toBe(prefix[1]?.replace("node@", ""));
    expect(steps).toEqual(expected);
  });

  it.skipIf(noChromium)("runs the login + MFA flow in headless Chromium from a browser bundle", async () => {
    const bundle = await build({
      entryPoints: [join(project, "src", "browser-main.ts")],
      absWorkingDir: project,
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      logLevel: "silent",
    });
    const script = bundle.outputFiles[0]?.text ?? "";
    const { startMock } = await installed("@idaas-sdk/mock/dist/index.js");
    const mock = await startMock({ port: 0, product: "eiam" });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // Served from the mock's origin, so the flow's calls are same-origin, as in an app behind one host.
      const pageUrl = `${mock.url}/consumer.html`;
      await page.route(pageUrl, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<!doctype html><script>${script.replaceAll("</script", "<\\/script")}</script>`,
        }),
      );
      await page.goto(pageUrl);
      const steps = await page.evaluate(
        ([url, flowInputs]) =>
          (globalThis as unknown as { runFlow: (u: string, i: unknown) => Promise<string[]> }).runFlow(url, flowInputs),
        [mock.baseUrl("eiam"), inputs] as const,
      );
      expect(steps).toEqual(expected);
    } finally {
      await browser.close();
      await mock.close();
    }
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
