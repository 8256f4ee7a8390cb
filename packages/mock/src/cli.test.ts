import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { errorForMissing, PRODUCTS } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNDOCUMENTED } from "./request-rules.js";
import { baseUrlIn, type Run, run, usersDir, usersFile, waitFor } from "./test-support/cli.js";
import { requiredParameters } from "./test-support/expected.js";
import { call, exampleRequest, operations } from "./test-support/requests.js";

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
      says: () => "--users, --fixed-code, --any-captcha-point, --rotate-session-tokens and the TTLs need --emulator",
    },
    {
      name: "--any-captcha-point without --emulator",
      args: () => ["--any-captcha-point"],
      says: () => "--users, --fixed-code, --any-captcha-point, --rotate-session-tokens and the TTLs need --emulator",
    },
    {
      name: "--rotate-session-tokens without --emulator",
      args: () => ["--rotate-session-tokens"],
      says: () => "--users, --fixed-code, --any-captcha-point, --rotate-session-tokens and the TTLs need --emulator",
    },
    {
      name: "an --id-token-ttl that is no number",
      args: () => ["--emulator", "--id-token-ttl", "2m"],
      says: () => '--id-token-ttl must be a whole number of seconds, got "2m"',
    },
    {
      name: "a --session-ttl of 0",
      args: () => ["--emulator", "--port", "0", "--session-ttl", "0"],
      says: () => "sessionTtl must be a whole number of seconds from 1",
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
