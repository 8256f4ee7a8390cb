// The built CLI (bin/idaas-mock.js → dist/cli.js), run as users run it.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { errorForMissing, PRODUCTS } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PATH, JWKS_PATH } from "./emulator/index.js";
import { UNDOCUMENTED } from "./request-rules.js";
import { requiredParameters } from "./test-support/expected.js";
import { call, exampleRequest, operations } from "./test-support/requests.js";

const BIN = fileURLToPath(new URL("../bin/idaas-mock.js", import.meta.url));
/** The base URL the banner prints for a product: "<PRODUCT> at <url> (a client's baseUrl)". */
const baseUrlIn = (stdout: string, product: string) =>
  stdout.match(new RegExp(`^${product.toUpperCase()} at (http://\\S+)`, "m"))?.[1];

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function run(args: string[]): Run {
  if (!existsSync(new URL("../dist/cli.js", import.meta.url))) throw new Error("build @idaas-sdk/mock first");
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

async function waitFor(read: () => string, pattern: RegExp, exit: Promise<unknown>): Promise<RegExpMatchArray> {
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

describe("idaas-mock", () => {
  let mock: Run;
  let origin: string;
  beforeAll(async () => {
    mock = run(["--port", "0"]);
    await waitFor(mock.stdout, /Ctrl\+C stops/, mock.exit);
    origin = mock.stdout().match(/http:\/\/[\d.]+:\d+/)?.[0] ?? "";
  });
  afterAll(() => {
    if (mock.child.exitCode === null) mock.child.kill("SIGKILL");
  });

  it("prints the origin on 127.0.0.1 and each product's base URL under it", () => {
    expect(new URL(origin).hostname).toBe("127.0.0.1");
    for (const product of PRODUCTS) expect(baseUrlIn(mock.stdout(), product)).toBe(`${origin}/${product}`);
  });

  it.each(operations)("lists $name under its product's base URL, its outcomes and undocumented fields", (operation) => {
    const baseUrl = baseUrlIn(mock.stdout(), operation.product);
    const line = `  ${operation.method} ${baseUrl}${operation.path}  (${operation.operationId},`;
    expect(mock.stdout()).toContain(line);
    // The endpoint's block: its line and the indented lines under it.
    const [block = ""] = mock
      .stdout()
      .slice(mock.stdout().indexOf(line))
      .split(/\n(?! {4})/);
    for (const response of operation.responses) {
      for (const example of response.examples) expect(block).toContain(`example=${example.name}`);
    }
    const undocumented = requiredParameters(operation).filter((field) => !errorForMissing(operation, field));
    if (undocumented.length > 0) expect(block).toContain(`(${UNDOCUMENTED.missing}): ${undocumented.join(", ")}`);
    else expect(block).not.toContain(UNDOCUMENTED.missing);
  });

  it("logs a request in one line without its headers or body, and stops on SIGTERM", async () => {
    const operation = operations.find((candidate) => candidate.responses[0]?.examples[0]?.name === "success");
    if (!operation) throw new Error("no operation with a success example");
    const baseUrl = baseUrlIn(mock.stdout(), operation.product) ?? "";
    const { headers, body = {} } = exampleRequest(operation);
    const answer = await call(baseUrl, operation, { headers, body });
    expect(answer.status).toBe(200);
    const path = `${new URL(baseUrl).pathname}${operation.path}`;
    const [line] = await waitFor(mock.stdout, new RegExp(`^${operation.method} ${path} .*$`, "m"), mock.exit);
    expect(line).toBe(`${operation.method} ${path} 200 success`);
    for (const value of [...Object.values(headers), ...Object.values(body)]) {
      if (typeof value === "string" && value.length > 3 && value !== "application/json") {
        expect(mock.stdout()).not.toContain(value);
      }
    }
    mock.child.kill("SIGTERM");
    expect(await mock.exit).toBe(0);
    expect(mock.stderr()).toBe("");
  });
});

describe.each(PRODUCTS)("idaas-mock --product %s", (product) => {
  let mock: Run;
  beforeAll(async () => {
    mock = run(["--port", "0", "--product", product]);
    await waitFor(mock.stdout, /Ctrl\+C stops/, mock.exit);
  });
  afterAll(() => {
    if (mock.child.exitCode === null) mock.child.kill("SIGKILL");
  });

  it("lists that product only", () => {
    for (const other of PRODUCTS) expect(baseUrlIn(mock.stdout(), other) !== undefined).toBe(other === product);
  });
});

/** A folder of users files for the emulator's runs; removed after the file. */
const usersDir = mkdtempSync(join(tmpdir(), "idaas-users-"));
afterAll(() => rmSync(usersDir, { recursive: true, force: true }));
function usersFile(name: string, content: string): string {
  const file = join(usersDir, name);
  writeFileSync(file, content);
  return file;
}

describe("idaas-mock --emulator --users FILE --fixed-code CODE", () => {
  let mock: Run;
  const users = {
    ciam: [{ mobile: "13300000001", email: "qa@example.com", password: "Secret-1a", passwordState: "expired" }],
    eiam: [{ mobile: "13300000002", mfa: ["SMS"] }],
  };
  beforeAll(async () => {
    const file = usersFile("users.json", JSON.stringify(users));
    mock = run(["--port", "0", "--emulator", "--users", file, "--fixed-code", "246810"]);
    await waitFor(mock.stdout, /Ctrl\+C stops/, mock.exit);
  });
  afterAll(() => {
    if (mock.child.exitCode === null) mock.child.kill("SIGKILL");
  });

  it("prints the emulator banner: the users of the file with their password and state, the inbox and the reset", () => {
    const out = mock.stdout();
    expect(out).toMatch(/^IDaaS emulator \(stateful, on Prism\) at http:\/\/127\.0\.0\.1:\d+$/m);
    expect(out).toMatch(/13300000001 {2}qa@example\.com {2}password Secret-1a, password expired \(PASSWORD_EXPIRED\)/);
    expect(out).toContain("13300000002  second factor SMS (MFA_AUTH)");
    expect(out).toMatch(/GET http:\S+\/__idaas\/codes\?to=/);
    expect(out).toMatch(/POST http:\S+\/__idaas\/reset/);
    for (const product of PRODUCTS) {
      const baseUrl = baseUrlIn(out, product);
      expect(out).toContain(`JWKS ${baseUrl}${JWKS_PATH}`);
    }
  });

  it("prints each code as it is sent, the target masked, and lists it in the inbox", async () => {
    const baseUrl = baseUrlIn(mock.stdout(), "ciam") ?? "";
    // The requests are the spec's examples, with the challenge, the captcha token and the number of this run.
    const ciam = (operationId: string) => {
      const operation = operations.find(
        (candidate) => candidate.product === "ciam" && candidate.operationId === operationId,
      );
      if (!operation) throw new Error(`the ciam spec has no ${operationId}`);
      return { operation, ...exampleRequest(operation) };
    };
    const captcha = ciam("getCaptcha");
    const challenge = (await call(baseUrl, captcha.operation, { headers: captcha.headers })).json as { token: string };
    const verify = ciam("verifyCaptcha");
    const verified = await call(baseUrl, verify.operation, {
      headers: verify.headers,
      body: { ...verify.body, token: challenge.token },
    });
    const { captcha_token } = verified.json as { captcha_token: string };
    const smsSend = ciam("sendSmsCode");
    const sent = await call(baseUrl, smsSend.operation, {
      headers: smsSend.headers,
      body: { ...smsSend.body, mobile: "13300000001", type: "LOGIN_SMS", captcha_token },
    });
    expect(sent.status).toBe(200);
    const [line] = await waitFor(mock.stdout, /^CIAM sms code .*$/m, mock.exit);
    expect(line).toMatch(/^CIAM sms code 246810 to 133\*\*\*\*0001 \(LOGIN_SMS\), valid until \d\d:\d\d:\d\d UTC$/);
    const origin = new URL(baseUrl).origin;
    const inbox = (await (await fetch(`${origin}${ADMIN_PATH}codes?to=13300000001`)).json()) as {
      codes: { code: string }[];
    };
    expect(inbox.codes.map((code) => code.code)).toEqual(["246810"]);
    // The request log lines never carry the code or the captcha token.
    const log = mock
      .stdout()
      .split("\n")
      .filter((entry) => /^(GET|POST) /.test(entry));
    expect(log.join("\n")).not.toContain("246810");
    expect(log.join("\n")).not.toContain(captcha_token);
  });
});

describe("idaas-mock --emulator --host 0.0.0.0", () => {
  it("warns in one line on stderr that the codes and the reset are exposed, and shows a URL one can call", async () => {
    const mock = run(["--port", "0", "--emulator", "--host", "0.0.0.0"]);
    try {
      await waitFor(mock.stdout, /Ctrl\+C stops/, mock.exit);
      expect(mock.stdout()).toMatch(/^IDaaS emulator \(stateful, on Prism\) at http:\/\/127\.0\.0\.1:\d+$/m);
      expect(mock.stdout()).not.toContain("0.0.0.0");
      const [line] = await waitFor(mock.stderr, /^.*\n/, mock.exit);
      expect(mock.stderr().trimEnd().split("\n")).toHaveLength(1);
      expect(line).toMatch(/^idaas-mock: warning: listening on 0\.0\.0\.0, beyond this machine: .*every code.*reset/);
    } finally {
      mock.child.kill("SIGKILL");
    }
  });
});

describe("idaas-mock start errors: one line on stderr, exit code 1", () => {
  let blocker: Server;
  let busyPort = 0;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    busyPort = typeof address === "object" && address ? address.port : 0;
  });
  afterAll(() => new Promise((resolve) => blocker.close(resolve)));

  const cases = [
    {
      name: "a busy port",
      args: () => ["--port", String(busyPort)],
      says: () => `port ${busyPort} on 127.0.0.1 is already in use`,
    },
    { name: "an unknown flag", args: () => ["--no-such-flag"], says: () => "--no-such-flag" },
    { name: "a bad port", args: () => ["--port", "http"], says: () => "--port must be an integer" },
    {
      name: "a bad product",
      args: () => ["--product", "xiam"],
      says: () => `--product must be one of ${PRODUCTS.join(", ")}, got "xiam"`,
    },
    { name: "a positional argument", args: () => ["serve"], says: () => "serve" },
    {
      name: "--users without --emulator",
      args: () => ["--users", "u.json"],
      says: () => "--users and --fixed-code need --emulator",
    },
    {
      name: "a bad fixed code",
      args: () => ["--emulator", "--port", "0", "--fixed-code", "12ab"],
      says: () => 'the fixed code must be 4 to 8 digits, got "12ab"',
    },
    {
      name: "a users file that is not there",
      args: () => ["--emulator", "--users", join(usersDir, "missing.json")],
      says: () => `users file ${join(usersDir, "missing.json")} cannot be read (ENOENT)`,
    },
    {
      name: "a users file that is not JSON, with the place but none of its text",
      args: () => ["--emulator", "--users", usersFile("broken.json", '{"ciam": [{"password": "hunter2",}]}')],
      says: () => "is not valid JSON (at line 1, column",
      never: "hunter2",
    },
    {
      name: "a users file with a bad field, naming the entry and the field",
      args: () => [
        "--emulator",
        "--users",
        usersFile("bad.json", '{"ciam": [{"mobile": "1"}, {"mobile": "2", "passwordState": "old"}]}'),
      ],
      says: () => 'ciam[1].passwordState must be one of "ok", "warn", "expired"',
    },
  ];
  it.each(cases)("$name", async ({ args, says, never }) => {
    const cli = run(args());
    expect(await cli.exit).toBe(1);
    const lines = cli.stderr().trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^idaas-mock: /);
    expect(lines[0]).toContain(says());
    expect(cli.stderr()).not.toMatch(/\n\s+at /);
    if (never) expect(cli.stderr()).not.toContain(never);
  });
});
