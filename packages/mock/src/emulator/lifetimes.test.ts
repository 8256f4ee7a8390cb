// What issue 23's tests of sessions need from the emulator: a key per product, the pages' id_token lifetimes (and
// shorter ones on request), session lifetimes, a clock to move, and captcha tokens bound to their sender.
import { decodeJwt, importJWK, jwtVerify } from "jose";
import { describe, expect, test } from "vitest";
import { captchaToken, inProcess, outcomeOf, START } from "../test-support/in-process.js";
import { PASSWORD, scenarioUsers, steps } from "../test-support/scenarios.js";
import { ID_TOKEN_LIFETIMES } from "./journey.js";
import { ADMIN_PATH } from "./routes.js";

const { users, mobile } = scenarioUsers("134000000", [["plain", {}]]);
const both = { eiam: Object.values(users), ciam: Object.values(users) };
const lifetime = (idToken: string) => {
  const { exp = 0, iat = 0 } = decodeJwt(idToken);
  return exp - iat;
};

describe("keys and lifetimes", () => {
  test("each product signs with its own key: a CIAM id_token does not verify against EIAM's JWKS", async () => {
    const emulator = await inProcess({ users: both });
    const [eiamKey, ciamKey] = [emulator.emulator.jwks("eiam").keys[0], emulator.emulator.jwks("ciam").keys[0]];
    expect(eiamKey).not.toEqual(ciamKey);
    const idToken = await steps("ciam", () => emulator).idToken(mobile("plain"));
    const at = { currentDate: new Date(START) };
    await expect(jwtVerify(idToken, await importJWK(ciamKey as never, "RS256"), at)).resolves.toBeDefined();
    await expect(jwtVerify(idToken, await importJWK(eiamKey as never, "RS256"), at)).rejects.toThrow(/signature/);
  });

  test(`id_tokens live as the pages give them: EIAM ${ID_TOKEN_LIFETIMES.eiam} s, CIAM ${ID_TOKEN_LIFETIMES.ciam} s`, async () => {
    const emulator = await inProcess({ users: both });
    for (const product of ["eiam", "ciam"] as const) {
      expect(lifetime(await steps(product, () => emulator).idToken(mobile("plain")))).toBe(ID_TOKEN_LIFETIMES[product]);
    }
  });

  test("idTokenTtl and sessionTtl shorten them: the login's expire says so, and the session ends on time", async () => {
    const emulator = await inProcess({ users: both, idTokenTtl: 2, sessionTtl: 3 });
    const s = steps("ciam", () => emulator);
    const login = await s.passwordLogin("loginWithMobilePassword", "mobile", mobile("plain"), PASSWORD);
    expect([login.body?.expire, lifetime(s.tokenOf(login, "id_token"))]).toEqual([3, 2]);
    emulator.advance(2_000);
    const refreshed = await s.refresh(s.tokenOf(login, "session_token"));
    expect([refreshed.status, refreshed.body?.expire, lifetime(s.tokenOf(refreshed, "id_token"))]).toEqual([200, 1, 2]);
    emulator.advance(1_000);
    expect((await s.refresh(s.tokenOf(login, "session_token"))).code).toBe("IDAAS.SDK.PARAM.0023");
  });

  test.each([0, -1, 1.5, 10 * 365 * 24 * 3600 + 1, "60"])(
    "a TTL of %j is refused at start, in one line",
    async (ttl) => {
      await expect(inProcess({ idTokenTtl: ttl as number })).rejects.toThrow(
        /^idTokenTtl must be a whole number of seconds/,
      );
    },
  );
});

describe.each(["eiam", "ciam"] as const)("%s: session tokens on refresh", (product) => {
  const refreshTwice = async (options: { rotateSessionTokens?: boolean }) => {
    const emulator = await inProcess({ users: both, ...options });
    const s = steps(product, () => emulator);
    const login = await s.codeLogin(mobile("plain"));
    const first = s.tokenOf(login, "session_token");
    const refreshed = await s.refresh(first);
    return { s, first, refreshed, second: s.tokenOf(refreshed, "session_token") };
  };

  test("by default a refresh answers the same session token, which keeps working", async () => {
    const { s, first, refreshed, second } = await refreshTwice({});
    expect([refreshed.status, second]).toEqual([200, first]);
    expect((await s.refresh(first)).status).toBe(200);
  });

  test("rotateSessionTokens: a refresh answers a new session token, which works; the old one is refused", async () => {
    const { s, first, refreshed, second } = await refreshTwice({ rotateSessionTokens: true });
    expect(refreshed.status).toBe(200);
    expect(second).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(second).not.toBe(first);
    expect(outcomeOf(await s.refresh(first))).toBe(product === "eiam" ? "SDK.COMMON.1006" : "IDAAS.SDK.PARAM.0023");
    const again = await s.refresh(second);
    expect(again.status).toBe(200);
    expect(s.tokenOf(again, "session_token")).not.toBe(second);
  });

  test("rotateSessionTokens: the new session token lives what the session had left", async () => {
    const emulator = await inProcess({ users: both, rotateSessionTokens: true, sessionTtl: 10 });
    const s = steps(product, () => emulator);
    const login = await s.codeLogin(mobile("plain"));
    emulator.advance(4_000);
    const refreshed = await s.refresh(s.tokenOf(login, "session_token"));
    expect(refreshed.body?.expire).toBe(6);
    emulator.advance(6_000);
    expect((await s.refresh(s.tokenOf(refreshed, "session_token"))).status).toBe(400);
  });
});

test.each([1, "yes", null])("a rotateSessionTokens of %j is refused at start, in one line", async (value) => {
  await expect(inProcess({ rotateSessionTokens: value as never })).rejects.toThrow(
    /^rotateSessionTokens must be true or false$/,
  );
});

describe("the clock", () => {
  test("POST /__idaas/clock moves it forward: a code dies, and the answer is the new time", async () => {
    const emulator = await inProcess({ users: both });
    const s = steps("ciam", () => emulator);
    const code = await s.code(mobile("plain"), "LOGIN_SMS");
    const moved = await emulator.request("POST", `${ADMIN_PATH}clock`, {}, JSON.stringify({ seconds: 301 }));
    expect(moved.body).toEqual({ now: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect((await s.codeLogin(mobile("plain"), code)).code).toBe("IDAAS.SDK.CAPTCHA.0007");
  });

  test.each(["", "{}", '{"seconds":"5"}', '{"seconds":-5}', '{"seconds":0.5}'])(
    "a clock step that is no whole number of seconds (%j) is refused, saying what to send",
    async (body) => {
      const emulator = await inProcess({ users: both });
      const answer = await emulator.request("POST", `${ADMIN_PATH}clock`, {}, body);
      expect([answer.status, answer.code, answer.body?.error_msg]).toEqual([
        400,
        "MOCK.INVALID_REQUEST",
        expect.stringContaining('Send {"seconds": N}'),
      ]);
    },
  );

  test("advance() is the same, from the program that started the emulator", async () => {
    const emulator = await inProcess({ users: both });
    const s = steps("eiam", () => emulator);
    const code = await s.code(mobile("plain"), "LOGIN_SMS");
    emulator.emulator.advance(301);
    expect((await s.codeLogin(mobile("plain"), code)).code).toBe("SDK.SMS.1005");
  });
});

test("a captcha token checked for one sender sends no code to another", async () => {
  const emulator = await inProcess({ users: both });
  const s = steps("ciam", () => emulator);
  const captcha_token = await captchaToken(emulator, "ciam", mobile("plain"));
  const elsewhere = await s.call("sendSmsCode", { body: { mobile: "13499999999", type: "LOGIN_SMS", captcha_token } });
  expect(elsewhere.code).toBe("IDAAS.SDK.CAPTCHA.0006");
  const right = await s.call("sendSmsCode", { body: { mobile: mobile("plain"), type: "LOGIN_SMS", captcha_token } });
  expect(outcomeOf(right)).toBe(undefined);
  expect(right.status).toBe(200);
});
