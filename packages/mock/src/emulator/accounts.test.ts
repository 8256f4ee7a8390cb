// The emulator's accounts beyond a login: registration makes a user, a reset sets the password and ends the lock, the
// signed-in calls take only a live id_token the emulator signed for that user and product, and profile updates move
// the user; where no page documents a code, the emulator's own MOCK.* answers.
import { describe, expect, test } from "vitest";
import { inProcess, outcomeOf, sendCode } from "../test-support/in-process.js";
import { NEW_PASSWORD, PASSWORD, scenarioUsers, steps } from "../test-support/scenarios.js";
import { ID_TOKEN_LIFETIMES, LOCKOUT } from "./journey.js";

const { users, mobile, email } = scenarioUsers("133000000", [
  ["plain", {}],
  ["locked", {}],
  ["warn", { passwordState: "warn" }],
]);
const world = async () => {
  const emulator = await inProcess({ users: { eiam: Object.values(users), ciam: Object.values(users) } });
  return { emulator, eiam: steps("eiam", () => emulator), ciam: steps("ciam", () => emulator) };
};

describe("registration", () => {
  test.each(["eiam", "ciam"] as const)(
    "%s: a code registration makes a user who can log in and has no password; a taken number is refused",
    async (product) => {
      const { emulator, ...kits } = await world();
      const s = kits[product];
      const number = "13388888888";
      const registered = await s.call("registerWithMobileCode", {
        body: { mobile: number, verify_code: await sendCode(emulator, product, number, "REGISTER_SMS") },
      });
      expect(outcomeOf(registered)).toBe("SUCCESS");
      expect(outcomeOf(await s.codeLogin(number))).toBe("SUCCESS");
      const hasPassword = await s.call("hasPassword", { options: { idToken: s.tokenOf(registered, "id_token") } });
      expect(hasPassword.body).toEqual({ is_set_pwd: false });
      const again = await s.call("registerWithMobileCode", {
        body: {
          mobile: mobile("plain"),
          verify_code: await sendCode(emulator, product, mobile("plain"), "REGISTER_SMS"),
        },
      });
      expect([again.status, again.code, again.body?.error_msg]).toEqual([
        400,
        "MOCK.USER_EXISTS",
        expect.stringContaining("mobile"),
      ]);
    },
  );

  test("CIAM: a registration with a password has one; a signed-in change by the old password needs none before", async () => {
    const { emulator, ciam } = await world();
    const to = "new@example.com";
    const registered = await ciam.call("registerWithEmailCode", {
      body: { email: to, pwd: PASSWORD, verify_code: await sendCode(emulator, "ciam", to, "REGISTER_EMS") },
    });
    const idToken = ciam.tokenOf(registered, "id_token");
    expect((await ciam.call("hasPassword", { options: { idToken } })).body).toEqual({ is_set_pwd: true });
    const bare = await ciam.call("registerWithMobileCode", {
      body: { mobile: "13377777777", verify_code: await sendCode(emulator, "ciam", "13377777777", "REGISTER_SMS") },
    });
    const options = { idToken: ciam.tokenOf(bare, "id_token") };
    expect((await ciam.call("changePassword", { options, body: { new_password: NEW_PASSWORD } })).status).toBe(200);
    expect((await ciam.call("hasPassword", { options })).body).toEqual({ is_set_pwd: true });
    const login = await ciam.passwordLogin("loginWithPassword", "user_name", "13377777777", NEW_PASSWORD);
    expect(outcomeOf(login)).toBe("SUCCESS");
  });
});

describe("EIAM password resets", () => {
  test("a reset by a CHANGE_PWD_SMS code sets the password and ends the lock; a FORGET_PWD_SMS code does not reset", async () => {
    const { emulator, eiam } = await world();
    const login = (password: string) => eiam.passwordLogin("loginWithPassword", "user_name", "locked", password);
    expect(outcomeOf(await eiam.untilLocked(() => login("wrong")))).toBe("SDK.LOGIN.1003");
    const reset = async (type: string) =>
      eiam.call("resetPasswordWithSmsCode", {
        body: {
          mobile: mobile("locked"),
          verify_code: await sendCode(emulator, "eiam", mobile("locked"), type),
          password: NEW_PASSWORD,
        },
      });
    expect((await reset("FORGET_PWD_SMS")).code).toBe("SDK.SMS.1005");
    expect((await reset("CHANGE_PWD_SMS")).status).toBe(200);
    expect(outcomeOf(await login(NEW_PASSWORD))).toBe("SUCCESS");
  });

  test("a wrong password, or a user name no user has, counts down alike with the emulator's own code", async () => {
    const { eiam } = await world();
    const wrong = await eiam.passwordLogin("loginWithPassword", "user_name", "plain", "wrong");
    const stranger = await eiam.passwordLogin("loginWithPassword", "user_name", "nobody", "wrong");
    expect([wrong.code, wrong.body?.error_msg]).toEqual([
      "MOCK.WRONG_PASSWORD",
      expect.stringContaining(`${LOCKOUT.attempts - 1} attempts left`),
    ]);
    expect(stranger.body).toEqual(wrong.body);
  });

  test("getMobileByStateToken answers the number of the state token's user", async () => {
    const { eiam } = await world();
    const state = eiam.tokenOf(await eiam.passwordLogin("loginWithPassword", "user_name", "warn"), "state_token");
    expect((await eiam.call("getMobileByStateToken", { options: { stateToken: state } })).body).toEqual({
      mobile: mobile("warn"),
    });
  });
});

describe("signed-in calls", () => {
  test("take only a live id_token of this product: not another product's, not an expired or altered one", async () => {
    const { emulator, eiam, ciam } = await world();
    const eiamToken = await eiam.idToken(mobile("plain"));
    const ciamToken = await ciam.idToken(mobile("plain"));
    const check = (s: typeof eiam, idToken: string) => s.call("hasPassword", { options: { idToken } });
    expect((await check(eiam, eiamToken)).status).toBe(200);
    expect((await check(eiam, ciamToken)).code).toBe("SDK.COMMON.1006");
    expect((await check(ciam, eiamToken)).code).toBe("IDAAS.SDK.PARAM.0016");
    expect((await check(ciam, `${ciamToken.slice(0, -4)}AAAA`)).code).toBe("IDAAS.SDK.PARAM.0016");
    emulator.advance(ID_TOKEN_LIFETIMES.ciam * 1000 + 1);
    expect((await check(ciam, ciamToken)).code).toBe("IDAAS.SDK.PARAM.0016");
  });

  test("updateMobile and updateEmail move the user: the new number logs in, the old one is no one's; a taken address is refused", async () => {
    const { emulator, ciam } = await world();
    const idToken = await ciam.idToken(mobile("plain"));
    const moved = "13366666666";
    const update = await ciam.call("updateMobile", {
      options: { idToken },
      body: { mobile: moved, verify_code: await sendCode(emulator, "ciam", moved, "UPDATE_MOBILE_SMS") },
    });
    expect(update.status).toBe(200);
    expect(outcomeOf(await ciam.codeLogin(moved))).toBe("SUCCESS");
    expect(outcomeOf(await ciam.codeLogin(mobile("plain")))).toBe("IDAAS.SDK.USER.0001");
    const taken = await ciam.call("updateEmail", {
      options: { idToken },
      body: { email: email("warn"), verify_code: await sendCode(emulator, "ciam", email("warn"), "UPDATE_EMAIL_EMS") },
    });
    expect([taken.status, taken.code]).toEqual([400, "MOCK.USER_EXISTS"]);
  });
});
