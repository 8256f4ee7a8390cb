// Every outcome the spec gives the emulator (each success `status` of each operation, and each error its
// `x-mock-when.emulator` assigns to a rule) has a scenario here that produces it, and no scenario is left without
// an outcome: a rule added to the spec fails this test until the emulator produces it.
import { listAllOperations } from "@idaas-sdk/spec";
import { beforeAll, expect, test } from "vitest";
import {
  type Answer,
  captchaToken,
  type InProcess,
  inProcess,
  outcomeOf,
  sendCode,
  solutionOf,
} from "../test-support/in-process.js";
import { LOCKOUT } from "./journey.js";
import type { EmulatorUsers } from "./users.js";

const PASSWORD = "Passw0rd!";
const USERS = {
  eiam: [
    { mobile: "13100000001", email: "plain@example.com" },
    { mobile: "13100000002", email: "mfa@example.com", mfa: ["EMAIL", "SMS"] },
    { mobile: "13100000003", email: "mfa-denied@example.com", mfa: ["EMAIL", "SMS"], accessDenied: true },
    { mobile: "13100000004", email: "denied@example.com", accessDenied: true },
  ],
  ciam: [
    { mobile: "13200000001", email: "plain@example.com", password: PASSWORD },
    { mobile: "13200000002", email: "warn@example.com", password: PASSWORD, passwordState: "warn" },
    { mobile: "13200000003", email: "expired@example.com", password: PASSWORD, passwordState: "expired" },
    {
      mobile: "13200000004",
      email: "warn-denied@example.com",
      password: PASSWORD,
      passwordState: "warn",
      accessDenied: true,
    },
    { mobile: "13200000005", email: "denied@example.com", password: PASSWORD, accessDenied: true },
    { mobile: "13200000006", email: "disabled@example.com", password: PASSWORD, disabled: true },
    { mobile: "13200000007", email: "locked@example.com", password: PASSWORD },
    {
      mobile: "13200000008",
      email: "skip-denied@example.com",
      password: PASSWORD,
      passwordState: "warn",
      accessDenied: true,
    },
    { mobile: "13200000009", email: "update-locked@example.com", password: PASSWORD, passwordState: "warn" },
  ],
} satisfies EmulatorUsers;
const [eiamPlain, eiamMfa, eiamMfaDenied, eiamDenied] = USERS.eiam.map((entry) => entry.mobile);
const [plain, warn, expired, warnDenied, denied, disabled, locked, skipDenied, updateLocked] = USERS.ciam.map(
  (entry) => entry.mobile,
);
const emailOf = (mobile: string | undefined) =>
  [...USERS.eiam, ...USERS.ciam].find((entry) => entry.mobile === mobile)?.email ?? "";

let emulator: InProcess;
beforeAll(async () => {
  emulator = await inProcess({ users: USERS });
});

type Scenario = () => Promise<Answer>;
const call: InProcess["call"] = (...args) => emulator.call(...args);

/** A code login of EIAM or CIAM by SMS (the mobile) or email. */
async function codeLogin(product: "eiam" | "ciam", to: string | undefined, verifyCode?: string) {
  const target = to ?? "";
  const sms = !target.includes("@");
  const code = verifyCode ?? (await sendCode(emulator, product, target, sms ? "LOGIN_SMS" : "LOGIN_EMS"));
  const [operationId, field] = sms ? ["loginWithMobileCode", "mobile"] : ["loginWithEmailCode", "email"];
  return call(product, operationId, { body: { [field]: target, verify_code: code } });
}
/** An EIAM MFA_AUTH state token of the user, and their second factor by `method` with a code of the right type. */
async function secondFactor(mobile: string | undefined, method: "EMAIL" | "SMS", wrongCode = false) {
  const stateToken = String((await codeLogin("eiam", mobile)).body?.state_token);
  const to = method === "EMAIL" ? emailOf(mobile) : (mobile ?? "");
  const code = wrongCode
    ? "000000"
    : await sendCode(emulator, "eiam", to, `MFA_AUTH_${method === "EMAIL" ? "EMS" : "SMS"}`);
  const [operationId, field] = method === "EMAIL" ? ["verifyMfaEmail", "email"] : ["verifyMfaSms", "mobile"];
  return call("eiam", operationId, { options: { stateToken }, body: { [field]: to, verify_code: code } });
}
const passwordLogin = (mobile: string | undefined, password = PASSWORD) =>
  call("ciam", "loginWithMobilePassword", { body: { mobile, password } });
const stateOf = async (mobile: string | undefined) => String((await passwordLogin(mobile)).body?.state_token);
const update = async (mobile: string | undefined, old_password = PASSWORD) =>
  call("ciam", "updatePassword", {
    options: { stateToken: await stateOf(mobile) },
    body: { old_password, new_password: PASSWORD },
  });
const skip = async (mobile: string | undefined) =>
  call("ciam", "skipPasswordUpdate", { options: { stateToken: await stateOf(mobile) } });
const refresh = async (product: "eiam" | "ciam", login: Answer) =>
  call(product, "refreshIdToken", { options: { sessionToken: String(login.body?.session_token ?? "none") } });
const send = (product: "eiam" | "ciam", to: string, captcha_token: string) =>
  to.includes("@")
    ? call(product, "sendEmailCode", { body: { email: to, type: "LOGIN_EMS", captcha_token } })
    : call(product, "sendSmsCode", { body: { mobile: to, type: "LOGIN_SMS", captcha_token } });
const verify = (product: "eiam" | "ciam", token: string) =>
  call(product, "verifyCaptcha", {
    body: { token, point_json: token === "never-issued" ? "{}" : solutionOf(emulator, token), sender: "s" },
  });
const challenge = async (product: "eiam" | "ciam") => String((await call(product, "getCaptcha")).body?.token);

const SCENARIOS: Record<string, Scenario> = {
  "eiam getCaptcha 200": () => call("eiam", "getCaptcha"),
  "eiam verifyCaptcha 200": async () => verify("eiam", await challenge("eiam")),
  "eiam verifyCaptcha SDK.COMMON.1006": () => verify("eiam", "never-issued"),
  "eiam sendSmsCode 200": async () => send("eiam", "13100000009", await captchaToken(emulator, "eiam", "s")),
  "eiam sendSmsCode SDK.COMMON.1006": () => send("eiam", "13100000009", "never-issued"),
  "eiam sendEmailCode 200": async () => send("eiam", "x@example.com", await captchaToken(emulator, "eiam", "s")),
  "eiam sendEmailCode SDK.COMMON.1006": () => send("eiam", "x@example.com", "never-issued"),
  "eiam loginWithMobileCode SUCCESS": () => codeLogin("eiam", eiamPlain),
  "eiam loginWithMobileCode MFA_AUTH": () => codeLogin("eiam", eiamMfa),
  "eiam loginWithMobileCode ACCESS_DENIED": () => codeLogin("eiam", eiamDenied),
  "eiam loginWithMobileCode SDK.SMS.1005": () => codeLogin("eiam", eiamPlain, "000000"),
  "eiam loginWithMobileCode SDK.COMMON.1013": () => codeLogin("eiam", "13100000009"),
  "eiam verifyMfaEmail SUCCESS": () => secondFactor(eiamMfa, "EMAIL"),
  "eiam verifyMfaEmail ACCESS_DENIED": () => secondFactor(eiamMfaDenied, "EMAIL"),
  "eiam verifyMfaEmail SDK.SMS.1006": () => secondFactor(eiamMfa, "EMAIL", true),
  "eiam verifyMfaEmail SDK.COMMON.1006": () => secondFactor(eiamPlain, "EMAIL"),
  "eiam verifyMfaSms SUCCESS": () => secondFactor(eiamMfa, "SMS"),
  "eiam verifyMfaSms ACCESS_DENIED": () => secondFactor(eiamMfaDenied, "SMS"),
  "eiam verifyMfaSms SDK.SMS.1005": () => secondFactor(eiamMfa, "SMS", true),
  "eiam verifyMfaSms SDK.COMMON.1006": () => secondFactor(eiamPlain, "SMS"),
  "eiam refreshIdToken 200": async () => refresh("eiam", await codeLogin("eiam", eiamPlain)),
  "eiam refreshIdToken SDK.COMMON.1006": () => refresh("eiam", { status: 400, body: undefined, code: undefined }),
  "ciam getCaptcha 200": () => call("ciam", "getCaptcha"),
  "ciam verifyCaptcha 200": async () => verify("ciam", await challenge("ciam")),
  "ciam verifyCaptcha IDAAS.SDK.CAPTCHA.0002": () => verify("ciam", "never-issued"),
  "ciam sendSmsCode 200": async () => send("ciam", "13200000099", await captchaToken(emulator, "ciam", "s")),
  "ciam sendSmsCode IDAAS.SDK.CAPTCHA.0006": () => send("ciam", "13200000099", "never-issued"),
  "ciam sendEmailCode 200": async () => send("ciam", "x@example.com", await captchaToken(emulator, "ciam", "s")),
  "ciam sendEmailCode IDAAS.SDK.CAPTCHA.0006": () => send("ciam", "x@example.com", "never-issued"),
  "ciam loginWithMobileCode SUCCESS": () => codeLogin("ciam", plain),
  "ciam loginWithMobileCode IDAAS.SDK.CAPTCHA.0007": () => codeLogin("ciam", plain, "000000"),
  "ciam loginWithMobileCode IDAAS.SDK.USER.0001": () => codeLogin("ciam", "13200000099"),
  "ciam loginWithMobileCode IDAAS.SDK.USER.0039": () => codeLogin("ciam", disabled),
  "ciam loginWithEmailCode SUCCESS": () => codeLogin("ciam", emailOf(plain)),
  "ciam loginWithEmailCode IDAAS.SDK.CAPTCHA.0007": () => codeLogin("ciam", emailOf(plain), "000000"),
  "ciam loginWithEmailCode IDAAS.SDK.USER.0001": () => codeLogin("ciam", "nobody@example.com"),
  "ciam loginWithEmailCode IDAAS.SDK.USER.0039": () => codeLogin("ciam", emailOf(disabled)),
  "ciam loginWithMobilePassword SUCCESS": () => passwordLogin(plain),
  "ciam loginWithMobilePassword PASSWORD_WARN": () => passwordLogin(warn),
  "ciam loginWithMobilePassword PASSWORD_EXPIRED": () => passwordLogin(expired),
  "ciam loginWithMobilePassword ACCESS_DENIED": () => passwordLogin(denied),
  "ciam loginWithMobilePassword IDAAS.SDK.USER.0039": () => passwordLogin(disabled),
  "ciam loginWithMobilePassword IDAAS.SDK.LOGIN.0002": () => passwordLogin(plain, "wrong"),
  "ciam loginWithMobilePassword IDAAS.SDK.LOGIN.0001": async () => {
    for (let attempt = 1; attempt < LOCKOUT.attempts; attempt++) await passwordLogin(locked, "wrong");
    return passwordLogin(locked, "wrong");
  },
  "ciam updatePassword SUCCESS": () => update(expired),
  "ciam updatePassword ACCESS_DENIED": () => update(warnDenied),
  "ciam updatePassword IDAAS.SDK.PARAM.0014": () =>
    call("ciam", "updatePassword", {
      options: { stateToken: "bogus" },
      body: { old_password: "a", new_password: "b" },
    }),
  "ciam updatePassword IDAAS.SDK.LOGIN.0002": () => update(warn, "wrong"),
  "ciam updatePassword IDAAS.SDK.LOGIN.0001": async () => {
    const stateToken = await stateOf(updateLocked);
    const wrong = () =>
      call("ciam", "updatePassword", { options: { stateToken }, body: { old_password: "wrong", new_password: "x" } });
    for (let attempt = 1; attempt < LOCKOUT.attempts; attempt++) await wrong();
    return wrong();
  },
  "ciam skipPasswordUpdate SUCCESS": () => skip(warn),
  "ciam skipPasswordUpdate ACCESS_DENIED": () => skip(skipDenied),
  "ciam skipPasswordUpdate IDAAS.SDK.PARAM.0014": () => skip(expired),
  "ciam refreshIdToken 200": async () => refresh("ciam", await passwordLogin(plain)),
  "ciam refreshIdToken IDAAS.SDK.PARAM.0023": () => refresh("ciam", { status: 400, body: undefined, code: undefined }),
};

/** Each operation's outcomes in the spec: its 200 `status` values (or "200") and its errors named by a rule. */
const expected = listAllOperations().flatMap((operation) => {
  const key = (outcome: unknown) => `${operation.product} ${operation.operationId} ${String(outcome)}`;
  const ok = operation.responses.find((response) => response.status === 200)?.examples ?? [];
  const statuses = [
    ...new Set(ok.map((example) => (example.value as { status?: unknown } | undefined)?.status ?? 200)),
  ];
  const rules = operation.errors.filter((error) => error.mockWhen?.emulator?.length).map((error) => error.code);
  return [...(statuses.length > 0 ? statuses : [200]).map(key), ...rules.map(key)];
});

test("the scenarios are exactly the spec's emulator outcomes", () => {
  expect(Object.keys(SCENARIOS).sort()).toEqual([...new Set(expected)].sort());
});

test.each(Object.keys(SCENARIOS))("%s", async (key) => {
  const answer = await SCENARIOS[key]?.();
  const outcome = key.split(" ")[2];
  expect(String(answer && (outcomeOf(answer) ?? answer.status))).toBe(outcome);
});
