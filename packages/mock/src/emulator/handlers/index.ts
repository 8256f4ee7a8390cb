// One handler per operation, keyed by product and operationId: what the emulator does with a valid request. A
// handler reads the request from its one Context, checks what it names against the store, and answers through the
// journey's steps and the spec's replies. Every operation of the bundles has one (handlers.test.ts checks it).
import type { Product } from "../../products.js";
import { getCaptcha, verifyCaptcha } from "./captcha.js";
import { codeLogin, listCountryCodes, secondFactor, send } from "./codes.js";
import type { Handler } from "./common.js";
import {
  loginWithAccount,
  loginWithMobilePassword,
  loginWithUserName,
  skipPasswordUpdate,
  updatePassword,
  updatePasswordWithCode,
} from "./passwords.js";
import { getMobileByStateToken, register, resetPassword } from "./registration.js";
import { refreshIdToken } from "./sessions.js";
import { changePassword, changePasswordWithCode, hasPassword, moveTo } from "./signed-in.js";

export type { Handler } from "./common.js";

/**
 * What every product does alike. The code types are the send operations' enums as each consuming page names them
 * (spec/README.md, "Send types"): e.g. EIAM's resets and password changes take `CHANGE_PWD_*`, CIAM's `UPDATE_PWD_*`.
 */
const BOTH = {
  getCaptcha,
  verifyCaptcha,
  sendSmsCode: send("sms"),
  sendEmailCode: send("email"),
  loginWithMobileCode: codeLogin("sms", "LOGIN_SMS"),
  loginWithEmailCode: codeLogin("email", "LOGIN_EMS"),
  updatePassword,
  skipPasswordUpdate,
  refreshIdToken,
  registerWithMobileCode: register("sms", "REGISTER_SMS"),
  updateEmail: moveTo("email", "UPDATE_EMAIL_EMS"),
  hasPassword,
  listCountryCodes,
};

export const HANDLERS: Readonly<Record<Product, Readonly<Record<string, Handler>>>> = {
  eiam: {
    ...BOTH,
    verifyMfaEmail: secondFactor("EMAIL", "email", "MFA_AUTH_EMS"),
    verifyMfaSms: secondFactor("SMS", "sms", "MFA_AUTH_SMS"),
    loginWithPassword: loginWithUserName,
    updatePasswordWithSmsCode: updatePasswordWithCode("sms", "CHANGE_PWD_SMS"),
    updatePasswordWithEmailCode: updatePasswordWithCode("email", "CHANGE_PWD_EMS"),
    getMobileByStateToken,
    resetPasswordWithSmsCode: resetPassword("sms", "CHANGE_PWD_SMS"),
    resetPasswordWithEmailCode: resetPassword("email", "CHANGE_PWD_EMS"),
    changePasswordWithSmsCode: changePasswordWithCode("sms", "CHANGE_PWD_SMS"),
    changePasswordWithEmailCode: changePasswordWithCode("email", "CHANGE_PWD_EMS"),
  },
  ciam: {
    ...BOTH,
    loginWithMobilePassword,
    loginWithPassword: loginWithAccount,
    registerWithEmailCode: register("email", "REGISTER_EMS"),
    changePassword,
    changePasswordWithSmsCode: changePasswordWithCode("sms", "UPDATE_PWD_SMS"),
    changePasswordWithEmailCode: changePasswordWithCode("email", "UPDATE_PWD_EMS"),
    updateMobile: moveTo("sms", "UPDATE_MOBILE_SMS"),
  },
};
