// 10. Journeys: every login journey the API pages describe, end to end through the clients against the mock. Each
// step asks the mock for the outcome the journey needs (`Prefer: example=<name>`, the example found by its `status`
// value in the spec), passes what the previous step returned (captcha token, state token, session token) into the
// next call, and checks that it went out where the spec puts it.
import { checkPassword, createCiamClient } from "@idaas-sdk/ciam";
import type { ClientOptions } from "@idaas-sdk/core";
import { createEiamClient } from "@idaas-sdk/eiam";
import { basePath, type RunningMock, startMock } from "@idaas-sdk/mock";
import { type CatalogOperation, exampleBody, type Product } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { passCaptcha } from "./support/captcha.js";
import { DEVICE } from "./support/clients.js";
import { operations, operationsByRoute, ownHeaders, statusValues } from "./support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

function operation(product: Product, operationId: string): CatalogOperation {
  const found = operations.find((candidate) => candidate.product === product && candidate.operationId === operationId);
  if (!found) throw new Error(`the ${product} spec has no operation ${operationId}`);
  return found;
}

/** The name of the operation's 200 example whose status is `status` (the first 200 example when undefined). */
function exampleWith(op: CatalogOperation, status?: string): string | undefined {
  const ok = op.responses.find((response) => response.status === 200);
  if (status === undefined) return ok?.examples[0]?.name;
  const { field } = statusValues(op);
  const example = ok?.examples.find((candidate) => (candidate.value as Record<string, unknown>)?.[field] === status);
  if (!example) throw new Error(`${op.product} ${op.operationId} has no 200 example with status ${status}`);
  return example.name;
}

/** A value of the operation's `default` request example. */
function sample(product: Product, operationId: string, field: string): string {
  const value = exampleBody(operation(product, operationId))?.[field];
  if (typeof value !== "string") throw new Error(`${product} ${operationId}: the default example has no ${field}`);
  return value;
}

interface Sent {
  operationId: string;
  headers: Headers;
  body: string;
}

/**
 * A journey's client options: every call asks the mock for the outcome `outcomes` names for its operation (a
 * `status` value; the first 200 example when none), and records what went out.
 */
function journey(product: Product, outcomes: Record<string, string | undefined> = {}) {
  const sent: Sent[] = [];
  const byPath = operationsByRoute(product);
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.slice(basePath(product).length);
    const op = byPath.get(`${request.method} ${path}`);
    if (!op) throw new Error(`the ${product} client called ${request.method} ${path}, which its spec does not have`);
    const name = exampleWith(op, outcomes[op.operationId]);
    if (name !== undefined) request.headers.set("Prefer", `example=${name}`);
    sent.push({ operationId: op.operationId, headers: request.headers, body: await request.clone().text() });
    return globalThis.fetch(request);
  };
  const options: ClientOptions = {
    baseUrl: mock.baseUrl(product),
    clientId: "journeys",
    device: DEVICE,
    fetch,
  };
  /** The header the spec names for the operation's own argument (e.g. the state token) as it went out. */
  const headerSent = (operationId: string) => {
    const [header] = ownHeaders(operation(product, operationId));
    if (!header) throw new Error(`${product} ${operationId} takes no header of its own`);
    return lastCall(operationId)?.headers.get(header.name);
  };
  const lastCall = (operationId: string) => [...sent].reverse().find((call) => call.operationId === operationId);
  const bodySent = (operationId: string) => JSON.parse(lastCall(operationId)?.body || "{}") as Record<string, unknown>;
  return { options, sent, headerSent, bodySent };
}

describe("EIAM", () => {
  const mobile = sample("eiam", "loginWithMobileCode", "mobile");
  const verifyCode = sample("eiam", "loginWithMobileCode", "verify_code");

  test("SMS login with the captcha: getCaptcha → verifyCaptcha → sendSmsCode → loginWithMobileCode → SUCCESS", async () => {
    const { options, sent, bodySent } = journey("eiam", { loginWithMobileCode: "SUCCESS" });
    const client = createEiamClient(options);
    const captchaToken = await passCaptcha(client, mobile);
    await expect(client.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken })).resolves.toBeUndefined();
    expect(Object.values(bodySent("sendSmsCode"))).toContain(captchaToken);
    const login = await client.loginWithMobileCode({ mobile, verifyCode });
    expect(login.status).toBe("SUCCESS");
    expect(sent.map((call) => call.operationId)).toEqual([
      "getCaptcha",
      "verifyCaptcha",
      "sendSmsCode",
      "loginWithMobileCode",
    ]);
  });

  test("MFA by email: MFA_AUTH → sendEmailCode MFA_AUTH_EMS → verifyMfaEmail with the state token → SUCCESS", async () => {
    const { options, headerSent } = journey("eiam", {
      loginWithMobileCode: "MFA_AUTH",
      verifyMfaEmail: "SUCCESS",
    });
    const client = createEiamClient(options);
    const login = await client.loginWithMobileCode({ mobile, verifyCode });
    if (login.status !== "MFA_AUTH") throw new Error(`expected MFA_AUTH, got ${login.status}`);
    const email = sample("eiam", "verifyMfaEmail", "email");
    const captchaToken = await passCaptcha(client, email);
    await client.sendEmailCode({ email, type: "MFA_AUTH_EMS", captchaToken });
    const verified = await client.verifyMfaEmail({ stateToken: login.stateToken, email, verifyCode });
    expect(verified.status).toBe("SUCCESS");
    expect(headerSent("verifyMfaEmail")).toBe(login.stateToken);
  });

  test("MFA by SMS: MFA_AUTH → sendSmsCode MFA_AUTH_SMS → verifyMfaSms with the state token → SUCCESS", async () => {
    const { options, headerSent } = journey("eiam", { loginWithMobileCode: "MFA_AUTH", verifyMfaSms: "SUCCESS" });
    const client = createEiamClient(options);
    const login = await client.loginWithMobileCode({ mobile, verifyCode });
    if (login.status !== "MFA_AUTH") throw new Error(`expected MFA_AUTH, got ${login.status}`);
    const captchaToken = await passCaptcha(client, mobile);
    await client.sendSmsCode({ mobile, type: "MFA_AUTH_SMS", captchaToken });
    const verified = await client.verifyMfaSms({ stateToken: login.stateToken, mobile, verifyCode });
    expect(verified.status).toBe("SUCCESS");
    expect(headerSent("verifyMfaSms")).toBe(login.stateToken);
  });
});

describe("CIAM", () => {
  const mobile = sample("ciam", "loginWithMobilePassword", "mobile");
  const password = sample("ciam", "loginWithMobilePassword", "password");

  test("email-code login: captcha → sendEmailCode LOGIN_EMS → loginWithEmailCode → SUCCESS", async () => {
    const { options, bodySent } = journey("ciam", { loginWithEmailCode: "SUCCESS" });
    const client = createCiamClient(options);
    const email = sample("ciam", "loginWithEmailCode", "email");
    const captchaToken = await passCaptcha(client, email);
    await client.sendEmailCode({ email, type: "LOGIN_EMS", captchaToken });
    expect(Object.values(bodySent("sendEmailCode"))).toContain(captchaToken);
    const login = await client.loginWithEmailCode({
      email,
      verifyCode: sample("ciam", "loginWithEmailCode", "verify_code"),
    });
    expect(login.status).toBe("SUCCESS");
  });

  test("SMS-code login: captcha → sendSmsCode LOGIN_SMS → loginWithMobileCode → SUCCESS", async () => {
    const { options } = journey("ciam", { loginWithMobileCode: "SUCCESS" });
    const client = createCiamClient(options);
    const captchaToken = await passCaptcha(client, mobile);
    await client.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken });
    const login = await client.loginWithMobileCode({
      mobile,
      verifyCode: sample("ciam", "loginWithMobileCode", "verify_code"),
    });
    expect(login.status).toBe("SUCCESS");
  });

  test("password about to expire, skipped: PASSWORD_WARN → skipPasswordUpdate with the state token → SUCCESS", async () => {
    const { options, headerSent } = journey("ciam", {
      loginWithMobilePassword: "PASSWORD_WARN",
      skipPasswordUpdate: "SUCCESS",
    });
    const client = createCiamClient(options);
    const login = await client.loginWithMobilePassword({ mobile, password });
    if (login.status !== "PASSWORD_WARN") throw new Error(`expected PASSWORD_WARN, got ${login.status}`);
    const skipped = await client.skipPasswordUpdate({ stateToken: login.stateToken });
    expect(skipped.status).toBe("SUCCESS");
    expect(headerSent("skipPasswordUpdate")).toBe(login.stateToken);
  });

  test.each(["PASSWORD_WARN", "PASSWORD_EXPIRED"] as const)(
    "password change after %s: a new password the policy accepts → updatePassword with the state token → SUCCESS",
    async (status) => {
      const { options, headerSent } = journey("ciam", { loginWithMobilePassword: status, updatePassword: "SUCCESS" });
      const client = createCiamClient(options);
      const login = await client.loginWithMobilePassword({ mobile, password });
      if (login.status !== status) throw new Error(`expected ${status}, got ${login.status}`);
      const policy = login.passwordPolicy;
      // checkPassword judges candidates by the policy the login returned; the first one it accepts is sent.
      expect(checkPassword("x".repeat(Math.max(0, policy.minLength - 1)), policy)).toContain("minLength");
      expect(checkPassword("Aa1!".repeat(policy.maxLength), policy)).toContain("maxLength");
      const newPassword = ["Aa1!", "aA1@", "Abc123", "a1", "A1"]
        .map((unit) => unit.repeat(policy.minLength).slice(0, Math.max(policy.minLength, 1)))
        .find((candidate) => checkPassword(candidate, policy).length === 0);
      if (!newPassword) throw new Error(`no simple password satisfies the example policy ${policy.regEx}`);
      const changed = await client.updatePassword({ stateToken: login.stateToken, oldPassword: password, newPassword });
      expect(changed.status).toBe("SUCCESS");
      expect(headerSent("updatePassword")).toBe(login.stateToken);
    },
  );
});

// Each product's first-factor login to SUCCESS, typed by its client.
const logins = [
  {
    product: "eiam",
    first: "loginWithMobileCode",
    login: async (options: ClientOptions) => {
      const client = createEiamClient(options);
      const mobile = sample("eiam", "loginWithMobileCode", "mobile");
      const verifyCode = sample("eiam", "loginWithMobileCode", "verify_code");
      return { client, login: await client.loginWithMobileCode({ mobile, verifyCode }) };
    },
  },
  {
    product: "ciam",
    first: "loginWithMobilePassword",
    login: async (options: ClientOptions) => {
      const client = createCiamClient(options);
      const mobile = sample("ciam", "loginWithMobilePassword", "mobile");
      const password = sample("ciam", "loginWithMobilePassword", "password");
      return { client, login: await client.loginWithMobilePassword({ mobile, password }) };
    },
  },
] as const;

test.each(logins)(
  "$product, refreshing the id_token: $first SUCCESS → refreshIdToken with the session token → a new id_token",
  async ({ product, first, login: logIn }) => {
    const { options, headerSent } = journey(product, { [first]: "SUCCESS" });
    const { client, login } = await logIn(options);
    if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
    const refreshed = await client.refreshIdToken({ sessionToken: login.sessionToken });
    expect(refreshed.idToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/);
    expect(refreshed.expire).toEqual(expect.any(Number));
    expect(headerSent("refreshIdToken")).toBe(login.sessionToken);
  },
);
