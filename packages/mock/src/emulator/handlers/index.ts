// One handler per operation, keyed by product and operationId: what the emulator does with a valid request. A
// handler reads the request from its one Context, checks what it names against the store, and answers through the
// journey's steps and the spec's replies. Every operation of the bundles has one (handlers.test.ts checks it).
import type { Product } from "../../products.js";
import { getCaptcha, verifyCaptcha } from "./captcha.js";
import { codeLogin, secondFactor, send } from "./codes.js";
import type { Handler } from "./common.js";
import { loginWithMobilePassword, skipPasswordUpdate, updatePassword } from "./passwords.js";
import { refreshIdToken } from "./sessions.js";

export type { Handler } from "./common.js";

/** What every product does alike. */
const BOTH = {
  getCaptcha,
  verifyCaptcha,
  sendSmsCode: send("sms"),
  sendEmailCode: send("email"),
  loginWithMobileCode: codeLogin("sms", "LOGIN_SMS"),
  refreshIdToken,
};

export const HANDLERS: Readonly<Record<Product, Readonly<Record<string, Handler>>>> = {
  eiam: {
    ...BOTH,
    verifyMfaEmail: secondFactor("EMAIL", "email", "MFA_AUTH_EMS"),
    verifyMfaSms: secondFactor("SMS", "sms", "MFA_AUTH_SMS"),
  },
  ciam: {
    ...BOTH,
    loginWithEmailCode: codeLogin("email", "LOGIN_EMS"),
    loginWithMobilePassword,
    updatePassword,
    skipPasswordUpdate,
  },
};
