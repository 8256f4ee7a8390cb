// 11. The emulator: every journey through the published clients against `startMock({ mode: "emulator" })`, codes read
// from its inbox; a negative case for each of its rules; and every answer it gives checked against the spec, with
// every outcome the spec gives its rules produced at least once.
import { type CiamClient, checkPassword, createCiamClient } from "@idaas-sdk/ciam";
import { verifyIdToken as verifyCiamIdToken } from "@idaas-sdk/ciam/id-token";
import { type ClientOptions, IdaasApiError, IdaasTokenError } from "@idaas-sdk/core";
import { createEiamClient, type EiamClient } from "@idaas-sdk/eiam";
import { verifyIdToken } from "@idaas-sdk/eiam/id-token";
import {
  ADMIN_PATH,
  basePath,
  DEFAULT_USERS,
  type EmulatorUser,
  type EmulatorUsers,
  type IssuedCode,
  issuerOf,
  JWKS_PATH,
  LIFETIMES,
  LOCKOUT,
  PASSWORD_POLICY_CODE,
  type RunningMock,
  startMock,
} from "@idaas-sdk/mock";
import type { Product } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { passCaptcha } from "./support/captcha.js";
import { DEVICE } from "./support/clients.js";
import { parseCurl, preferOf, replayCurl } from "./support/curl.js";
import { curlSamples, docsOperation, readDocsDefinition } from "./support/docs.js";
import { operations, operationsByRoute, outcomesOf, PRODUCTS, statusValues, validatorOf } from "./support/spec.js";

const CLIENT_ID = "emulator-tests";

interface Answered {
  product: Product;
  operationId: string;
  status: number;
  body: unknown;
}
/** Every answer the emulator gave (not the `Prefer` ones, which are Prism's examples). */
const answered: Answered[] = [];

function recorder(product: Product): typeof fetch {
  const byPath = operationsByRoute(product);

  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const path = new URL(request.url).pathname.slice(basePath(product).length);
    const operation = byPath.get(`${request.method} ${path}`);
    if (operation && !request.headers.has("Prefer")) {
      const text = await response.clone().text();
      answered.push({
        product,
        operationId: operation.operationId,
        status: response.status,
        body: text === "" ? undefined : JSON.parse(text),
      });
    }
    return response;
  };
}

interface World {
  mock: RunningMock;
  eiam: EiamClient;
  ciam: CiamClient;
  /** The newest code sent to `to`, from GET /__idaas/codes. */
  code(to: string): Promise<string>;
  inbox(to?: string): Promise<IssuedCode[]>;
  /** Moves the emulator's clock forward. */
  advance(ms: number): void;
}

const worlds: RunningMock[] = [];
async function world(options: Parameters<typeof startMock>[0] = {}): Promise<World> {
  let offset = 0;
  const mock = await startMock({ port: 0, mode: "emulator", now: () => Date.now() + offset, ...options });
  worlds.push(mock);
  const clientOptions = (product: Product): ClientOptions => ({
    baseUrl: mock.baseUrl(product),
    clientId: CLIENT_ID,
    device: DEVICE,
    fetch: recorder(product),
  });
  const inbox = async (to?: string) => {
    const response = await fetch(
      `${mock.url}${ADMIN_PATH}codes${to === undefined ? "" : `?to=${encodeURIComponent(to)}`}`,
    );
    expect(response.status).toBe(200);
    return ((await response.json()) as { codes: IssuedCode[] }).codes;
  };
  return {
    mock,
    eiam: createEiamClient(clientOptions("eiam")),
    ciam: createCiamClient(clientOptions("ciam")),
    inbox,
    advance(ms) {
      offset += ms;
    },
    async code(to) {
      const code = (await inbox(to)).at(-1)?.code;
      if (!code) throw new Error(`no code was sent to ${to}`);
      return code;
    },
  };
}
afterAll(() => Promise.all(worlds.map((mock) => mock.close())));

/** A default user of the product that `matches`. */
function user(
  product: Product,
  matches: (candidate: EmulatorUser) => boolean,
): Required<Pick<EmulatorUser, "mobile" | "email">> & EmulatorUser {
  const found = DEFAULT_USERS[product].find(matches);
  if (!found?.mobile || !found.email) throw new Error(`the default ${product} users have none that matches`);
  return found as Required<Pick<EmulatorUser, "mobile" | "email">> & EmulatorUser;
}
const plain = (candidate: EmulatorUser) =>
  !candidate.mfa?.length &&
  !candidate.disabled &&
  !candidate.accessDenied &&
  (candidate.passwordState ?? "ok") === "ok";

/** What `verifyIdToken` needs to trust the emulator's id_tokens of a product: its issuer, this client, its JWKS. */
function verifyOptions(mock: RunningMock, product: Product) {
  const baseUrl = mock.baseUrl(product);
  return { issuer: issuerOf(baseUrl), audience: CLIENT_ID, jwksUri: `${baseUrl}${JWKS_PATH}` };
}

/** The error a call fails with; fails the test when the call succeeds or fails otherwise. */
async function refusal(call: Promise<unknown>): Promise<IdaasApiError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof IdaasApiError)) throw new Error(`expected an IdaasApiError, got ${String(error)}`);
  return error;
}

/** A new password the policy accepts. */
function passwordFor(policy: Parameters<typeof checkPassword>[1]): string {
  const candidate = ["Aa1!", "aA1@", "Abc123"]
    .map((unit) => unit.repeat(policy.minLength).slice(0, Math.max(policy.minLength, 4)))
    .find((password) => checkPassword(password, policy).length === 0);
  if (!candidate) throw new Error(`no simple password satisfies the policy ${policy.regEx}`);
  return candidate;
}

let main: World;
beforeAll(async () => {
  main = await world();
});

describe("journeys through the clients, codes from the inbox", () => {
  test("EIAM SMS login with the captcha, and verifyIdToken on the id_token against the emulator's JWKS", async () => {
    const { mobile } = user("eiam", plain);
    const captchaToken = await passCaptcha(main.eiam, mobile);
    await main.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken });
    const login = await main.eiam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
    if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
    const options = verifyOptions(main.mock, "eiam");
    const claims = await verifyIdToken(login.idToken, options);
    expect(claims.api?.mobile).toBe(mobile);
    expect(claims.mobile).toBe(mobile);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(7200);
    const otherIssuer = verifyIdToken(login.idToken, { ...options, issuer: issuerOf("https://another.example") });
    await expect(otherIssuer).rejects.toBeInstanceOf(IdaasTokenError);
    await expect(verifyIdToken(login.idToken, { ...options, audience: "another-app" })).rejects.toBeInstanceOf(
      IdaasTokenError,
    );
  });

  test("CIAM email-code login", async () => {
    const { email } = user("ciam", plain);
    await main.ciam.sendEmailCode({ email, type: "LOGIN_EMS", captchaToken: await passCaptcha(main.ciam, email) });
    const login = await main.ciam.loginWithEmailCode({ email, verifyCode: await main.code(email) });
    expect(login.status).toBe("SUCCESS");
  });

  test("CIAM SMS-code login", async () => {
    const { mobile } = user("ciam", plain);
    await main.ciam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(main.ciam, mobile) });
    const login = await main.ciam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
    expect(login.status).toBe("SUCCESS");
  });

  test.each(["EMAIL", "SMS"] as const)(
    "EIAM MFA by %s: MFA_AUTH, a code of the MFA type, then SUCCESS",
    async (method) => {
      const account = user("eiam", (candidate) => candidate.mfa?.includes(method) === true && !candidate.accessDenied);
      const { mobile, email } = account;
      await main.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(main.eiam, mobile) });
      const login = await main.eiam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
      if (login.status !== "MFA_AUTH") throw new Error(`expected MFA_AUTH, got ${login.status}`);
      expect(login.mfaMethods).toEqual(account.mfa);
      const { stateToken } = login;
      const verified =
        method === "EMAIL"
          ? await main.eiam
              .sendEmailCode({ email, type: "MFA_AUTH_EMS", captchaToken: await passCaptcha(main.eiam, email) })
              .then(async () => main.eiam.verifyMfaEmail({ stateToken, email, verifyCode: await main.code(email) }))
          : await main.eiam
              .sendSmsCode({ mobile, type: "MFA_AUTH_SMS", captchaToken: await passCaptcha(main.eiam, mobile) })
              .then(async () => main.eiam.verifyMfaSms({ stateToken, mobile, verifyCode: await main.code(mobile) }));
      expect(verified.status).toBe("SUCCESS");
      // The state token was used up by the second factor.
      const again = main.eiam.verifyMfaEmail({ stateToken, email, verifyCode: "000000" });
      expect((await refusal(again)).code).toBe("SDK.COMMON.1006");
    },
  );

  test("CIAM password about to expire, skipped: PASSWORD_WARN → skipPasswordUpdate → SUCCESS", async () => {
    const { mobile, password = "" } = user("ciam", (candidate) => candidate.passwordState === "warn");
    const login = await main.ciam.loginWithMobilePassword({ mobile, password });
    if (login.status !== "PASSWORD_WARN") throw new Error(`expected PASSWORD_WARN, got ${login.status}`);
    const skipped = await main.ciam.skipPasswordUpdate({ stateToken: login.stateToken });
    expect(skipped.status).toBe("SUCCESS");
  });

  test.each(["warn", "expired"] as const)(
    "CIAM password %s, changed: updatePassword with a password the policy accepts, then logs in with it",
    async (state) => {
      const mock = await world();
      const { mobile, password = "" } = user("ciam", (candidate) => candidate.passwordState === state);
      const login = await mock.ciam.loginWithMobilePassword({ mobile, password });
      if (login.status !== (state === "warn" ? "PASSWORD_WARN" : "PASSWORD_EXPIRED")) {
        throw new Error(`unexpected ${login.status}`);
      }
      if (login.status !== "PASSWORD_WARN" && login.status !== "PASSWORD_EXPIRED") return;
      const newPassword = passwordFor(login.passwordPolicy);
      const changed = await mock.ciam.updatePassword({
        stateToken: login.stateToken,
        oldPassword: password,
        newPassword,
      });
      expect(changed.status).toBe("SUCCESS");
      expect((await mock.ciam.loginWithMobilePassword({ mobile, password: newPassword })).status).toBe("SUCCESS");
      const old = await refusal(mock.ciam.loginWithMobilePassword({ mobile, password }));
      expect(old.code).toBe("IDAAS.SDK.LOGIN.0002");
    },
  );

  test("CIAM lockout: the attempts left count down, then the account is locked with the real time left", async () => {
    const mock = await world();
    const { mobile, password = "" } = user("ciam", plain);
    for (let left = LOCKOUT.attempts - 1; left > 0; left--) {
      const error = await refusal(mock.ciam.loginWithMobilePassword({ mobile, password: "wrong" }));
      expect([error.code, error.message]).toEqual([
        "IDAAS.SDK.LOGIN.0002",
        expect.stringContaining(`Remaining times: ${left}`),
      ]);
    }
    const locked = await refusal(mock.ciam.loginWithMobilePassword({ mobile, password: "wrong" }));
    expect(locked.code).toBe("IDAAS.SDK.LOGIN.0001");
    expect(locked.message).toContain(`unlocked in ${LOCKOUT.seconds / 60} minutes and 0 seconds`);
    mock.advance(61_000);
    // Locked, the right password is refused too, with the time that is left.
    const stillLocked = await refusal(mock.ciam.loginWithMobilePassword({ mobile, password }));
    expect(stillLocked.message).toContain(`unlocked in ${LOCKOUT.seconds / 60 - 2} minutes and 59 seconds`);
    mock.advance(LOCKOUT.seconds * 1000);
    expect((await mock.ciam.loginWithMobilePassword({ mobile, password })).status).toBe("SUCCESS");
    // A right password resets the count.
    const first = await refusal(mock.ciam.loginWithMobilePassword({ mobile, password: "wrong" }));
    expect(first.message).toContain(`Remaining times: ${LOCKOUT.attempts - 1}`);
  });

  test.each(["eiam", "ciam"] as const)(
    "%s refresh: a live session token gives a new id_token that verifies",
    async (product) => {
      const { mobile } = user(product, plain);
      const client = main[product];
      await client.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(client, mobile) });
      const login = await client.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
      if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
      const refreshed = await client.refreshIdToken({ sessionToken: login.sessionToken });
      expect(refreshed.idToken).not.toBe(login.idToken);
      const claims = await verifyCiamIdToken(refreshed.idToken, verifyOptions(main.mock, product));
      expect(claims.api?.mobile).toBe(mobile);
      const unknown = await refusal(client.refreshIdToken({ sessionToken: "not-a-session" }));
      expect(unknown.code).toBe(product === "eiam" ? "SDK.COMMON.1006" : "IDAAS.SDK.PARAM.0023");
    },
  );

  test("a session token refreshes until its `expire` seconds are over, then is refused", async () => {
    const mock = await world();
    const { mobile, password = "" } = user("ciam", plain);
    const login = await mock.ciam.loginWithMobilePassword({ mobile, password });
    if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
    mock.advance((login.expire - 10) * 1000);
    const refreshed = await mock.ciam.refreshIdToken({ sessionToken: login.sessionToken });
    expect(refreshed.expire).toBeLessThanOrEqual(10);
    mock.advance(11_000);
    const late = await refusal(mock.ciam.refreshIdToken({ sessionToken: login.sessionToken }));
    expect(late.code).toBe("IDAAS.SDK.PARAM.0023");
  });

  test("two users logging in at once never get each other's codes or tokens", async () => {
    const [first, second] = DEFAULT_USERS.ciam.filter((candidate) => candidate.mobile && !candidate.disabled);
    const logins = await Promise.all(
      [first, second].map(async (account) => {
        const mobile = account?.mobile ?? "";
        await main.ciam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(main.ciam, mobile) });
        const codes = await main.inbox(mobile);
        expect(codes.every((code) => code.to === mobile)).toBe(true);
        return { mobile, login: await main.ciam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) }) };
      }),
    );
    const [one, two] = logins;
    if (one?.login.status !== "SUCCESS" || two?.login.status !== "SUCCESS") throw new Error("expected two sessions");
    expect(one.login.sessionToken).not.toBe(two.login.sessionToken);
    const options = verifyOptions(main.mock, "ciam");
    expect((await verifyCiamIdToken(one.login.idToken, options)).api?.mobile).toBe(one.mobile);
    expect((await verifyCiamIdToken(two.login.idToken, options)).api?.mobile).toBe(two.mobile);
  });
});

describe("each rule refuses what it should", () => {
  const eiamUser = user("eiam", plain);
  const ciamUser = user("ciam", plain);

  test.each([
    ["eiam", "SDK.COMMON.1006"],
    ["ciam", "IDAAS.SDK.CAPTCHA.0006"],
  ] as const)("%s: a send with an unknown, a used or an expired captcha token fails with %s", async (product, code) => {
    const mock = await world();
    const client = mock[product];
    const { mobile } = product === "eiam" ? eiamUser : ciamUser;
    const send = (captchaToken: string) => client.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken });
    expect((await refusal(send("never-issued"))).code).toBe(code);
    const captchaToken = await passCaptcha(client, mobile);
    await send(captchaToken);
    expect((await refusal(send(captchaToken))).code).toBe(code);
    const late = await passCaptcha(client, mobile);
    mock.advance(LIFETIMES.captchaToken * 1000 + 1);
    expect((await refusal(send(late))).code).toBe(code);
    expect(await mock.inbox(mobile)).toHaveLength(1);
  });

  test.each([
    ["eiam", "SDK.COMMON.1006"],
    ["ciam", "IDAAS.SDK.CAPTCHA.0002"],
  ] as const)(
    "%s: verifyCaptcha of an unknown, a used or an expired challenge fails with %s",
    async (product, code) => {
      const mock = await world();
      const client = mock[product];
      const verify = (token: string) =>
        client.verifyCaptcha({ token, secretKey: null, point: { x: 1, y: 5 }, sender: "s" });
      expect((await refusal(verify("never-issued"))).code).toBe(code);
      const { token } = await client.getCaptcha();
      await verify(token);
      expect((await refusal(verify(token))).code).toBe(code);
      const late = await client.getCaptcha();
      mock.advance(LIFETIMES.challenge * 1000 + 1);
      expect((await refusal(verify(late.token))).code).toBe(code);
    },
  );

  test.each([
    ["eiam", "SDK.SMS.1005"],
    ["ciam", "IDAAS.SDK.CAPTCHA.0007"],
  ] as const)(
    "%s: a wrong, never-sent, reused, replaced, mistyped or expired code fails with %s",
    async (product, code) => {
      const mock = await world();
      const client = mock[product];
      const { mobile } = product === "eiam" ? eiamUser : ciamUser;
      const login = (verifyCode: string) => client.loginWithMobileCode({ mobile, verifyCode });
      const send = async (type: "LOGIN_SMS" | "REGISTER_SMS" = "LOGIN_SMS") =>
        client.sendSmsCode({ mobile, type, captchaToken: await passCaptcha(client, mobile) });
      expect((await refusal(login("123456"))).code).toBe(code); // never sent
      await send();
      const sent = await mock.code(mobile);
      expect((await refusal(login(sent === "000000" ? "000001" : "000000"))).code).toBe(code);
      expect((await login(sent)).status).toBe("SUCCESS");
      expect((await refusal(login(sent))).code).toBe(code); // used
      await send();
      const replaced = await mock.code(mobile);
      await send();
      if (replaced !== (await mock.code(mobile))) expect((await refusal(login(replaced))).code).toBe(code);
      await send("REGISTER_SMS"); // another use: not a login code
      expect((await refusal(login(await mock.code(mobile)))).code).toBe(code);
      await send();
      const late = await mock.code(mobile);
      mock.advance(LIFETIMES.code * 1000 + 1);
      expect((await refusal(login(late))).code).toBe(code);
    },
  );

  test("a code is bound to its product: an EIAM code does not log in on CIAM", async () => {
    const mock = await world({ users: { eiam: [{ mobile: "13700000001" }], ciam: [{ mobile: "13700000001" }] } });
    const mobile = "13700000001";
    await mock.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(mock.eiam, mobile) });
    const code = await mock.code(mobile);
    expect((await refusal(mock.ciam.loginWithMobileCode({ mobile, verifyCode: code }))).code).toBe(
      "IDAAS.SDK.CAPTCHA.0007",
    );
    expect((await mock.eiam.loginWithMobileCode({ mobile, verifyCode: code })).status).toBe("SUCCESS");
  });

  test("a fixed code (--fixed-code) is the code of every send", async () => {
    const mock = await world({ fixedCode: "424242" });
    const { mobile } = ciamUser;
    await mock.ciam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(mock.ciam, mobile) });
    expect((await mock.ciam.loginWithMobileCode({ mobile, verifyCode: "424242" })).status).toBe("SUCCESS");
  });

  test.each([
    ["eiam", "SDK.COMMON.1013"],
    ["ciam", "IDAAS.SDK.USER.0001"],
  ] as const)("%s: the right code for a number of no user fails with %s", async (product, code) => {
    const client = main[product];
    const mobile = "13600000009";
    await client.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(client, mobile) });
    expect((await refusal(client.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) }))).code).toBe(
      code,
    );
  });

  test("EIAM MFA: a bogus, expired or other-journey state token, and a method the user lacks, are refused", async () => {
    const mock = await world();
    const account = user("eiam", (candidate) => candidate.mfa?.length === 1 && candidate.mfa[0] === "EMAIL");
    const { mobile, email } = account;
    const mfa = async () => {
      await mock.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(mock.eiam, mobile) });
      const login = await mock.eiam.loginWithMobileCode({ mobile, verifyCode: await mock.code(mobile) });
      if (login.status !== "MFA_AUTH") throw new Error(`expected MFA_AUTH, got ${login.status}`);
      return login.stateToken;
    };
    const byEmail = (stateToken: string, verifyCode = "000000") =>
      mock.eiam.verifyMfaEmail({ stateToken, email, verifyCode });
    const bogus = await refusal(byEmail("not-a-state-token"));
    expect([bogus.code, bogus.message]).toEqual(["SDK.COMMON.1006", "The X-state-token parameter error"]);
    const stateToken = await mfa();
    // The user's factor is EMAIL only: SMS is refused with the state token.
    expect((await refusal(mock.eiam.verifyMfaSms({ stateToken, mobile, verifyCode: "000000" }))).code).toBe(
      "SDK.COMMON.1006",
    );
    // A wrong code leaves the state token usable; an email code of another type is a wrong code.
    expect((await refusal(byEmail(stateToken))).code).toBe("SDK.SMS.1006");
    await mock.eiam.sendEmailCode({ email, type: "LOGIN_EMS", captchaToken: await passCaptcha(mock.eiam, email) });
    expect((await refusal(byEmail(stateToken, await mock.code(email)))).code).toBe("SDK.SMS.1006");
    mock.advance(LIFETIMES.stateToken * 1000 + 1);
    await mock.eiam.sendEmailCode({ email, type: "MFA_AUTH_EMS", captchaToken: await passCaptcha(mock.eiam, email) });
    expect((await refusal(byEmail(stateToken, await mock.code(email)))).code).toBe("SDK.COMMON.1006");
  });

  test("CIAM: skip after PASSWORD_EXPIRED, a bogus and a used state token are refused; a state token checks its own user's password", async () => {
    const mock = await world();
    const expired = user("ciam", (candidate) => candidate.passwordState === "expired");
    const login = await mock.ciam.loginWithMobilePassword({ mobile: expired.mobile, password: expired.password ?? "" });
    if (login.status !== "PASSWORD_EXPIRED") throw new Error(`expected PASSWORD_EXPIRED, got ${login.status}`);
    expect((await refusal(mock.ciam.skipPasswordUpdate({ stateToken: login.stateToken }))).code).toBe(
      "IDAAS.SDK.PARAM.0014",
    );
    const bogus = mock.ciam.updatePassword({ stateToken: "not-a-state-token", oldPassword: "a", newPassword: "b" });
    expect((await refusal(bogus)).code).toBe("IDAAS.SDK.PARAM.0014");
    const warn = user("ciam", (candidate) => candidate.passwordState === "warn");
    const warned = await mock.ciam.loginWithMobilePassword({ mobile: warn.mobile, password: warn.password ?? "" });
    if (warned.status !== "PASSWORD_WARN") throw new Error(`expected PASSWORD_WARN, got ${warned.status}`);
    // The warned user's token changes the warned user's password: the expired user's old password does not match.
    const crossed = mock.ciam.updatePassword({
      stateToken: warned.stateToken,
      oldPassword: `${expired.password}-not-theirs`,
      newPassword: passwordFor(warned.passwordPolicy),
    });
    expect((await refusal(crossed)).code).toBe("IDAAS.SDK.LOGIN.0002");
    await mock.ciam.skipPasswordUpdate({ stateToken: warned.stateToken });
    expect((await refusal(mock.ciam.skipPasswordUpdate({ stateToken: warned.stateToken }))).code).toBe(
      "IDAAS.SDK.PARAM.0014",
    );
  });

  test(`CIAM updatePassword: a new password the policy refuses gets the emulator's own ${PASSWORD_POLICY_CODE}`, async () => {
    const mock = await world();
    const { mobile, password = "" } = user("ciam", (candidate) => candidate.passwordState === "expired");
    const login = await mock.ciam.loginWithMobilePassword({ mobile, password });
    if (login.status !== "PASSWORD_EXPIRED") throw new Error(`expected PASSWORD_EXPIRED, got ${login.status}`);
    const weak = await refusal(
      mock.ciam.updatePassword({ stateToken: login.stateToken, oldPassword: password, newPassword: "a" }),
    );
    expect([weak.code, weak.message]).toEqual([
      PASSWORD_POLICY_CODE,
      expect.stringContaining(login.passwordPolicy.tip),
    ]);
    // The state token survives a refused change.
    const newPassword = passwordFor(login.passwordPolicy);
    const changed = await mock.ciam.updatePassword({
      stateToken: login.stateToken,
      oldPassword: password,
      newPassword,
    });
    expect(changed.status).toBe("SUCCESS");
  });

  test("disabled and access-denied users get their documented outcomes", async () => {
    const disabledCiam = user("ciam", (candidate) => candidate.disabled === true);
    const refusedLogin = main.ciam.loginWithMobilePassword({
      mobile: disabledCiam.mobile,
      password: disabledCiam.password ?? "",
    });
    expect((await refusal(refusedLogin)).code).toBe("IDAAS.SDK.USER.0039");
    const deniedCiam = user("ciam", (candidate) => candidate.accessDenied === true);
    const denied = await main.ciam.loginWithMobilePassword({
      mobile: deniedCiam.mobile,
      password: deniedCiam.password ?? "",
    });
    expect(denied.status).toBe("ACCESS_DENIED");
    for (const matches of [(c: EmulatorUser) => c.disabled === true, (c: EmulatorUser) => c.accessDenied === true]) {
      const { mobile } = user("eiam", matches);
      await main.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(main.eiam, mobile) });
      const login = await main.eiam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
      expect(login.status).toBe("ACCESS_DENIED");
    }
  });

  test("X-L: zh gets the catalogue's Chinese message", async () => {
    const client = createCiamClient({
      baseUrl: main.mock.baseUrl("ciam"),
      clientId: CLIENT_ID,
      device: DEVICE,
      language: "zh",
      fetch: recorder("ciam"),
    });
    const error = await refusal(client.loginWithMobilePassword({ mobile: "13600000008", password: "x" }));
    expect([error.code, error.message]).toEqual(["IDAAS.SDK.LOGIN.0002", expect.stringContaining("剩余次数")]);
  });

  test("Prefer still picks the spec's example, through Prism", async () => {
    const login = await main.ciam.loginWithMobilePassword(
      { mobile: "13600000007", password: "x" },
      { headers: { Prefer: "example=password-expired" } },
    );
    expect(login.status).toBe("PASSWORD_EXPIRED");
  });
});

describe("the docs' curls with a Prefer work against the emulator as against the examples", () => {
  const definitions = Object.fromEntries(PRODUCTS.map((product) => [product, readDocsDefinition(product)]));
  const curls = operations.flatMap((operation) =>
    curlSamples(docsOperation(definitions[operation.product] ?? {}, operation))
      .map((source) => parseCurl(source))
      .flatMap((request) => {
        const name = preferOf(request);
        const outcome = outcomesOf(operation).find((candidate) => candidate.example.name === name);
        const label = `${operation.product} ${operation.operationId} example=${name}`;
        return outcome ? [{ label, request, outcome }] : [];
      }),
  );

  test("the site has such a curl for every operation", () => {
    const covered = new Set(curls.map(({ label }) => label.split(" ").slice(0, 2).join(" ")));
    expect(covered.size).toBe(operations.length);
  });

  test.each(curls.map((curl) => [curl.label, curl] as const))("%s", async (_, { request, outcome }) => {
    const answer = await replayCurl(main.mock.url, request);
    expect(answer.status).toBe(outcome.httpStatus);
    expect(answer.json).toEqual(outcome.example.value);
  });
});

describe("the inbox and the reset", () => {
  test("GET /__idaas/codes lists codes oldest first, filtered by ?to=; POST /__idaas/reset clears them", async () => {
    const mock = await world();
    const [a, b] = ["13500000001", "13500000002"];
    for (const mobile of [a, b, a]) {
      await mock.ciam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(mock.ciam, mobile) });
    }
    const all = await mock.inbox();
    expect(all.map((code) => code.to)).toEqual([a, b, a]);
    expect(all[0]).toEqual({
      product: "ciam",
      channel: "sms",
      to: a,
      type: "LOGIN_SMS",
      code: expect.stringMatching(/^\d{6}$/),
      expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect((await mock.inbox(b)).map((code) => code.to)).toEqual([b]);
    const reset = await fetch(`${mock.mock.url}${ADMIN_PATH}reset`, { method: "POST" });
    expect(reset.status).toBe(204);
    expect(await mock.inbox()).toEqual([]);
    expect(mock.mock.emulator?.codes()).toEqual([]);
  });

  test("the examples mode has neither the inbox, the reset nor the JWKS", async () => {
    const mock = await startMock({ port: 0 });
    worlds.push(mock);
    for (const url of [`${mock.url}${ADMIN_PATH}codes`, `${mock.baseUrl("eiam")}${JWKS_PATH}`]) {
      expect((await fetch(url)).status, url).toBe(404);
    }
    expect(mock.emulator).toBeUndefined();
  });
});

describe("every answer is the spec's", () => {
  test("each outcome the spec gives the emulator's rules, and each success status, is produced, on a tenant whose users reach them all", async () => {
    // Users the default set lacks: an MFA user and a password-warn user the access policy refuses after their step.
    const users: EmulatorUsers = {
      eiam: [{ mobile: "13400000001", email: "m@example.com", mfa: ["EMAIL", "SMS"], accessDenied: true }],
      ciam: [{ mobile: "13400000002", password: "Passw0rd!", passwordState: "warn", accessDenied: true }],
    };
    const extra = await world({ users });
    const eiam = users.eiam?.[0] as Required<Pick<EmulatorUser, "mobile" | "email">>;
    for (const method of ["EMAIL", "SMS"] as const) {
      const { mobile, email } = eiam;
      await extra.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(extra.eiam, mobile) });
      const login = await extra.eiam.loginWithMobileCode({ mobile, verifyCode: await extra.code(mobile) });
      if (login.status !== "MFA_AUTH") throw new Error(`expected MFA_AUTH, got ${login.status}`);
      const to = method === "EMAIL" ? email : mobile;
      const captchaToken = await passCaptcha(extra.eiam, to);
      if (method === "EMAIL") await extra.eiam.sendEmailCode({ email, type: "MFA_AUTH_EMS", captchaToken });
      else await extra.eiam.sendSmsCode({ mobile, type: "MFA_AUTH_SMS", captchaToken });
      const verifyCode = await extra.code(to);
      const verified =
        method === "EMAIL"
          ? await extra.eiam.verifyMfaEmail({ stateToken: login.stateToken, email, verifyCode })
          : await extra.eiam.verifyMfaSms({ stateToken: login.stateToken, mobile, verifyCode });
      expect(verified.status).toBe("ACCESS_DENIED");
    }
    const ciam = { mobile: "13400000002", password: "Passw0rd!" };
    const warned = async () => {
      const login = await extra.ciam.loginWithMobilePassword(ciam);
      if (login.status !== "PASSWORD_WARN") throw new Error(`expected PASSWORD_WARN, got ${login.status}`);
      return login.stateToken;
    };
    expect((await extra.ciam.skipPasswordUpdate({ stateToken: await warned() })).status).toBe("ACCESS_DENIED");
    // Wrong old passwords count down on updatePassword too, and lock the account.
    const stateToken = await warned();
    for (let attempt = 1; attempt < LOCKOUT.attempts; attempt++) {
      const error = await refusal(extra.ciam.updatePassword({ stateToken, oldPassword: "wrong", newPassword: "x" }));
      expect(error.code).toBe("IDAAS.SDK.LOGIN.0002");
    }
    const update = () => extra.ciam.updatePassword({ stateToken, oldPassword: "wrong", newPassword: "x" });
    expect((await refusal(update())).code).toBe("IDAAS.SDK.LOGIN.0001");
    extra.advance(LOCKOUT.seconds * 1000);
    const changed = await extra.ciam.updatePassword({
      stateToken: await warned(),
      oldPassword: ciam.password,
      newPassword: ciam.password,
    });
    expect(changed.status).toBe("ACCESS_DENIED");
  });

  test("the other refusals of the code logins and sends, on both products", async () => {
    const { mobile, email } = user("eiam", (candidate) => candidate.mfa?.includes("SMS") === true);
    await main.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(main.eiam, mobile) });
    const login = await main.eiam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
    if (login.status !== "MFA_AUTH") throw new Error(`expected MFA_AUTH, got ${login.status}`);
    const mfaSms = main.eiam.verifyMfaSms({ stateToken: login.stateToken, mobile, verifyCode: "000000" });
    expect((await refusal(mfaSms)).code).toBe("SDK.SMS.1005");
    for (const [product, code] of [
      ["eiam", "SDK.COMMON.1006"],
      ["ciam", "IDAAS.SDK.CAPTCHA.0006"],
    ] as const) {
      const send = main[product].sendEmailCode({ email, type: "LOGIN_EMS", captchaToken: "never-issued" });
      expect((await refusal(send)).code).toBe(code);
    }
    const emailLogin = async (to: string, verifyCode?: string) => {
      await main.ciam.sendEmailCode({ email: to, type: "LOGIN_EMS", captchaToken: await passCaptcha(main.ciam, to) });
      return refusal(main.ciam.loginWithEmailCode({ email: to, verifyCode: verifyCode ?? (await main.code(to)) }));
    };
    expect((await emailLogin(user("ciam", plain).email, "000000")).code).toBe("IDAAS.SDK.CAPTCHA.0007");
    expect((await emailLogin("nobody@example.com")).code).toBe("IDAAS.SDK.USER.0001");
    expect((await emailLogin(user("ciam", (candidate) => candidate.disabled === true).email)).code).toBe(
      "IDAAS.SDK.USER.0039",
    );
    // CIAM's code logins document no ACCESS_DENIED: a user the access policy refuses gets the disabled-user error.
    const denied = user("ciam", (candidate) => candidate.accessDenied === true).mobile;
    await main.ciam.sendSmsCode({
      mobile: denied,
      type: "LOGIN_SMS",
      captchaToken: await passCaptcha(main.ciam, denied),
    });
    const refused = main.ciam.loginWithMobileCode({ mobile: denied, verifyCode: await main.code(denied) });
    expect((await refusal(refused)).code).toBe("IDAAS.SDK.USER.0039");
  });

  test("every answer the emulator gave validates against its product's spec (data strings included)", () => {
    expect(answered.length).toBeGreaterThan(100);
    const problems = answered.flatMap(({ product, operationId, status, body }) => {
      const code = (body as { error_code?: unknown } | undefined)?.error_code;
      if (code === PASSWORD_POLICY_CODE) return [];
      return validatorOf({ product } as never)
        .validateResponse(operationId, status, body)
        .map((problem) => `${product} ${operationId} HTTP ${status}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  test("every outcome of the spec that an emulator rule names, and every success status, was answered", () => {
    const keyOf = (product: string, operationId: string, status: number, body: unknown) => {
      const value = body as Record<string, unknown> | undefined;
      const outcome = status === 200 ? (value?.status ?? "200") : value?.error_code;
      return `${product} ${operationId} ${String(outcome)}`;
    };
    const expected = operations.flatMap((operation) => {
      const { field } = statusValues(operation);
      const ok = operation.responses.find((response) => response.status === 200);
      const successes = ok?.examples.length
        ? ok.examples.map((example) =>
            keyOf(operation.product, operation.operationId, 200, {
              status: (example.value as Record<string, unknown>)[field],
            }),
          )
        : [keyOf(operation.product, operation.operationId, 200, undefined)];
      const errors = operation.errors
        .filter((error) => error.mockWhen?.emulator?.length)
        .map((error) => keyOf(operation.product, operation.operationId, error.httpStatus, { error_code: error.code }));
      return [...successes, ...errors];
    });
    const produced = new Set(
      answered.map(({ product, operationId, status, body }) => keyOf(product, operationId, status, body)),
    );
    expect(expected.filter((key) => !produced.has(key))).toEqual([]);
  });
});
