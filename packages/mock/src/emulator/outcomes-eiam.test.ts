// Every outcome the EIAM spec gives the emulator (each success `status` of each operation, and each error its
// `x-mock-when.emulator` assigns to a rule) has a scenario here that produces it, and no scenario is left without an
// outcome: a rule added to the spec fails this test until the emulator produces it. A scenario that changes a user
// has a user of its own.
import { expectOutcomes, NEW_PASSWORD, PASSWORD, type Scenario, scenarioWorld } from "../test-support/scenarios.js";

const { s, mobile, email, login, stateToken, withState, withIdToken } = scenarioWorld(
  "eiam",
  "131000000",
  [
    ["plain", {}],
    ["mfa", { mfa: ["EMAIL", "SMS"] }],
    ["mfa-denied", { mfa: ["EMAIL", "SMS"], accessDenied: true }],
    ["denied", { accessDenied: true }],
    ["warn", { passwordState: "warn" }],
    ["expired", { passwordState: "expired" }],
    ["locked", {}],
    ["update", { passwordState: "expired" }],
    ["update-denied", { passwordState: "warn", accessDenied: true }],
    ["update-locked", { passwordState: "warn" }],
    ["skip", { passwordState: "warn" }],
    ["skip-denied", { passwordState: "warn", accessDenied: true }],
    ["sms-update", { passwordState: "expired" }],
    ["sms-denied", { passwordState: "expired", accessDenied: true }],
    ["email-update", { passwordState: "expired" }],
    ["email-denied", { passwordState: "expired", accessDenied: true }],
    ["reset", {}],
    ["changer", {}],
    ["mover", {}],
  ],
  { operationId: "loginWithPassword", field: "user_name", by: "userName" },
);

/** A second factor by `method`, on the user's MFA_AUTH state token, with a code of the MFA type (or a wrong one). */
const secondFactor = async (name: string, method: "EMAIL" | "SMS", right = true) => {
  const state = s.tokenOf(await s.codeLogin(mobile(name)), "state_token");
  const [to, type, operationId, field] =
    method === "EMAIL"
      ? [email(name), "MFA_AUTH_EMS", "verifyMfaEmail", "email"]
      : [mobile(name), "MFA_AUTH_SMS", "verifyMfaSms", "mobile"];
  const verify_code = right ? await s.code(to, type) : "000000";
  return s.call(operationId, { options: { stateToken: state }, body: { [field]: to, verify_code } });
};
/** A code of `type` sent to `to`, or a wrong one, as `verify_code`. */
const codeFor = async (to: string, type: string, right = true) => (right ? s.code(to, type) : "000000");
const updateWithCode = async (operationId: string, name: string, channel: "sms" | "email", right = true) => {
  const verify_code = await codeFor(
    channel === "sms" ? mobile(name) : email(name),
    `CHANGE_PWD_${channel === "sms" ? "SMS" : "EMS"}`,
    right,
  );
  return withState(operationId, name, { verify_code, new_password: NEW_PASSWORD });
};
const reset = async (operationId: string, field: "mobile" | "email", to: string, type: string, right = true) =>
  s.call(operationId, { body: { [field]: to, verify_code: await codeFor(to, type, right), password: NEW_PASSWORD } });
const changeWithCode = async (operationId: string, name: string, channel: "sms" | "email", right = true) => {
  const idToken = await s.idToken(mobile(name));
  const to = channel === "sms" ? mobile(name) : email(name);
  const verify_code = await codeFor(to, `CHANGE_PWD_${channel === "sms" ? "SMS" : "EMS"}`, right);
  return s.call(operationId, { options: { idToken }, body: { verify_code, password: NEW_PASSWORD } });
};

const SCENARIOS: Record<string, Scenario> = {
  "getCaptcha 200": () => s.call("getCaptcha"),
  "verifyCaptcha 200": () => s.verify(),
  "verifyCaptcha SDK.COMMON.1006": () => s.verify(false),
  "sendSmsCode 200": () => s.send("13199999999"),
  "sendSmsCode SDK.COMMON.1006": () => s.send("13199999999", false),
  "sendEmailCode 200": () => s.send("x@example.com"),
  "sendEmailCode SDK.COMMON.1006": () => s.send("x@example.com", false),
  "loginWithMobileCode SUCCESS": () => s.codeLogin(mobile("plain")),
  "loginWithMobileCode MFA_AUTH": () => s.codeLogin(mobile("mfa")),
  "loginWithMobileCode ACCESS_DENIED": () => s.codeLogin(mobile("denied")),
  "loginWithMobileCode SDK.SMS.1005": () => s.codeLogin(mobile("plain"), "000000"),
  "loginWithMobileCode SDK.COMMON.1013": () => s.codeLogin("13199999999"),
  "loginWithEmailCode SUCCESS": () => s.codeLogin(email("plain")),
  "loginWithEmailCode MFA_AUTH": () => s.codeLogin(email("mfa")),
  "loginWithEmailCode ACCESS_DENIED": () => s.codeLogin(email("denied")),
  "loginWithEmailCode SDK.SMS.1006": () => s.codeLogin(email("plain"), "000000"),
  "loginWithEmailCode SDK.COMMON.1013": () => s.codeLogin("nobody@example.com"),
  "verifyMfaEmail SUCCESS": () => secondFactor("mfa", "EMAIL"),
  "verifyMfaEmail ACCESS_DENIED": () => secondFactor("mfa-denied", "EMAIL"),
  "verifyMfaEmail SDK.SMS.1006": () => secondFactor("mfa", "EMAIL", false),
  "verifyMfaEmail SDK.COMMON.1006": () => secondFactor("plain", "EMAIL"),
  "verifyMfaSms SUCCESS": () => secondFactor("mfa", "SMS"),
  "verifyMfaSms ACCESS_DENIED": () => secondFactor("mfa-denied", "SMS"),
  "verifyMfaSms SDK.SMS.1005": () => secondFactor("mfa", "SMS", false),
  "verifyMfaSms SDK.COMMON.1006": () => secondFactor("plain", "SMS"),
  "refreshIdToken 200": async () => s.refresh(s.tokenOf(await s.codeLogin(mobile("plain")), "session_token")),
  "refreshIdToken SDK.COMMON.1006": () => s.refresh(),
  "loginWithPassword SUCCESS": () => login("plain"),
  "loginWithPassword PASSWORD_WARN": () => login("warn"),
  "loginWithPassword PASSWORD_EXPIRED": () => login("expired"),
  "loginWithPassword MFA_AUTH": () => login("mfa"),
  "loginWithPassword ACCESS_DENIED": () => login("denied"),
  "loginWithPassword SDK.LOGIN.1003": () => s.untilLocked(() => login("locked", "wrong")),
  "updatePassword SUCCESS": () =>
    withState("updatePassword", "update", { old_password: PASSWORD, new_password: NEW_PASSWORD }),
  "updatePassword ACCESS_DENIED": () =>
    withState("updatePassword", "update-denied", { old_password: PASSWORD, new_password: NEW_PASSWORD }),
  "updatePassword SDK.COMMON.1006": () =>
    withState("updatePassword", "bogus", { old_password: "a", new_password: "b" }),
  "updatePassword SDK.LOGIN.1003": async () => {
    const state = await stateToken("update-locked");
    const body = { old_password: "wrong", new_password: NEW_PASSWORD };
    return s.untilLocked(() => s.call("updatePassword", { options: { stateToken: state }, body }));
  },
  "skipPasswordUpdate SUCCESS": () => withState("skipPasswordUpdate", "skip"),
  "skipPasswordUpdate ACCESS_DENIED": () => withState("skipPasswordUpdate", "skip-denied"),
  "skipPasswordUpdate SDK.COMMON.1006": () => withState("skipPasswordUpdate", "expired"),
  "updatePasswordWithSmsCode SUCCESS": () => updateWithCode("updatePasswordWithSmsCode", "sms-update", "sms"),
  "updatePasswordWithSmsCode ACCESS_DENIED": () => updateWithCode("updatePasswordWithSmsCode", "sms-denied", "sms"),
  "updatePasswordWithSmsCode SDK.SMS.1005": () => updateWithCode("updatePasswordWithSmsCode", "warn", "sms", false),
  "updatePasswordWithSmsCode SDK.COMMON.1006": () =>
    withState("updatePasswordWithSmsCode", "bogus", { verify_code: "000000", new_password: NEW_PASSWORD }),
  "updatePasswordWithEmailCode SUCCESS": () => updateWithCode("updatePasswordWithEmailCode", "email-update", "email"),
  "updatePasswordWithEmailCode ACCESS_DENIED": () =>
    updateWithCode("updatePasswordWithEmailCode", "email-denied", "email"),
  "updatePasswordWithEmailCode SDK.SMS.1006": () =>
    updateWithCode("updatePasswordWithEmailCode", "warn", "email", false),
  "updatePasswordWithEmailCode SDK.COMMON.1006": () =>
    withState("updatePasswordWithEmailCode", "bogus", { verify_code: "000000", new_password: NEW_PASSWORD }),
  "getMobileByStateToken 200": () => withState("getMobileByStateToken", "warn"),
  "getMobileByStateToken SDK.COMMON.1006": () => withState("getMobileByStateToken", "bogus"),
  "resetPasswordWithSmsCode 200": () => reset("resetPasswordWithSmsCode", "mobile", mobile("reset"), "CHANGE_PWD_SMS"),
  "resetPasswordWithSmsCode SDK.SMS.1005": () =>
    reset("resetPasswordWithSmsCode", "mobile", mobile("reset"), "CHANGE_PWD_SMS", false),
  "resetPasswordWithSmsCode SDK.COMMON.1013": () =>
    reset("resetPasswordWithSmsCode", "mobile", "13199999999", "CHANGE_PWD_SMS"),
  "resetPasswordWithEmailCode 200": () =>
    reset("resetPasswordWithEmailCode", "email", email("reset"), "CHANGE_PWD_EMS"),
  "resetPasswordWithEmailCode SDK.SMS.1006": () =>
    reset("resetPasswordWithEmailCode", "email", email("reset"), "CHANGE_PWD_EMS", false),
  "resetPasswordWithEmailCode SDK.COMMON.1013": () =>
    reset("resetPasswordWithEmailCode", "email", "nobody@example.com", "CHANGE_PWD_EMS"),
  "registerWithMobileCode SUCCESS": async () =>
    s.call("registerWithMobileCode", {
      body: { mobile: "13188888888", verify_code: await s.code("13188888888", "REGISTER_SMS") },
    }),
  "registerWithMobileCode SDK.SMS.1005": () =>
    s.call("registerWithMobileCode", { body: { mobile: "13177777777", verify_code: "000000" } }),
  "updateEmail 200": async () =>
    withIdToken("updateEmail", "mover", {
      email: "moved@example.com",
      verify_code: await s.code("moved@example.com", "UPDATE_EMAIL_EMS"),
    }),
  "updateEmail SDK.SMS.1006": () =>
    withIdToken("updateEmail", "plain", { email: "new@example.com", verify_code: "000000" }),
  "updateEmail SDK.COMMON.1006": () =>
    withIdToken("updateEmail", "bogus", { email: "new@example.com", verify_code: "000000" }),
  "changePasswordWithSmsCode 200": () => changeWithCode("changePasswordWithSmsCode", "changer", "sms"),
  "changePasswordWithSmsCode SDK.SMS.1005": () => changeWithCode("changePasswordWithSmsCode", "plain", "sms", false),
  "changePasswordWithSmsCode SDK.COMMON.1006": () =>
    withIdToken("changePasswordWithSmsCode", "bogus", { verify_code: "000000", password: NEW_PASSWORD }),
  "changePasswordWithEmailCode 200": () => changeWithCode("changePasswordWithEmailCode", "changer", "email"),
  "changePasswordWithEmailCode SDK.SMS.1006": () =>
    changeWithCode("changePasswordWithEmailCode", "plain", "email", false),
  "changePasswordWithEmailCode SDK.COMMON.1006": () =>
    withIdToken("changePasswordWithEmailCode", "bogus", { verify_code: "000000", password: NEW_PASSWORD }),
  "hasPassword 200": () => withIdToken("hasPassword", "plain"),
  "hasPassword SDK.COMMON.1006": () => withIdToken("hasPassword", "bogus"),
  "listCountryCodes 200": () => s.call("listCountryCodes"),
};

expectOutcomes("eiam", SCENARIOS);
