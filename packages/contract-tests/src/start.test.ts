// 12. What `npm start` serves once everything is built (scripts/serve.mjs): the emulator with its default users, listed
// in its banner, the docs site and the example login page. A new user reads a code from the console and logs in with
// it through the SDK.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createCiamClient } from "@idaas-sdk/ciam";
import { ADMIN_PATH, DEFAULT_USERS, type IssuedChallenge } from "@idaas-sdk/mock";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DEVICE } from "./support/clients.js";
import { parseCurl } from "./support/curl.js";

const SERVE = fileURLToPath(new URL("../../../scripts/serve.mjs", import.meta.url));

let child: ChildProcess;
let out = "";
async function printed(pattern: RegExp): Promise<RegExpMatchArray> {
  for (let waited = 0; waited < 20_000; waited += 25) {
    const match = out.match(pattern);
    if (match) return match;
    if (child.exitCode !== null) throw new Error(`npm start's server exited: ${out}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`npm start's server did not print ${pattern}`);
}

beforeAll(async () => {
  child = spawn(process.execPath, [SERVE], {
    env: { ...process.env, IDAAS_MOCK_PORT: "0", IDAAS_DOCS_PORT: "0", IDAAS_LOGIN_PAGE_PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    out += chunk;
  });
  await printed(/Ctrl-C stops all three/);
});
afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

test("npm start prints the emulator banner, every default user with their password and state, and the docs site", async () => {
  expect(out).toMatch(/^IDaaS emulator \(stateful, on Prism\) at http:\/\/127\.0\.0\.1:\d+$/m);
  for (const user of [...DEFAULT_USERS.eiam, ...DEFAULT_USERS.ciam]) {
    const line = out.split("\n").find((candidate) => candidate.includes(`${user.mobile}  ${user.email}`));
    expect(line, user.mobile).toBeDefined();
    if (user.password) expect(line).toContain(`password ${user.password}`);
    if (user.passwordState === "warn") expect(line).toContain("PASSWORD_WARN");
    if (user.passwordState === "expired") expect(line).toContain("PASSWORD_EXPIRED");
    for (const method of user.mfa ?? []) expect(line).toContain(method);
  }
  const [, docs] = await printed(/Docs site {2}(http:\S+)/);
  expect((await fetch(docs ?? "")).status).toBe(200);
});

test("npm start serves the example login page, its config.json pointing at the emulator's CIAM", async () => {
  const [, page = ""] = await printed(/^ {2}Login page (http:\S+)/m);
  const [, baseUrl] = await printed(/^CIAM at (http:\S+) \(a client's baseUrl\)$/m);
  expect(page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const html = await fetch(page);
  expect(html.status).toBe(200);
  expect(await html.text()).toContain("<idaas-slider-captcha>");
  const config = await fetch(new URL("config.json", page));
  expect(await config.json()).toMatchObject({ baseUrl, clientId: expect.any(String) });
});

test("a new user logs in with the code the console prints", async () => {
  const [, baseUrl = ""] = await printed(/^CIAM at (http:\S+) \(a client's baseUrl\)$/m);
  const ciam = createCiamClient({ baseUrl, clientId: "first-try", device: DEVICE });
  const mobile = DEFAULT_USERS.ciam[0]?.mobile ?? "";
  const { token, secretKey } = await ciam.getCaptcha();
  // The emulator draws a real puzzle: a test reads where the piece fits from its loopback route.
  const listed = await fetch(`${new URL(baseUrl).origin}${ADMIN_PATH}captchas`);
  const { captchas } = (await listed.json()) as { captchas: IssuedChallenge[] };
  const point = captchas.find((captcha) => captcha.token === token)?.solution ?? { x: 0, y: 0 };
  const { captchaToken } = await ciam.verifyCaptcha({ token, secretKey, point, sender: mobile });
  await ciam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken });
  const [, code = ""] = await printed(/code: CIAM sms code (\d{6}) to 139\*{4}\d{4} \(LOGIN_SMS\)/);
  const login = await ciam.loginWithMobileCode({ mobile, verifyCode: code });
  expect(login.status).toBe("SUCCESS");
});

test("the banner's curl, run as it is printed (here with fetch), logs the listed user it names in", async () => {
  await printed(/It answers SUCCESS/);
  const commands = [...out.matchAll(/^ {4}(curl (?:.*\\\n)*.*)$/gm)].map((match) => match[1] ?? "");
  expect(commands).toHaveLength(1);
  const request = parseCurl(commands[0] ?? "");
  const [, mobile] = await printed(/Try it: log in as (\d+), a CIAM user listed above/);
  const user = DEFAULT_USERS.ciam.find((candidate) => candidate.mobile === mobile);
  expect(user, `${mobile} is no CIAM user of the emulator`).toBeDefined();
  expect(JSON.parse(request.body ?? "")).toEqual({ mobile, password: user?.password });
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  expect(response.status).toBe(200);
  const answer = (await response.json()) as { status: string; session_token: string; id_token: string };
  expect(answer).toMatchObject({ status: "SUCCESS", session_token: expect.any(String) });
  const claims = JSON.parse(Buffer.from(answer.id_token.split(".")[1] ?? "", "base64url").toString());
  expect(claims).toMatchObject({ mobile });
});
