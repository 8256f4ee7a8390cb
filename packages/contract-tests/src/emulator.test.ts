import { verifyIdToken as verifyCiamIdToken } from "@idaas-sdk/ciam/id-token";
import { IdaasTokenError } from "@idaas-sdk/core";
import { verifyIdToken } from "@idaas-sdk/eiam/id-token";
import { DEFAULT_USERS, issuerOf } from "@idaas-sdk/mock";
import { beforeAll, describe, expect, test } from "vitest";
import { passCaptcha } from "./support/captcha.js";
import { parseCurl, preferOf, replayCurl } from "./support/curl.js";
import { curlSamples, docsOperation, readDocsDefinition } from "./support/docs.js";
import {
  answered,
  NEW_PASSWORD,
  plain,
  refusal,
  undocumentedAnswers,
  user,
  verifyOptions,
  type World,
  world,
} from "./support/emulator.js";
import { operations, outcomesOf, PRODUCTS } from "./support/spec.js";

let main: World;
beforeAll(async () => {
  main = await world();
});

describe("journeys through the clients, codes from the inbox", () => {
  test("EIAM SMS login with the captcha, and verifyIdToken on the id_token against the emulator's JWKS", async () => {
    const { mobile } = user("eiam", plain);
    const captchaToken = await passCaptcha(main.eiam, mobile, main.mock);
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
    await main.ciam.sendEmailCode({
      email,
      type: "LOGIN_EMS",
      captchaToken: await passCaptcha(main.ciam, email, main.mock),
    });
    const login = await main.ciam.loginWithEmailCode({ email, verifyCode: await main.code(email) });
    expect(login.status).toBe("SUCCESS");
  });

  test("CIAM SMS-code login", async () => {
    const { mobile } = user("ciam", plain);
    await main.ciam.sendSmsCode({
      mobile,
      type: "LOGIN_SMS",
      captchaToken: await passCaptcha(main.ciam, mobile, main.mock),
    });
    const login = await main.ciam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
    expect(login.status).toBe("SUCCESS");
  });

  test.each(["EMAIL", "SMS"] as const)(
    "EIAM MFA by %s: MFA_AUTH, a code of the MFA type, then SUCCESS",
    async (method) => {
      const account = user("eiam", (candidate) => candidate.mfa?.includes(method) === true && !candidate.accessDenied);
      const { mobile, email } = account;
      await main.eiam.sendSmsCode({
        mobile,
        type: "LOGIN_SMS",
        captchaToken: await passCaptcha(main.eiam, mobile, main.mock),
      });
      const login = await main.eiam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
      if (login.status !== "MFA_AUTH") throw new Error(`expected MFA_AUTH, got ${login.status}`);
      expect(login.mfaMethods).toEqual(account.mfa);
      const { stateToken } = login;
      const verified =
        method === "EMAIL"
          ? await main.eiam
              .sendEmailCode({
                email,
                type: "MFA_AUTH_EMS",
                captchaToken: await passCaptcha(main.eiam, email, main.mock),
              })
              .then(async () => main.eiam.verifyMfaEmail({ stateToken, email, verifyCode: await main.code(email) }))
          : await main.eiam
              .sendSmsCode({
                mobile,
                type: "MFA_AUTH_SMS",
                captchaToken: await passCaptcha(main.eiam, mobile, main.mock),
              })
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
      const newPassword = NEW_PASSWORD;
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

  test.each(["eiam", "ciam"] as const)(
    "%s refresh: a live session token gives a new id_token that verifies",
    async (product) => {
      const { mobile } = user(product, plain);
      const client = main[product];
      await client.sendSmsCode({
        mobile,
        type: "LOGIN_SMS",
        captchaToken: await passCaptcha(client, mobile, main.mock),
      });
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

  test("two users logging in at once never get each other's codes or tokens", async () => {
    const [first, second] = DEFAULT_USERS.ciam.filter((candidate) => candidate.mobile && !candidate.disabled);
    const logins = await Promise.all(
      [first, second].map(async (account) => {
        const mobile = account?.mobile ?? "";
        await main.ciam.sendSmsCode({
          mobile,
          type: "LOGIN_SMS",
          captchaToken: await passCaptcha(main.ciam, mobile, main.mock),
        });
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

describe("every answer is the spec's", () => {
  test("every answer the emulator gave validates against its product's spec (data strings included)", () => {
    expect(answered.length).toBeGreaterThan(50);
    expect(undocumentedAnswers()).toEqual([]);
  });
});
