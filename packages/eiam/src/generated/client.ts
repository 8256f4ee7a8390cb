// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// The EIAM client's interface: a method per operation, named by its operationId, documented by
// its summary and description, its input and result those of ./inputs.ts and ./results.ts, or what its function reads.

import type { CallOptions, DeviceInfo } from "@idaas-sdk/core";
import type {
  Assert,
  Equal,
  MisfitInputs,
  toCaptchaChallenge,
  toCaptchaVerifyResult,
  toCountryCodes,
  toIdTokenRefresh,
  toPasswordExists,
} from "@idaas-sdk/core/internal";
import type { toEiamMobileByStateToken } from "../results.js";
import type {
  ChangePasswordWithEmailCodeInput,
  ChangePasswordWithSmsCodeInput,
  GetMobileByStateTokenInput,
  HasPasswordInput,
  LoginWithEmailCodeInput,
  LoginWithMobileCodeInput,
  LoginWithPasswordInput,
  RefreshIdTokenInput,
  RegisterWithMobileCodeInput,
  ResetPasswordWithEmailCodeInput,
  ResetPasswordWithSmsCodeInput,
  SendEmailCodeInput,
  SendSmsCodeInput,
  SkipPasswordUpdateInput,
  UpdateEmailInput,
  UpdatePasswordInput,
  UpdatePasswordWithEmailCodeInput,
  UpdatePasswordWithSmsCodeInput,
  VerifyCaptchaInput,
  VerifyMfaEmailInput,
  VerifyMfaSmsInput,
} from "./inputs.js";
import type { InjectedHeader, OperationId, operations as operationFacts } from "./operations.js";
import type {
  LoginWithEmailCodeResult,
  LoginWithMobileCodeResult,
  LoginWithPasswordResult,
  RegisterWithMobileCodeResult,
  SkipPasswordUpdateResult,
  UpdatePasswordResult,
  UpdatePasswordWithEmailCodeResult,
  UpdatePasswordWithSmsCodeResult,
  VerifyMfaEmailResult,
  VerifyMfaSmsResult,
} from "./results.js";

/** The EIAM client: every operation of the spec as a method, and `withDevice`. */
export interface EiamClient {
  /**
   * Log in with mobile number and SMS code.
   *
   * Logs a user in with their mobile number and the SMS code sent by `sendSmsCode` with type `LOGIN_SMS`
   * (the user passes a graphical captcha before the code is sent). Depending on the tenant's configuration the
   * user may be registered automatically.
   *
   * The result is one of three statuses:
   * - `SUCCESS`: the user is logged in; `session_token`, `expire` and `id_token` are returned.
   * - `MFA_AUTH`: a second factor is needed; `data` lists the methods and `state_token` goes to `verifyMfaEmail`.
   * - `ACCESS_DENIED`: the tenant's policy refuses the login; `data` holds the reason as text.
   */
  loginWithMobileCode(input: LoginWithMobileCodeInput, options?: CallOptions): Promise<LoginWithMobileCodeResult>;
  /**
   * Second factor with email and email code.
   *
   * Completes a login whose status was `MFA_AUTH` with the email code sent by the "send email verification code"
   * API with type `MFA_AUTH_EMS`. Pass the login's `state_token` as the `X-state-token` header.
   *
   * The result is `SUCCESS` (`session_token`, `expire`, `id_token`) or `ACCESS_DENIED`.
   */
  verifyMfaEmail(input: VerifyMfaEmailInput, options?: CallOptions): Promise<VerifyMfaEmailResult>;
  /**
   * Send an SMS verification code.
   *
   * Sends an SMS verification code to a mobile number for one of seven scenarios (`type`). The user must first pass
   * the graphical captcha; its token goes in `captcha_token`. Success is HTTP 200 with an empty body.
   *
   * The operation that takes the code of each type: `LOGIN_SMS` → `loginWithMobileCode`; `REGISTER_SMS` →
   * `registerWithMobileCode`; `MFA_AUTH_SMS` → `verifyMfaSms` (`getMobileByStateToken` gives the number);
   * `CHANGE_PWD_SMS` → `updatePasswordWithSmsCode` (password expired or about to), `changePasswordWithSmsCode`
   * (signed in) and `resetPasswordWithSmsCode` (forgot password). This page describes `FORGET_PWD_SMS` as the code of
   * password recovery, but the recovery page asks for `CHANGE_PWD_SMS` and the spec follows it: no operation takes
   * `FORGET_PWD_SMS`. No EIAM page updates the mobile number, so none takes `UPDATE_MOBILE_SMS`. `BIND_MOBILE_SMS` and
   * the `REGISTER_SMS` of a social account need the third-party login operations, which come in a later issue. A code
   * of a type no operation takes is sent (and paid for) to no use.
   *
   * Each send costs money and is a target for abuse: the SDK never retries it.
   */
  sendSmsCode(input: SendSmsCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Get a slider captcha.
   *
   * Starts the human check that comes before every SMS or email code: returns a slider captcha, a background image
   * with a gap and the piece that fills it, with its `token` and, when the tenant encrypts the answer, its
   * `secretKey`. Show the images, let the user drag the piece into the gap, then call `verifyCaptcha`.
   *
   * The answer has the fields of the open-source AJ-Captcha; the page shows one response row (`captchaId`), and the
   * Huawei OneAccess mirror describes the others. The only documented error is EIAM's general `SDK.COMMON.1001`.
   */
  getCaptcha(input?: undefined, options?: CallOptions): Promise<ReturnType<typeof toCaptchaChallenge>>;
  /**
   * Check a slider captcha.
   *
   * Checks where the user dropped the piece of the captcha `token` (`point_json`), for the `sender` that will get
   * the code. A pass returns the `captcha_token` that `sendSmsCode` and `sendEmailCode` require.
   *
   * The SDK builds `point_json` from `point` (`{ x, y }`, `y` fixed at 5), encrypted with the captcha's `secretKey`
   * when it has one. In AJ-Captcha, whose fields the captcha has, a token is checked once, pass or fail: the SDK
   * never retries this call; after a failure, get a new captcha.
   *
   * The page shows no response table and no error beyond EIAM's general `SDK.COMMON.1001`; what a wrong slide or an
   * expired captcha answers is not documented.
   */
  verifyCaptcha(input: VerifyCaptchaInput, options?: CallOptions): Promise<ReturnType<typeof toCaptchaVerifyResult>>;
  /**
   * Send an email verification code.
   *
   * Sends an email verification code to an address for one of EIAM's seven scenarios (`type`), for example
   * `MFA_AUTH_EMS` before `verifyMfaEmail`. The user must first pass the graphical captcha; its token goes in
   * `captcha_token`. Success is HTTP 200 with an empty body.
   *
   * The operation that takes the code of each type: `LOGIN_EMS` → `loginWithEmailCode`; `MFA_AUTH_EMS` →
   * `verifyMfaEmail`; `CHANGE_PWD_EMS` → `updatePasswordWithEmailCode` (password expired or about to),
   * `changePasswordWithEmailCode` (signed in) and `resetPasswordWithEmailCode` (forgot password); `UPDATE_EMAIL_EMS`
   * → `updateEmail` (sent to the new address). This page describes `FORGET_PWD_EMS` as the code of password recovery,
   * but the recovery page asks for `CHANGE_PWD_EMS` and the spec follows it: no operation takes `FORGET_PWD_EMS`.
   * `REGISTER_EMS` (this page names an email registration API that no EIAM page documents), `BIND_EMAIL_EMS` and the
   * `REGISTER_EMS` of a social account need the third-party login operations, which come in a later issue. A code of a
   * type no operation takes is sent (and paid for) to no use.
   *
   * Each send costs money and is a target for abuse: the SDK never retries it.
   */
  sendEmailCode(input: SendEmailCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Second factor with mobile number and SMS code.
   *
   * Completes a login whose status was `MFA_AUTH` with the SMS code sent by `sendSmsCode` with type
   * `MFA_AUTH_SMS`. Pass the login's `state_token` as the `X-state-token` header.
   *
   * The result is `SUCCESS` (`session_token`, `expire`, `id_token`) or `ACCESS_DENIED`.
   *
   * What the vendor's page does not say (its stored copy stops inside the success example's `id_token`): its status
   * table and its error codes. The statuses are those of the email second factor, whose page lists them; its success
   * example begins as the email page's (same `status`, `expire`, `session_token` and `id_token` start), whose whole
   * example the spec shows. The only error is EIAM's general `SDK.COMMON.1001`, as on the other EIAM pages. No page says whether `MFA_AUTH` lists
   * this method as `"SMS"`.
   */
  verifyMfaSms(input: VerifyMfaSmsInput, options?: CallOptions): Promise<VerifyMfaSmsResult>;
  /**
   * Get a new id_token for a session token.
   *
   * Exchanges the user's `session_token`, sent as the `X-session-token` header, for a new `id_token` (valid for 2
   * hours by default). When the tenant refreshes session tokens automatically, the answer carries a new
   * `session_token` too, which the application must keep. A repeat after a lost answer would send the replaced
   * token, so the SDK never retries it.
   *
   * The page's copy stops inside the success example: it shows no response table and no error code, so the only
   * documented error is EIAM's general `SDK.COMMON.1001`; what an expired session token answers is not documented.
   */
  refreshIdToken(input: RefreshIdTokenInput, options?: CallOptions): Promise<ReturnType<typeof toIdTokenRefresh>>;
  /**
   * Log in with user name and password.
   *
   * Logs a user in with their user name and password. The result is one of five statuses (the Huawei OneAccess
   * mirror's list):
   * - `SUCCESS`: the user is logged in; `session_token`, `expire` and `id_token` are returned.
   * - `PASSWORD_WARN`: the password expires soon (when the tenant checks expiry); `state_token` and the password
   *   policy in `data`. No session yet: `updatePassword` (or its SMS and email code variants) or `skipPasswordUpdate`
   *   logs the user in.
   * - `PASSWORD_EXPIRED`: the password has expired and must be changed: `updatePassword` or its code variants.
   * - `MFA_AUTH`: a second factor is needed; `state_token` goes to `verifyMfaSms` (the mirror names the SMS second
   *   factor, after `getMobileByStateToken`) or `verifyMfaEmail`.
   * - `ACCESS_DENIED`: the tenant's policy refuses the login.
   *
   * Repeated failures lock the user (`SDK.LOGIN.1003`), and a repeat after a lost answer would count as one more
   * attempt: the SDK never retries this call.
   *
   * What the vendor's pages do not say: the bccastle page's copy stops inside its first success example, so the
   * bodies of `PASSWORD_WARN`, `PASSWORD_EXPIRED`, `MFA_AUTH` and `ACCESS_DENIED` are assumed (`x-idaas-assumed`
   * on their examples), and neither site shows an error table. No EIAM page gives the code of a wrong user name or
   * password, nor says after how many failures, and for how long, the user is locked.
   */
  loginWithPassword(input: LoginWithPasswordInput, options?: CallOptions): Promise<LoginWithPasswordResult>;
  /**
   * Log in with email and email code.
   *
   * Logs a user in with their email address and the email code sent by `sendEmailCode` with type `LOGIN_EMS` (the
   * user passes a graphical captcha before the code is sent). Depending on the tenant's registration settings the
   * user may be registered automatically.
   *
   * The result is one of three statuses:
   * - `SUCCESS`: the user is logged in; `session_token`, `expire` and `id_token` are returned.
   * - `MFA_AUTH`: a second factor is needed; `data` lists the methods and `state_token` goes to the second factor.
   * - `ACCESS_DENIED`: the tenant's policy refuses the login; `data` holds the reason as text.
   *
   * A code is used once: the SDK never retries this call.
   *
   * What the vendor's page does not say (its copy stops inside its first success example): its status table and its
   * errors. The statuses are those of its twin, the mobile + SMS code login, whose page lists them; `MFA_AUTH` and
   * `ACCESS_DENIED` are assumed (`x-idaas-assumed` on their examples).
   */
  loginWithEmailCode(input: LoginWithEmailCodeInput, options?: CallOptions): Promise<LoginWithEmailCodeResult>;
  /**
   * Change the password after PASSWORD_WARN or PASSWORD_EXPIRED.
   *
   * Changes the password of a user whose password login (`loginWithPassword`) answered `PASSWORD_WARN` (about to
   * expire; the user chose to change it) or `PASSWORD_EXPIRED` (expired), and logs them in: until this call (or a
   * code variant, or after `PASSWORD_WARN` `skipPasswordUpdate`) succeeds, the user has no session. Pass that
   * login's `state_token` as the `X-state-token` header and the current and new passwords in the body. Without the
   * old password, `updatePasswordWithSmsCode` and `updatePasswordWithEmailCode` prove the user by a code instead.
   *
   * The result is `SUCCESS` (`session_token`, `expire`, `id_token`) or `ACCESS_DENIED`. The SDK never retries
   * it: a repeated change could be refused by the password history.
   *
   * What the vendor's pages do not say (the copy stops inside the success example; the Huawei mirror's table is cut
   * after `session_token`): the status list (`ACCESS_DENIED` is assumed from the CIAM twin page, `x-idaas-assumed`
   * on its example), any error code, what a wrong old password or a new password that breaks the policy answers, and
   * whether the state token survives a failed attempt.
   */
  updatePassword(input: UpdatePasswordInput, options?: CallOptions): Promise<UpdatePasswordResult>;
  /**
   * Skip the password change after PASSWORD_WARN.
   *
   * Logs in a user whose password login (`loginWithPassword`) answered `PASSWORD_WARN` (the password is about to
   * expire) and who chose not to change it now: until this call (or a password change) succeeds, the user has no
   * session. Pass that login's `state_token` as the `X-state-token` header. It takes no body.
   *
   * The result is `SUCCESS` (`session_token`, `expire`, `id_token`) or `ACCESS_DENIED`.
   *
   * What the vendor's pages do not say (the copy stops inside the success example; the Huawei mirror's table gives
   * `status` as "Login process status identifier." with no values): the status list (`ACCESS_DENIED` is assumed from
   * the CIAM twin page, `x-idaas-assumed` on its example), any error code, what the state token of a
   * `PASSWORD_EXPIRED` answer gets (both sites describe the call for a password "about to expire" only), and whether
   * the state token can be used twice.
   */
  skipPasswordUpdate(input: SkipPasswordUpdateInput, options?: CallOptions): Promise<SkipPasswordUpdateResult>;
  /**
   * Change the password with an SMS code after PASSWORD_WARN or PASSWORD_EXPIRED.
   *
   * Changes the password of a user whose password login (`loginWithPassword`) answered `PASSWORD_WARN` or
   * `PASSWORD_EXPIRED`, proving the user by the SMS code sent by `sendSmsCode` with type `CHANGE_PWD_SMS` instead of the old
   * password, and logs them in. Pass that login's `state_token` as the `X-state-token` header. The code goes to the user's own mobile number: `getMobileByStateToken` shows it.
   *
   * The result is `SUCCESS` (`session_token`, `expire`, `id_token`) or `ACCESS_DENIED`. A code is used once and
   * a repeated change could be refused by the password history: the SDK never retries it.
   *
   * What the vendor's page does not say (its copy stops inside the success example; no Huawei mirror): the status
   * list (`ACCESS_DENIED` is assumed as for `updatePassword`, `x-idaas-assumed` on its example), any error code,
   * what a new password that breaks the policy answers, and whether the state token survives a wrong code.
   */
  updatePasswordWithSmsCode(input: UpdatePasswordWithSmsCodeInput, options?: CallOptions): Promise<UpdatePasswordWithSmsCodeResult>;
  /**
   * Change the password with an email code after PASSWORD_WARN or PASSWORD_EXPIRED.
   *
   * Changes the password of a user whose password login (`loginWithPassword`) answered `PASSWORD_WARN` or
   * `PASSWORD_EXPIRED`, proving the user by the email code sent by `sendEmailCode` with type `CHANGE_PWD_EMS` instead of the old
   * password, and logs them in. Pass that login's `state_token` as the `X-state-token` header. The code goes to the user's own address; no EIAM page gives it back from the state token (there is no email-by-token page), so the application must know it.
   *
   * The result is `SUCCESS` (`session_token`, `expire`, `id_token`) or `ACCESS_DENIED`. A code is used once and
   * a repeated change could be refused by the password history: the SDK never retries it.
   *
   * What the vendor's page does not say (its copy stops inside the success example; no Huawei mirror): the status
   * list (`ACCESS_DENIED` is assumed as for `updatePassword`, `x-idaas-assumed` on its example), any error code,
   * what a new password that breaks the policy answers, and whether the state token survives a wrong code.
   */
  updatePasswordWithEmailCode(input: UpdatePasswordWithEmailCodeInput, options?: CallOptions): Promise<UpdatePasswordWithEmailCodeResult>;
  /**
   * Get the mobile number of a state token's user.
   *
   * Answers the mobile number of the user of an unfinished login, so that the page can say where the SMS code will
   * go: after `PASSWORD_WARN` or `PASSWORD_EXPIRED` (before `sendSmsCode` with type `CHANGE_PWD_SMS` and
   * `updatePasswordWithSmsCode`) or after `MFA_AUTH` (before `sendSmsCode` with type `MFA_AUTH_SMS` and
   * `verifyMfaSms`). Pass the login's `state_token` as the `X-state-token` header. It takes no body and changes
   * nothing: the state token stays usable.
   *
   * The page is captured whole; its only error is the example `SDK.COMMON.1001`. What it does not say: what a user
   * without a mobile number, or a state token that is not accepted, answers.
   */
  getMobileByStateToken(input: GetMobileByStateTokenInput, options?: CallOptions): Promise<ReturnType<typeof toEiamMobileByStateToken>>;
  /**
   * Reset a forgotten password with an SMS code.
   *
   * "Forgot password" on the login page: sets a new password for the user of a mobile number, proven by the SMS code sent
   * to it by `sendSmsCode` (the user passes a graphical captcha before the code is sent). No session is made: after
   * success the user logs in again with the new password. Success is HTTP 200 with an empty body.
   *
   * The code type: this page asks for `CHANGE_PWD_SMS`, while the send page describes `FORGET_PWD_SMS` as the code of the
   * "Retrieve Password" API, this one. The spec follows this page; which of the two the service accepts is not
   * documented, and no other page consumes `FORGET_PWD_SMS`. The path is CIAM's too, where it means a signed-in user's
   * password change: the two products' documents keep them apart.
   *
   * A code is used once and a repeated change could be refused by the password history: the SDK never retries it.
   * What the page does not say: what an unknown mobile number, a wrong code or a new password that breaks the policy
   * answers, and whether a reset ends a lockout. The Huawei OneAccess mirror (`GetBackPwdByMobile.html`) has the same fields and names no code type; its 200 table has one unnamed `-` String row.
   */
  resetPasswordWithSmsCode(input: ResetPasswordWithSmsCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Reset a forgotten password with an email code.
   *
   * "Forgot password" on the login page: sets a new password for the user of a email address, proven by the email code sent
   * to it by `sendEmailCode` (the user passes a graphical captcha before the code is sent). No session is made: after
   * success the user logs in again with the new password. Success is HTTP 200 with an empty body.
   *
   * The code type: this page asks for `CHANGE_PWD_EMS`, while the send page describes `FORGET_PWD_EMS` as the code of the
   * "Retrieve Password" API, this one. The spec follows this page; which of the two the service accepts is not
   * documented, and no other page consumes `FORGET_PWD_EMS`. The path is CIAM's too, where it means a signed-in user's
   * password change: the two products' documents keep them apart.
   *
   * A code is used once and a repeated change could be refused by the password history: the SDK never retries it.
   * What the page does not say: what an unknown email address, a wrong code or a new password that breaks the policy
   * answers, and whether a reset ends a lockout. No Huawei mirror page exists for it.
   */
  resetPasswordWithEmailCode(input: ResetPasswordWithEmailCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Register with mobile number and SMS code.
   *
   * Registers a user through a form verified by an SMS code: the mobile number, the code sent to it by
   * `sendSmsCode` with type `REGISTER_SMS` (after a graphical captcha) and, optionally, the user's attributes
   * (user name, name, email, password, profile fields). Whether an attribute is required follows the tenant's
   * user-attribute settings. A user registered without `pwd` has no password until they set one (`hasPassword`).
   *
   * A code is used once: the SDK never retries this call.
   *
   * What the vendor's pages do not say: every copy (bccastle EIAM and CIAM, the Huawei OneAccess mirror's
   * `RegisterByMobile.html`) stops in the request table, so the answer is not documented. The spec assumes that a
   * registration logs the user in, as the social account registration (`/api/v2/sdk/social/register-bind`, whose
   * Huawei page shows its answer) does: `SUCCESS` with `session_token`, `expire` and `id_token`
   * (`x-idaas-assumed` on the response). Nor do they say what a mobile number that already has a user, or a wrong
   * code, answers, or which attributes the service refuses.
   */
  registerWithMobileCode(input: RegisterWithMobileCodeInput, options?: CallOptions): Promise<RegisterWithMobileCodeResult>;
  /**
   * Change a signed-in user's email address.
   *
   * Replaces the email address of a signed-in user with a new one, proven by the code sent to the new address by
   * `sendEmailCode` with type `UPDATE_EMAIL_EMS`. Pass the user's `id_token` as `Authorization: Bearer
   * <id_token>` (the SDK's `idToken` argument). Success is HTTP 200 with an empty body. The `id_token` already
   * issued still carries the old address until the next one.
   *
   * A code is used once: the SDK never retries this call.
   *
   * What the page does not say (it is captured whole): what an address another user has, a wrong code, or an
   * id_token that is expired or not accepted answers. EIAM documents no page for changing the mobile number. No
   * Huawei mirror page exists for it.
   */
  updateEmail(input: UpdateEmailInput, options?: CallOptions): Promise<void>;
  /**
   * Change a signed-in user's password with an SMS code.
   *
   * Changes the password of a signed-in user, proven by the SMS code sent by `sendSmsCode` with type `CHANGE_PWD_SMS`
   * instead of the old password. Pass the user's `id_token` as `Authorization: Bearer <id_token>` (the SDK's
   * `idToken` argument). Success is HTTP 200 with an empty body; the session stays as it is.
   *
   * A code is used once and a repeated change could be refused by the password history: the SDK never retries it.
   * What the page does not say: which mobile number the code must go to (the body has none; presumably the user's own), what
   * an id_token that is expired or not accepted answers, and what a new password that breaks the policy answers. No
   * Huawei mirror page exists for it.
   */
  changePasswordWithSmsCode(input: ChangePasswordWithSmsCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Change a signed-in user's password with an email code.
   *
   * Changes the password of a signed-in user, proven by the email code sent by `sendEmailCode` with type `CHANGE_PWD_EMS`
   * instead of the old password. Pass the user's `id_token` as `Authorization: Bearer <id_token>` (the SDK's
   * `idToken` argument). Success is HTTP 200 with an empty body; the session stays as it is.
   *
   * A code is used once and a repeated change could be refused by the password history: the SDK never retries it.
   * What the page does not say: which email address the code must go to (the body has none; presumably the user's own), what
   * an id_token that is expired or not accepted answers, and what a new password that breaks the policy answers. No
   * Huawei mirror page exists for it.
   */
  changePasswordWithEmailCode(input: ChangePasswordWithEmailCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Check whether the signed-in user has a password.
   *
   * Tells whether the signed-in user has set a password, before a password change: a user registered by code may
   * have none. Pass the user's `id_token` as `Authorization: Bearer <id_token>` (the SDK's `idToken` argument).
   * It takes no body and changes nothing. The SDK resolves the answer's `is_set_pwd` as a boolean.
   *
   * The page types `is_set_pwd` String while its example is the JSON boolean `true`; the spec follows the example.
   * Its only error is the example `SDK.COMMON.1001`; what an id_token that is expired or not accepted answers is not
   * documented.
   */
  hasPassword(input: HasPasswordInput, options?: CallOptions): Promise<ReturnType<typeof toPasswordExists>>;
  /**
   * List the supported international dialling codes.
   *
   * Lists the international dialling codes the tenant supports, each with its display names (Traditional Chinese,
   * English, Simplified Chinese), its region code and the regular expression of a mobile number, for a dialling-code
   * picker before a mobile number is entered. It takes no body and changes nothing.
   *
   * The EIAM page (in the SDK API's captcha section) and the Huawei OneAccess mirror (`ListCountryCodes.html`, under
   * User APIs / Verification codes) document it. What they do not say: every stored copy stops inside the example's
   * list, so neither its end nor `preferredAreaCode` (described by the mirror only) is shown, and no error is
   * shown. The mirror types `areaCodeSuffixes` String while every example value is an array; the spec follows the
   * examples. EIAM's error code list has `SDK.COMMON.1011` "Failed to obtain the international area code
   * configuration", which no page ties to this call; the spec gives only EIAM's general `SDK.COMMON.1001`.
   */
  listCountryCodes(input?: undefined, options?: CallOptions): Promise<ReturnType<typeof toCountryCodes>>;
  /**
   * A client that sends `device` (any of its fields, over this client's) with every call, on the same transport:
   * only `device` is checked, like the client's own. A server makes one per incoming request.
   */
  withDevice(device: Partial<DeviceInfo>): EiamClient;
}

// Every operation of openapi-typescript's output of the spec has its method, and the client no other but withDevice.
export type _EveryOperation = Assert<Equal<Exclude<keyof EiamClient, "withDevice">, OperationId>>;
// Each method takes exactly the arguments of its facts (one with a captcha point: below).
export type _EveryInputFits = Assert<
  Equal<
    MisfitInputs<Omit<EiamClient, "verifyCaptcha" | "withDevice">, Omit<typeof operationFacts, "verifyCaptcha">, InjectedHeader>,
    never
  >
>;
// verifyCaptcha: the input with the captcha point built already, sent as it is.
export type _PointInputsFit = Assert<
  Equal<
    MisfitInputs<
      {
        verifyCaptcha: (input: Omit<Extract<VerifyCaptchaInput, { pointJson: string }>, "point" | "secretKey">) => unknown;
      },
      Pick<typeof operationFacts, "verifyCaptcha">,
      InjectedHeader
    >,
    never
  >
>;
