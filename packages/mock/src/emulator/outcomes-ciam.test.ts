// Every outcome the CIAM spec gives the emulator (each success `status` of each operation, and each error its
// `x-mock-when.emulator` assigns to a rule) has a scenario here that produces it, and no scenario is left without an
// outcome: a rule added to the spec fails this test until the emulator produces it. A scenario that changes a user
// has a user of its own.
import { expectOutcomes, NEW_PASSWORD, PASSWORD, type Scenario, scenarioWorld } from "../test-support/scenarios.js";

const { s, mobile, email, login, stateToken, withState, withIdToken } = scenarioWorld(
  "ciam",
  "132000000",
  [
    ["plain", {}],
    ["warn", { passwordState: "warn" }],
    ["expired", { passwordState: "expired" }],
    ["denied", { accessDenied: true }],
    ["disabled", { disabled: true }],
    ["locked", {}],
    ["auth-locked", {}],
    ["update", { passwordState: "expired" }],
    ["update-denied", { passwordState: "warn", accessDenied: true }],
    ["update-locked", { passwordState: "warn" }],
    ["skip", { passwordState: "warn" }],
    ["skip-denied", { passwordState: "warn", accessDenied: true }],
    ["changer", {}],
    ["change-locked", {}],
    ["code-changer", {}],
    ["mover", {}],
  ],
  { operationId: "loginWithMobilePassword", field: "mobile", by: "mobile" },
);

const loginAs = (account: string, password = PASSWORD) =>
  s.passwordLogin("loginWithPassword", "user_name", account, password);
const withCode = async (operationId: string, name: string, to: string, type: string, body: Record<string, unknown>) => {
  const idToken = await s.idToken(mobile(name));
  return s.call(operationId, { options: { idToken }, body: { ...body, verify_code: await s.code(to, type) } });
};
const register = async (operationId: string, field: "mobile" | "email", to: string, type: string, right = true) =>
  s.call(operationId, { body: { [field]: to, verify_code: right ? await s.code(to, type) : "000000" } });
const changeBody = { old_password: PASSWORD, new_password: NEW_PASSWORD };

const SCENARIOS: Record<string, Scenario> = {
  "getCaptcha 200": () => s.call("getCaptcha"),
  "verifyCaptcha 200": () => s.verify(),
  "verifyCaptcha IDAAS.SDK.CAPTCHA.0002": () => s.verify(false),
  "sendSmsCode 200": () => s.send("13299999999"),
  "sendSmsCode IDAAS.SDK.CAPTCHA.0006": () => s.send("13299999999", false),
  "sendEmailCode 200": () => s.send("x@example.com"),
  "sendEmailCode IDAAS.SDK.CAPTCHA.0006": () => s.send("x@example.com", false),
  "loginWithMobileCode SUCCESS": () => s.codeLogin(mobile("plain")),
  "loginWithMobileCode IDAAS.SDK.CAPTCHA.0007": () => s.codeLogin(mobile("plain"), "000000"),
  "loginWithMobileCode IDAAS.SDK.USER.0001": () => s.codeLogin("13299999999"),
  "loginWithMobileCode IDAAS.SDK.USER.0039": () => s.codeLogin(mobile("disabled")),
  "loginWithEmailCode SUCCESS": () => s.codeLogin(email("plain")),
  "loginWithEmailCode IDAAS.SDK.CAPTCHA.0007": () => s.codeLogin(email("plain"), "000000"),
  "loginWithEmailCode IDAAS.SDK.USER.0001": () => s.codeLogin("nobody@example.com"),
  "loginWithEmailCode IDAAS.SDK.USER.0039": () => s.codeLogin(email("disabled")),
  "loginWithMobilePassword SUCCESS": () => login("plain"),
  "loginWithMobilePassword PASSWORD_WARN": () => login("warn"),
  "loginWithMobilePassword PASSWORD_EXPIRED": () => login("expired"),
  "loginWithMobilePassword ACCESS_DENIED": () => login("denied"),
  "loginWithMobilePassword IDAAS.SDK.USER.0039": () => login("disabled"),
  "loginWithMobilePassword IDAAS.SDK.LOGIN.0002": () => login("plain", "wrong"),
  "loginWithMobilePassword IDAAS.SDK.LOGIN.0001": () => s.untilLocked(() => login("locked", "wrong")),
  "loginWithPassword SUCCESS": () => loginAs("plain"),
  "loginWithPassword PASSWORD_WARN": () => loginAs(mobile("warn")),
  "loginWithPassword PASSWORD_EXPIRED": () => loginAs(email("expired")),
  "loginWithPassword ACCESS_DENIED": () => loginAs("denied"),
  "loginWithPassword IDAAS.SDK.USER.0039": () => loginAs("disabled"),
  "loginWithPassword IDAAS.SDK.LOGIN.0002": () => loginAs("plain", "wrong"),
  "loginWithPassword IDAAS.SDK.LOGIN.0001": () => s.untilLocked(() => loginAs("auth-locked", "wrong")),
  "updatePassword SUCCESS": () => withState("updatePassword", "update", changeBody),
  "updatePassword ACCESS_DENIED": () => withState("updatePassword", "update-denied", changeBody),
  "updatePassword IDAAS.SDK.PARAM.0014": () => withState("updatePassword", "bogus", changeBody),
  "updatePassword IDAAS.SDK.LOGIN.0002": () =>
    withState("updatePassword", "warn", { ...changeBody, old_password: "wrong" }),
  "updatePassword IDAAS.SDK.LOGIN.0001": async () => {
    const state = await stateToken("update-locked");
    const body = { ...changeBody, old_password: "wrong" };
    return s.untilLocked(() => s.call("updatePassword", { options: { stateToken: state }, body }));
  },
  "skipPasswordUpdate SUCCESS": () => withState("skipPasswordUpdate", "skip"),
  "skipPasswordUpdate ACCESS_DENIED": () => withState("skipPasswordUpdate", "skip-denied"),
  "skipPasswordUpdate IDAAS.SDK.PARAM.0014": () => withState("skipPasswordUpdate", "expired"),
  "refreshIdToken 200": async () => s.refresh(s.tokenOf(await login("plain"), "session_token")),
  "refreshIdToken IDAAS.SDK.PARAM.0023": () => s.refresh(),
  "registerWithMobileCode SUCCESS": () => register("registerWithMobileCode", "mobile", "13288888888", "REGISTER_SMS"),
  "registerWithMobileCode IDAAS.SDK.CAPTCHA.0007": () =>
    register("registerWithMobileCode", "mobile", "13277777777", "REGISTER_SMS", false),
  "registerWithEmailCode SUCCESS": () => register("registerWithEmailCode", "email", "new@example.com", "REGISTER_EMS"),
  "registerWithEmailCode IDAAS.SDK.CAPTCHA.0007": () =>
    register("registerWithEmailCode", "email", "other@example.com", "REGISTER_EMS", false),
  "changePassword 200": () => withIdToken("changePassword", "changer", changeBody),
  "changePassword IDAAS.SDK.LOGIN.0002": () =>
    withIdToken("changePassword", "plain", { ...changeBody, old_password: "wrong" }),
  "changePassword IDAAS.SDK.LOGIN.0001": async () => {
    const idToken = await s.idToken(mobile("change-locked"));
    const body = { ...changeBody, old_password: "wrong" };
    return s.untilLocked(() => s.call("changePassword", { options: { idToken }, body }));
  },
  "changePassword IDAAS.SDK.PARAM.0016": () => withIdToken("changePassword", "bogus", changeBody),
  "changePasswordWithSmsCode 200": () =>
    withCode("changePasswordWithSmsCode", "code-changer", mobile("code-changer"), "UPDATE_PWD_SMS", {
      password: NEW_PASSWORD,
    }),
  "changePasswordWithSmsCode IDAAS.SDK.CAPTCHA.0007": () =>
    withIdToken("changePasswordWithSmsCode", "plain", { verify_code: "000000", password: NEW_PASSWORD }),
  "changePasswordWithSmsCode IDAAS.SDK.PARAM.0016": () =>
    withIdToken("changePasswordWithSmsCode", "bogus", { verify_code: "000000", password: NEW_PASSWORD }),
  "changePasswordWithEmailCode 200": () =>
    withCode("changePasswordWithEmailCode", "code-changer", email("code-changer"), "UPDATE_PWD_EMS", {
      password: NEW_PASSWORD,
    }),
  "changePasswordWithEmailCode IDAAS.SDK.CAPTCHA.0007": () =>
    withIdToken("changePasswordWithEmailCode", "plain", { verify_code: "000000", password: NEW_PASSWORD }),
  "changePasswordWithEmailCode IDAAS.SDK.PARAM.0016": () =>
    withIdToken("changePasswordWithEmailCode", "bogus", { verify_code: "000000", password: NEW_PASSWORD }),
  "hasPassword 200": () => withIdToken("hasPassword", "plain"),
  "hasPassword IDAAS.SDK.PARAM.0016": () => withIdToken("hasPassword", "bogus"),
  "updateMobile 200": () =>
    withCode("updateMobile", "mover", "13266666666", "UPDATE_MOBILE_SMS", { mobile: "13266666666" }),
  "updateMobile IDAAS.SDK.CAPTCHA.0007": () =>
    withIdToken("updateMobile", "plain", { mobile: "13255555555", verify_code: "000000" }),
  "updateMobile IDAAS.SDK.PARAM.0016": () =>
    withIdToken("updateMobile", "bogus", { mobile: "13255555555", verify_code: "000000" }),
  "updateEmail 200": () =>
    withCode("updateEmail", "plain", "moved@example.com", "UPDATE_EMAIL_EMS", { email: "moved@example.com" }),
  "updateEmail IDAAS.SDK.CAPTCHA.0007": () =>
    withIdToken("updateEmail", "warn", { email: "another@example.com", verify_code: "000000" }),
  "updateEmail IDAAS.SDK.PARAM.0016": () =>
    withIdToken("updateEmail", "bogus", { email: "another@example.com", verify_code: "000000" }),
  "listCountryCodes 200": () => s.call("listCountryCodes"),
};

expectOutcomes("ciam", SCENARIOS);
