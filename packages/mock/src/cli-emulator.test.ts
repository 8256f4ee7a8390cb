import { PRODUCTS } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PATH, JWKS_PATH } from "./emulator/index.js";
import { baseUrlIn, type Run, run, usersFile, waitFor } from "./test-support/cli.js";
import { call, exampleRequest, operations } from "./test-support/requests.js";

describe("idaas-mock --emulator --users FILE --fixed-code CODE --any-captcha-point", () => {
  let mock: Run;
  const users = {
    ciam: [{ mobile: "13300000001", email: "qa@example.com", password: "Secret-1a", passwordState: "expired" }],
    eiam: [{ mobile: "13300000002", mfa: ["SMS"] }],
  };
  beforeAll(async () => {
    const file = usersFile("users.json", JSON.stringify(users));
    mock = run(["--port", "0", "--emulator", "--users", file, "--fixed-code", "246810", "--any-captcha-point"]);
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
    expect(out).toMatch(/GET http:\S+\/__idaas\/captchas lists/);
    for (const product of PRODUCTS) {
      const baseUrl = baseUrlIn(out, product);
      expect(out).toContain(`JWKS ${baseUrl}${JWKS_PATH}`);
    }
  });

  it("prints each code as it is sent, the target masked, and lists it in the inbox", async () => {
    const baseUrl = baseUrlIn(mock.stdout(), "ciam") ?? "";
    // The requests are the spec's examples (--any-captcha-point lets its example point pass), with the challenge,
    // the captcha token and the number of this run.
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
      body: { ...verify.body, token: challenge.token, sender: "13300000001" },
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

describe("idaas-mock --emulator --rotate-session-tokens", () => {
  it("answers a new session token at each refresh and refuses the old one", async () => {
    const users = { ciam: [{ mobile: "13300000003", password: "Secret-1a" }] };
    const mock = run([
      "--port",
      "0",
      "--emulator",
      "--rotate-session-tokens",
      "--users",
      usersFile("r.json", JSON.stringify(users)),
    ]);
    try {
      await waitFor(mock.stdout, /Ctrl\+C stops/, mock.exit);
      const baseUrl = baseUrlIn(mock.stdout(), "ciam") ?? "";
      const ciam = (operationId: string) => {
        const operation = operations.find(
          (candidate) => candidate.product === "ciam" && candidate.operationId === operationId,
        );
        if (!operation) throw new Error(`the ciam spec has no ${operationId}`);
        return { operation, ...exampleRequest(operation) };
      };
      const login = ciam("loginWithMobilePassword");
      const loggedIn = await call(baseUrl, login.operation, {
        headers: login.headers,
        body: { ...login.body, mobile: "13300000003", password: "Secret-1a" },
      });
      const first = (loggedIn.json as { session_token: string }).session_token;
      const refresh = ciam("refreshIdToken");
      const header = refresh.operation.headers.find((candidate) => candidate.option === "sessionToken")?.name ?? "";
      const refreshWith = (token: string) =>
        call(baseUrl, refresh.operation, { headers: { ...refresh.headers, [header]: token } });
      const refreshed = await refreshWith(first);
      const second = (refreshed.json as { session_token: string }).session_token;
      expect([refreshed.status, second === first]).toEqual([200, false]);
      expect((await refreshWith(first)).status).toBe(400);
      expect((await refreshWith(second)).status).toBe(200);
    } finally {
      mock.child.kill("SIGKILL");
    }
  }, 30_000); // a process that loads Prism, then four requests

  it("is in the CLI's help", async () => {
    const help = run(["--help"]);
    expect(await help.exit).toBe(0);
    expect(help.stdout()).toContain("[--rotate-session-tokens]");
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
