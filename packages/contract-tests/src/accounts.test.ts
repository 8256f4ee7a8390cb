// 12. The journeys every code type leads to, through the published clients against the emulator, codes read from its
// inbox: EIAM password sign-in (warn: skip, change by old password or by SMS code; expired; MFA), forgot password,
// sign-up on both products, and account settings (password, number, address), with every answer checked against the
// spec.
import { DEFAULT_USERS } from "@idaas-sdk/mock";
import { beforeAll, describe, expect, test } from "vitest";
import { passCaptcha } from "./support/captcha.js";
import { NEW_PASSWORD, refusal, undocumentedAnswers, type World, world } from "./support/emulator.js";

let main: World;
beforeAll(async () => {
  main = await world();
});
const eiamUser = (state: "ok" | "warn" | "expired", mfa = false) => {
  const found = DEFAULT_USERS.eiam.find(
    (user) =>
      (user.passwordState ?? "ok") === state &&
      Boolean(user.mfa?.length) === mfa &&
      !user.disabled &&
      !user.accessDenied,
  );
  if (!found?.userName || !found.password || !found.mobile) throw new Error(`no default EIAM user is ${state}`);
  return found as typeof found & { userName: string; password: string; mobile: string };
};

describe("EIAM password sign-in", () => {
  test("SUCCESS, then MFA_AUTH for a user with a second factor", async () => {
    const { userName, password } = eiamUser("ok");
    expect((await main.eiam.loginWithPassword({ userName, password })).status).toBe("SUCCESS");
    const mfa = eiamUser("ok", true);
    const login = await main.eiam.loginWithPassword({ userName: mfa.userName, password: mfa.password });
    expect(login.status).toBe("MFA_AUTH");
  });

  test("PASSWORD_WARN → skipPasswordUpdate → SUCCESS", async () => {
    const { userName, password } = eiamUser("warn");
    const login = await main.eiam.loginWithPassword({ userName, password });
    if (login.status !== "PASSWORD_WARN") throw new Error(`expected PASSWORD_WARN, got ${login.status}`);
    expect((await main.eiam.skipPasswordUpdate({ stateToken: login.stateToken })).status).toBe("SUCCESS");
  });

  test("PASSWORD_EXPIRED → getMobileByStateToken → CHANGE_PWD_SMS code → updatePasswordWithSmsCode → the new password signs in", async () => {
    const mock = await world();
    const { userName, password, mobile } = eiamUser("expired");
    const login = await mock.eiam.loginWithPassword({ userName, password });
    if (login.status !== "PASSWORD_EXPIRED") throw new Error(`expected PASSWORD_EXPIRED, got ${login.status}`);
    const { stateToken } = login;
    expect(await mock.eiam.getMobileByStateToken({ stateToken })).toEqual({ mobile });
    await mock.eiam.sendSmsCode({
      mobile,
      type: "CHANGE_PWD_SMS",
      captchaToken: await passCaptcha(mock.eiam, mobile, mock.mock),
    });
    const changed = await mock.eiam.updatePasswordWithSmsCode({
      stateToken,
      verifyCode: await mock.code(mobile),
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe("SUCCESS");
    expect((await mock.eiam.loginWithPassword({ userName, password: NEW_PASSWORD })).status).toBe("SUCCESS");
  });

  test("PASSWORD_WARN → updatePassword with the old password", async () => {
    const mock = await world();
    const { userName, password } = eiamUser("warn");
    const login = await mock.eiam.loginWithPassword({ userName, password });
    if (login.status !== "PASSWORD_WARN") throw new Error(`expected PASSWORD_WARN, got ${login.status}`);
    const changed = await mock.eiam.updatePassword({
      stateToken: login.stateToken,
      oldPassword: password,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe("SUCCESS");
  });
});

describe("EIAM forgot password", () => {
  test("CHANGE_PWD_SMS code → resetPasswordWithSmsCode → the new password signs in, the old one does not", async () => {
    const mock = await world();
    const { userName, password, mobile } = eiamUser("ok");
    await mock.eiam.sendSmsCode({
      mobile,
      type: "CHANGE_PWD_SMS",
      captchaToken: await passCaptcha(mock.eiam, mobile, mock.mock),
    });
    await mock.eiam.resetPasswordWithSmsCode({
      mobile,
      verifyCode: await mock.code(mobile),
      newPassword: NEW_PASSWORD,
    });
    expect((await mock.eiam.loginWithPassword({ userName, password: NEW_PASSWORD })).status).toBe("SUCCESS");
    expect((await refusal(mock.eiam.loginWithPassword({ userName, password }))).code).toBe("MOCK.WRONG_PASSWORD");
  });
});

describe("sign-up", () => {
  test.each(["eiam", "ciam"] as const)(
    "%s: REGISTER_SMS code → registerWithMobileCode → a session; the new user has no password",
    async (product) => {
      const client = main[product];
      const mobile = product === "eiam" ? "13811112222" : "13911112222";
      await client.sendSmsCode({
        mobile,
        type: "REGISTER_SMS",
        captchaToken: await passCaptcha(client, mobile, main.mock),
      });
      const registered = await client.registerWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
      if (registered.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${registered.status}`);
      expect(await client.hasPassword({ idToken: registered.idToken })).toBe(false);
    },
  );

  test("CIAM: REGISTER_EMS code → registerWithEmailCode with a password → loginWithPassword by the address", async () => {
    const email = "newcomer@example.com";
    await main.ciam.sendEmailCode({
      email,
      type: "REGISTER_EMS",
      captchaToken: await passCaptcha(main.ciam, email, main.mock),
    });
    await main.ciam.registerWithEmailCode({ email, verifyCode: await main.code(email), password: NEW_PASSWORD });
    expect((await main.ciam.loginWithPassword({ userName: email, password: NEW_PASSWORD })).status).toBe("SUCCESS");
  });
});

describe("CIAM account settings", () => {
  test("hasPassword → changePassword → UPDATE_PWD_SMS code change → updateMobile → updateEmail, each signed in with the id_token", async () => {
    const mock = await world();
    const account = DEFAULT_USERS.ciam[0];
    if (!account?.mobile || !account.password)
      throw new Error("the first default CIAM user has a mobile and a password");
    const login = await mock.ciam.loginWithMobilePassword({ mobile: account.mobile, password: account.password });
    if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
    const { idToken } = login;
    expect(await mock.ciam.hasPassword({ idToken })).toBe(true);
    await mock.ciam.changePassword({ idToken, oldPassword: account.password, newPassword: NEW_PASSWORD });
    const send = async (to: string, type: "UPDATE_PWD_SMS" | "UPDATE_MOBILE_SMS") =>
      mock.ciam.sendSmsCode({ mobile: to, type, captchaToken: await passCaptcha(mock.ciam, to, mock.mock) });
    await send(account.mobile, "UPDATE_PWD_SMS");
    await mock.ciam.changePasswordWithSmsCode({
      idToken,
      verifyCode: await mock.code(account.mobile),
      newPassword: "Another-2026",
    });
    const moved = "13922223333";
    await send(moved, "UPDATE_MOBILE_SMS");
    await mock.ciam.updateMobile({ idToken, mobile: moved, verifyCode: await mock.code(moved) });
    const email = "moved@example.com";
    await mock.ciam.sendEmailCode({
      email,
      type: "UPDATE_EMAIL_EMS",
      captchaToken: await passCaptcha(mock.ciam, email, mock.mock),
    });
    await mock.ciam.updateEmail({ idToken, email, verifyCode: await mock.code(email) });
    const again = await mock.ciam.loginWithPassword({ userName: email, password: "Another-2026" });
    expect(again.status).toBe("SUCCESS");
    const stale = await refusal(mock.ciam.hasPassword({ idToken: "not-an-id-token" }));
    expect(stale.code).toBe("IDAAS.SDK.PARAM.0016");
  });
});

test("every answer the clients got validates against the spec", () => {
  expect(undocumentedAnswers()).toEqual([]);
});
