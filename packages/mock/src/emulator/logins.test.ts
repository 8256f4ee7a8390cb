// The emulator's logins after the first factor, through the real pipeline in-process: state tokens (MFA, password
// change or skip), the lockout, sessions, the users' refusals, the language; and every answer valid by the spec.
import { describe, expect, test } from "vitest";
import { type InProcess, inProcess, outcomeOf, plain, sendCode, user } from "../test-support/in-process.js";
import { CODE_TRIES, LIFETIMES, LOCKOUT } from "./journey.js";
import { PASSWORD_POLICY_CODE } from "./replies.js";

// The spec's example policy (8 to 18 characters, three kinds of four): a password it takes, and one it refuses.
const GOOD_PASSWORD = "Newpass-2026";
const WEAK_PASSWORD = "abcdefghij";

/** A CIAM password login's answer; its state token when it gives one. */
async function passwordLogin(emulator: InProcess, mobile: string, password: string) {
  const answer = await emulator.call("ciam", "loginWithMobilePassword", { body: { mobile, password } });
  return { ...answer, stateToken: String(answer.body?.state_token) };
}
const withState = (stateToken: string) => ({ stateToken });

describe("EIAM second factor", () => {
  test("a bogus, expired or other-journey state token, and a method the user lacks, are refused", async () => {
    const emulator = await inProcess();
    const { mobile, email } = user("eiam", (candidate) => candidate.mfa?.join() === "EMAIL");
    const byEmail = (stateToken: string, verify_code = "000000") =>
      emulator.call("eiam", "verifyMfaEmail", { options: withState(stateToken), body: { email, verify_code } });
    const bogus = await byEmail("not-a-state-token");
    expect([bogus.code, bogus.body?.error_msg]).toEqual(["SDK.COMMON.1006", "The X-state-token parameter error"]);
    const verify_code = await sendCode(emulator, "eiam", mobile, "LOGIN_SMS");
    const login = await emulator.call("eiam", "loginWithMobileCode", { body: { mobile, verify_code } });
    expect(outcomeOf(login)).toBe("MFA_AUTH");
    const stateToken = String(login.body?.state_token);
    // The user's factor is EMAIL only: SMS is refused with the state token.
    const sms = { options: withState(stateToken), body: { mobile, verify_code: "000000" } };
    expect((await emulator.call("eiam", "verifyMfaSms", sms)).code).toBe("SDK.COMMON.1006");
    // A wrong code leaves the state token usable; an email code of another type is a wrong code.
    expect((await byEmail(stateToken)).code).toBe("SDK.SMS.1006");
    expect((await byEmail(stateToken, await sendCode(emulator, "eiam", email, "LOGIN_EMS"))).code).toBe("SDK.SMS.1006");
    emulator.advance(LIFETIMES.stateToken * 1000 + 1);
    const late = await sendCode(emulator, "eiam", email, "MFA_AUTH_EMS");
    expect((await byEmail(stateToken, late)).code).toBe("SDK.COMMON.1006");
  });
});

describe("EIAM second factor, guessed", () => {
  test(`the state token dies with its code, at the code's ${CODE_TRIES}th wrong try`, async () => {
    const emulator = await inProcess();
    const { mobile, email } = user("eiam", (candidate) => candidate.mfa?.join() === "EMAIL");
    const verify_code = await sendCode(emulator, "eiam", mobile, "LOGIN_SMS");
    const login = await emulator.call("eiam", "loginWithMobileCode", { body: { mobile, verify_code } });
    const stateToken = String(login.body?.state_token);
    const byEmail = (code: string) =>
      emulator.call("eiam", "verifyMfaEmail", { options: { stateToken }, body: { email, verify_code: code } });
    const code = await sendCode(emulator, "eiam", email, "MFA_AUTH_EMS");
    const wrong = code === "000000" ? "000001" : "000000";
    for (let tries = 1; tries <= CODE_TRIES; tries++) expect((await byEmail(wrong)).code).toBe("SDK.SMS.1006");
    expect((await byEmail(code)).code).toBe("SDK.COMMON.1006");
    expect((await byEmail(await sendCode(emulator, "eiam", email, "MFA_AUTH_EMS"))).code).toBe("SDK.COMMON.1006");
  });
});

describe("CIAM password change or skip", () => {
  test("skip after PASSWORD_EXPIRED, a bogus and a used state token are refused; a state token checks its own user's password", async () => {
    const emulator = await inProcess();
    const expired = user("ciam", (candidate) => candidate.passwordState === "expired");
    const login = await passwordLogin(emulator, expired.mobile, expired.password ?? "");
    expect(outcomeOf(login)).toBe("PASSWORD_EXPIRED");
    const skip = (stateToken: string) =>
      emulator.call("ciam", "skipPasswordUpdate", { options: withState(stateToken) });
    const update = (stateToken: string, old_password: string, new_password = GOOD_PASSWORD) =>
      emulator.call("ciam", "updatePassword", { options: withState(stateToken), body: { old_password, new_password } });
    expect((await skip(login.stateToken)).code).toBe("IDAAS.SDK.PARAM.0014");
    expect((await update("not-a-state-token", "a")).code).toBe("IDAAS.SDK.PARAM.0014");
    const warn = user("ciam", (candidate) => candidate.passwordState === "warn");
    const warned = await passwordLogin(emulator, warn.mobile, warn.password ?? "");
    expect(outcomeOf(warned)).toBe("PASSWORD_WARN");
    // The warned user's token changes the warned user's password: the expired user's password does not match.
    expect((await update(warned.stateToken, `${expired.password}-not-theirs`)).code).toBe("IDAAS.SDK.LOGIN.0002");
    expect(outcomeOf(await skip(warned.stateToken))).toBe("SUCCESS");
    expect((await skip(warned.stateToken)).code).toBe("IDAAS.SDK.PARAM.0014");
  });

  test(`a new password the policy refuses gets the emulator's own ${PASSWORD_POLICY_CODE}; the state token stays`, async () => {
    const emulator = await inProcess();
    const { mobile, password = "" } = user("ciam", (candidate) => candidate.passwordState === "expired");
    const login = await passwordLogin(emulator, mobile, password);
    const update = (new_password: string) =>
      emulator.call("ciam", "updatePassword", {
        options: withState(login.stateToken),
        body: { old_password: password, new_password },
      });
    const weak = await update(WEAK_PASSWORD);
    expect([weak.status, weak.code]).toEqual([400, PASSWORD_POLICY_CODE]);
    expect(weak.body?.error_msg).toContain(JSON.parse(String(login.body?.data)).tip);
    expect(outcomeOf(await update(GOOD_PASSWORD))).toBe("SUCCESS");
    expect(outcomeOf(await passwordLogin(emulator, mobile, GOOD_PASSWORD))).toBe("SUCCESS");
    expect((await passwordLogin(emulator, mobile, password)).code).toBe("IDAAS.SDK.LOGIN.0002");
  });
});

describe("CIAM lockout", () => {
  test("the attempts left count down, then the account is locked with the real time left", async () => {
    const emulator = await inProcess();
    const { mobile, password = "" } = user("ciam", plain);
    for (let left = LOCKOUT.attempts - 1; left > 0; left--) {
      const wrong = await passwordLogin(emulator, mobile, "wrong");
      expect([wrong.code, wrong.body?.error_msg]).toEqual([
        "IDAAS.SDK.LOGIN.0002",
        expect.stringContaining(`Remaining times: ${left}`),
      ]);
    }
    const locked = await passwordLogin(emulator, mobile, "wrong");
    expect(locked.code).toBe("IDAAS.SDK.LOGIN.0001");
    expect(locked.body?.error_msg).toContain(`unlocked in ${LOCKOUT.seconds / 60} minutes and 0 seconds`);
    emulator.advance(61_000);
    // Locked, the right password is refused too, with the time that is left.
    const stillLocked = await passwordLogin(emulator, mobile, password);
    expect(stillLocked.body?.error_msg).toContain(`unlocked in ${LOCKOUT.seconds / 60 - 2} minutes and 59 seconds`);
    emulator.advance(LOCKOUT.seconds * 1000);
    expect(outcomeOf(await passwordLogin(emulator, mobile, password))).toBe("SUCCESS");
    // A right password resets the count.
    const first = await passwordLogin(emulator, mobile, "wrong");
    expect(first.body?.error_msg).toContain(`Remaining times: ${LOCKOUT.attempts - 1}`);
  });
});

describe("CIAM unknown numbers", () => {
  test("count and lock exactly like a user's: the answers do not tell who has an account", async () => {
    const emulator = await inProcess();
    const known = user("ciam", plain).mobile;
    const answers = async (mobile: string) => {
      const seen = [];
      for (let attempt = 0; attempt <= LOCKOUT.attempts; attempt++) {
        const answer = await passwordLogin(emulator, mobile, "wrong");
        seen.push([answer.status, answer.code, answer.body?.error_msg]);
      }
      return seen;
    };
    const forKnown = await answers(known);
    expect(forKnown.at(-1)?.[1]).toBe("IDAAS.SDK.LOGIN.0001");
    expect(await answers("13699999999")).toEqual(forKnown);
  });
});

describe("sessions, users' refusals, language, Prefer", () => {
  test("a session token refreshes until its `expire` seconds are over, then is refused", async () => {
    const emulator = await inProcess();
    const { mobile, password = "" } = user("ciam", plain);
    const login = await passwordLogin(emulator, mobile, password);
    const expire = Number(login.body?.expire);
    const refresh = () =>
      emulator.call("ciam", "refreshIdToken", { options: { sessionToken: String(login.body?.session_token) } });
    emulator.advance((expire - 10) * 1000);
    const refreshed = await refresh();
    expect([refreshed.status, refreshed.body?.expire]).toEqual([200, 10]);
    emulator.advance(11_000);
    expect((await refresh()).code).toBe("IDAAS.SDK.PARAM.0023");
  });

  test("disabled and access-denied users get their documented outcomes", async () => {
    const emulator = await inProcess();
    const disabled = user("ciam", (candidate) => candidate.disabled === true);
    expect((await passwordLogin(emulator, disabled.mobile, disabled.password ?? "")).code).toBe("IDAAS.SDK.USER.0039");
    const denied = user("ciam", (candidate) => candidate.accessDenied === true);
    expect(outcomeOf(await passwordLogin(emulator, denied.mobile, denied.password ?? ""))).toBe("ACCESS_DENIED");
    for (const trait of ["disabled", "accessDenied"] as const) {
      const { mobile } = user("eiam", (candidate) => candidate[trait] === true);
      const verify_code = await sendCode(emulator, "eiam", mobile, "LOGIN_SMS");
      const login = await emulator.call("eiam", "loginWithMobileCode", { body: { mobile, verify_code } });
      expect(outcomeOf(login)).toBe("ACCESS_DENIED");
    }
  });

  test("X-L: zh gets the catalogue's Chinese message", async () => {
    const emulator = await inProcess();
    const body = { mobile: "13600000008", password: "x" };
    const answer = await emulator.call("ciam", "loginWithMobilePassword", { body, headers: { "X-L": "zh" } });
    expect([answer.code, answer.body?.error_msg]).toEqual([
      "IDAAS.SDK.LOGIN.0002",
      expect.stringContaining("剩余次数"),
    ]);
  });

  test("Prefer still picks the spec's example, through Prism", async () => {
    const emulator = await inProcess();
    const body = { mobile: "13600000007", password: "x" };
    const headers = { Prefer: "example=password-expired" };
    expect(outcomeOf(await emulator.call("ciam", "loginWithMobilePassword", { body, headers }))).toBe(
      "PASSWORD_EXPIRED",
    );
  });
});
