// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// The CIAM client's interface: a method per operation, named by its operationId, documented by
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
import type {
  ChangePasswordInput,
  ChangePasswordWithEmailCodeInput,
  ChangePasswordWithSmsCodeInput,
  HasPasswordInput,
  LoginWithEmailCodeInput,
  LoginWithMobileCodeInput,
  LoginWithMobilePasswordInput,
  LoginWithPasswordInput,
  RefreshIdTokenInput,
  RegisterWithEmailCodeInput,
  RegisterWithMobileCodeInput,
  SendEmailCodeInput,
  SendSmsCodeInput,
  SkipPasswordUpdateInput,
  UpdateEmailInput,
  UpdateMobileInput,
  UpdatePasswordInput,
  VerifyCaptchaInput,
} from "./inputs.js";
import type { InjectedHeader, OperationId, operations as operationFacts } from "./operations.js";
import type {
  LoginWithEmailCodeResult,
  LoginWithMobileCodeResult,
  LoginWithMobilePasswordResult,
  LoginWithPasswordResult,
  RegisterWithEmailCodeResult,
  RegisterWithMobileCodeResult,
  SkipPasswordUpdateResult,
  UpdatePasswordResult,
} from "./results.js";

/** The CIAM client: every operation of the spec as a method, and `withDevice`. */
export interface CiamClient {
  /**
   * Log in with mobile number and password.
   *
   * Logs a customer in with their mobile number and password. Repeated failures lock the account
   * (`IDAAS.SDK.LOGIN.0001`), so the SDK never retries this call, not even when you opt in to retries.
   *
   * The result is one of four statuses:
   * - `SUCCESS`: the user is logged in; `session_token`, `expire` and `id_token` are returned.
   * - `PASSWORD_WARN`: the password expires soon (only when the tenant checks expiry); `state_token` and the password policy in `data`. No session yet: `updatePassword` or `skipPasswordUpdate` logs the user in.
   * - `PASSWORD_EXPIRED`: the password has expired and must be changed; `state_token` and the password policy in `data`. `updatePassword` logs the user in.
   * - `ACCESS_DENIED`: the tenant's policy refuses the login.
   */
  loginWithMobilePassword(input: LoginWithMobilePasswordInput, options?: CallOptions): Promise<LoginWithMobilePasswordResult>;
  /**
   * Log in with email and email code.
   *
   * Logs a customer in with their email address and the code sent by the "send email verification code" API with
   * type `LOGIN_EMS` (the user passes a graphical captcha before the code is sent). Depending on the tenant's
   * registration settings the user may be registered automatically.
   *
   * The only documented status is `SUCCESS`: `session_token`, `expire` and `id_token` are returned.
   */
  loginWithEmailCode(input: LoginWithEmailCodeInput, options?: CallOptions): Promise<LoginWithEmailCodeResult>;
  /**
   * Log in with mobile number and SMS code.
   *
   * Logs a customer in with their mobile number and the SMS code sent by `sendSmsCode` with type `LOGIN_SMS` (the
   * user passes a graphical captcha before the code is sent). Depending on the tenant's registration settings the
   * user may be registered automatically.
   *
   * The only documented status is `SUCCESS`: `session_token`, `expire` and `id_token` are returned. The EIAM call
   * on the same path has other statuses and errors.
   *
   * What the vendor's page does not say (its stored copy stops at the `status` row of the response table): the
   * statuses the table lists and its error table. The only documented error is `IDAAS.SDK.CAPTCHA.0007`; its Chinese
   * message and action are those of the CIAM email-code login's table.
   */
  loginWithMobileCode(input: LoginWithMobileCodeInput, options?: CallOptions): Promise<LoginWithMobileCodeResult>;
  /**
   * Send an SMS verification code.
   *
   * Sends an SMS verification code to a mobile number for one of CIAM's six scenarios (`type`; CIAM's list, not
   * EIAM's). The user must first pass the graphical captcha; its token goes in `captcha_token`. Success is HTTP 200
   * with an empty body.
   *
   * The operation that takes the code of each type: `LOGIN_SMS` → `loginWithMobileCode`; `REGISTER_SMS` →
   * `registerWithMobileCode`; `UPDATE_PWD_SMS` → `changePasswordWithSmsCode` (sent to the signed-in user's own
   * number); `UPDATE_MOBILE_SMS` → `updateMobile` (sent to the new number). No CIAM page documents a forgot-password
   * API by mobile number (searched on both documentation sites; CIAM's `/pwd/update-by-mobile` is the signed-in
   * change), so no operation takes `FORGET_PWD_SMS`. `BIND_MOBILE_SMS` and the `REGISTER_SMS` of a social account need
   * the third-party login operations, which come in a later issue. A code of a type no operation takes is sent (and
   * paid for) to no use.
   *
   * Each send costs money and is a target for abuse: the SDK never retries it.
   *
   * What the vendor's page does not say (its stored copy stops inside the error example): its response and error
   * tables, the end of the message of `IDAAS.SDK.CAPTCHA.0006` (only "Failed to send verification c" is shown) and
   * whether `mobile` needs its area code for other scenarios than `UPDATE_PWD_SMS`. The only documented error is
   * `IDAAS.SDK.CAPTCHA.0006`, with no Chinese message or action.
   */
  sendSmsCode(input: SendSmsCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Send an email verification code.
   *
   * Sends an email verification code to an address for one of CIAM's six scenarios (`type`; CIAM's list, not
   * EIAM's), for example `LOGIN_EMS` before `loginWithEmailCode`. The user must first pass the graphical captcha;
   * its token goes in `captcha_token`. Success is HTTP 200 with an empty body.
   *
   * The operation that takes the code of each type: `LOGIN_EMS` → `loginWithEmailCode`; `REGISTER_EMS` →
   * `registerWithEmailCode`; `UPDATE_PWD_EMS` → `changePasswordWithEmailCode` (sent to the signed-in user's own
   * address); `UPDATE_EMAIL_EMS` → `updateEmail` (sent to the new address). `FORGET_PWD_EMS` is the code of CIAM's
   * "Forgot Password via Email" page (reset-password-by-email.html), whose call is `POST /api/v2/sdk/pwd/update-by-email`
   * without `Authorization`, with `email`, `verify_code` and `password`: the method and path of
   * `changePasswordWithEmailCode`. One OpenAPI document holds one operation per method and path, so the reset cannot be
   * a second operation of this spec, and no operation here takes `FORGET_PWD_EMS`. `BIND_EMAIL_EMS` and the
   * `REGISTER_EMS` of a social account need the third-party login operations, which come in a later issue. A code of a
   * type no operation takes is sent (and paid for) to no use.
   *
   * Each send costs money and is a target for abuse: the SDK never retries it.
   *
   * What the vendor's page does not say (its stored copy stops inside the error example): its response and error
   * tables, and the message of `IDAAS.SDK.CAPTCHA.0006` (the SMS page shows its first words, "Failed to send
   * verification c"). The only documented error is `IDAAS.SDK.CAPTCHA.0006`, with no Chinese message or action.
   */
  sendEmailCode(input: SendEmailCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Change the password after PASSWORD_WARN or PASSWORD_EXPIRED.
   *
   * Changes the password of a user whose password login answered `PASSWORD_WARN` (about to expire) or
   * `PASSWORD_EXPIRED` (expired), and logs them in: until this call (or, after `PASSWORD_WARN`,
   * `skipPasswordUpdate`) succeeds, the user has no session. Pass that login's `state_token` as the `X-state-token`
   * header and the current and new passwords in the body.
   *
   * The result is `SUCCESS` (`session_token`, `expire`, `id_token`) or `ACCESS_DENIED`. The SDK never retries it:
   * a repeated change could be refused by the password history.
   *
   * What the vendor's page does not say (its stored copy stops in the response table): a code for a wrong old
   * password or for a new password that breaks the policy, and whether the state token survives a failed attempt.
   * Its purpose names the "username and password login", where the CIAM login that answers these statuses is mobile
   * + password. It shows no `ACCESS_DENIED` example; the spec's is the login's. The only documented error is
   * `IDAAS.SDK.PARAM.0014`, with no Chinese message or action.
   */
  updatePassword(input: UpdatePasswordInput, options?: CallOptions): Promise<UpdatePasswordResult>;
  /**
   * Skip the password change after PASSWORD_WARN.
   *
   * Logs in a user whose password login answered `PASSWORD_WARN` (the password is about to expire) and who chose
   * not to change it now: until this call (or `updatePassword`) succeeds, the user has no session. Pass that login's
   * `state_token` as the `X-state-token` header. It takes no body.
   *
   * The result is `SUCCESS` (`session_token`, `expire`, `id_token`) or `ACCESS_DENIED`.
   *
   * What the vendor's page does not say (its stored copy stops in the response table): what happens with the state
   * token of a `PASSWORD_EXPIRED` answer (the page is for "about to expire" only; an expired password must be
   * changed), and whether the state token can be used twice. It lists `content-type` as a header of this GET, which
   * has no body, and shows no `ACCESS_DENIED` example; the spec's is the login's. The only documented error is
   * `IDAAS.SDK.PARAM.0014`, with no Chinese message or action.
   */
  skipPasswordUpdate(input: SkipPasswordUpdateInput, options?: CallOptions): Promise<SkipPasswordUpdateResult>;
  /**
   * Get a slider captcha.
   *
   * Starts the human check that comes before every SMS or email code: returns a slider captcha, a background image
   * with a gap and the piece that fills it, with its `token` and, when the tenant encrypts the answer, its
   * `secretKey`. Show the images, let the user drag the piece into the gap, then call `verifyCaptcha`.
   *
   * The answer has the fields of the open-source AJ-Captcha; the page shows one response row (`captchaId`), and the
   * EIAM pages of the Huawei OneAccess mirror describe the others. The only documented error is the page's example,
   * `IDAAS.SDK.PARAM.0001`; its error table is not captured.
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
   * The page's response and error tables are not captured: the only documented error is its example,
   * `IDAAS.SDK.CAPTCHA.0002`; whether an expired captcha answers the same is not documented.
   */
  verifyCaptcha(input: VerifyCaptchaInput, options?: CallOptions): Promise<ReturnType<typeof toCaptchaVerifyResult>>;
  /**
   * Get a new id_token for a session token.
   *
   * Exchanges the user's `session_token`, sent as the `session-token` header (CIAM's spelling, without `X-`), for a
   * new `id_token` (valid for 5 minutes by default). When the tenant refreshes session tokens automatically, the
   * answer carries a new `session_token` too, which the application must keep; otherwise it is the one sent. A
   * repeat after a lost answer would send the replaced token, so the SDK never retries it.
   *
   * The page's copy stops inside its response table, before the error table: the only documented error is its
   * example, `IDAAS.SDK.PARAM.0023` (an invalid or expired session token).
   */
  refreshIdToken(input: RefreshIdTokenInput, options?: CallOptions): Promise<ReturnType<typeof toIdTokenRefresh>>;
  /**
   * Log in with an account (user name, mobile number or email) and password.
   *
   * CIAM's unified account + password login ("Unified User Password Login"): one call for a user name, a mobile
   * number or an email address (`user_name`, the page's "Account") with the password. Repeated failures lock the
   * account (`IDAAS.SDK.LOGIN.0001`, as on the mobile + password login), so the SDK never retries this call, not
   * even when you opt in to retries.
   *
   * The result is one of four statuses:
   * - `SUCCESS`: the user is logged in; `session_token`, `expire` and `id_token` are returned.
   * - `PASSWORD_WARN`: the password expires soon (only when the tenant checks expiry); `state_token` and the password policy in `data`. No session yet: `updatePassword` or `skipPasswordUpdate` logs the user in.
   * - `PASSWORD_EXPIRED`: the password has expired and must be changed; `state_token` and the password policy in `data`. `updatePassword` logs the user in.
   * - `ACCESS_DENIED`: the tenant's policy refuses the login.
   *
   * What the vendor's page does not say (its stored copy stops inside its second example, `PASSWORD_WARN`): its
   * response and error tables. It shows `SUCCESS` and `PASSWORD_WARN` only; `PASSWORD_EXPIRED` and `ACCESS_DENIED` are
   * the statuses of the mobile + password login page, whose description and first two examples this page repeats but
   * for the API's name (their examples are marked assumed). It shows no error code; the codes listed are that page's. Whether a mobile
   * number must carry its area code, and whether a user name, a mobile number and an email address that name
   * different users are told apart, are not documented.
   */
  loginWithPassword(input: LoginWithPasswordInput, options?: CallOptions): Promise<LoginWithPasswordResult>;
  /**
   * Register a customer with a mobile number and an SMS code.
   *
   * Creates a user from a registration form verified by a code: `mobile` and the code sent by `sendSmsCode` with
   * type `REGISTER_SMS` (the user passes a graphical captcha before the code is sent), and optionally the user's name,
   * password (`pwd`) and other attributes. Only `mobile` and `verify_code` are required by the API; a tenant may
   * make more attributes mandatory in its user attribute definitions (the page says so).
   *
   * The SDK never retries it: the call consumes its code and creates a user.
   *
   * What the vendor's page does not say (its stored copy stops in its request table, at the `head_img` row; the
   * Huawei OneAccess mirror of the EIAM twin, same path and fields, stops at `last_name`): its response and error
   * tables and any response or error example. The success shape here is assumed: `SUCCESS` with
   * `session_token`, `expire` and `id_token`, as the CIAM code logins answer (which may register the user
   * automatically) and as the Huawei mirror documents for the one registration API whose response it shows
   * (`/api/v2/sdk/social/register-bind`); whether a registration logs the user in is not documented. No page
   * documents a code for a mobile number that is already registered, a refused password, or a
   * missing attribute the tenant requires; the wrong-code error is the one the CIAM code pages document.
   */
  registerWithMobileCode(input: RegisterWithMobileCodeInput, options?: CallOptions): Promise<RegisterWithMobileCodeResult>;
  /**
   * Register a customer with an email address and an email code.
   *
   * Creates a user from a registration form verified by a code: `email` and the code sent by `sendEmailCode` with
   * type `REGISTER_EMS` (the user passes a graphical captcha before the code is sent), and optionally the user's name,
   * password (`pwd`) and other attributes. Only `email` and `verify_code` are required by the API; a tenant may
   * make more attributes mandatory in its user attribute definitions (the page says so).
   *
   * The SDK never retries it: the call consumes its code and creates a user.
   *
   * What the vendor's page does not say (its stored copy stops in its request table, at the `head_img` row; no other
   * copy exists: EIAM's email send names an email registration API, but no page of it was found): its response and error
   * tables and any response or error example. The success shape here is assumed: `SUCCESS` with
   * `session_token`, `expire` and `id_token`, as the CIAM code logins answer (which may register the user
   * automatically) and as the Huawei mirror documents for the one registration API whose response it shows
   * (`/api/v2/sdk/social/register-bind`); whether a registration logs the user in is not documented. No page
   * documents a code for an email address that is already registered, a refused password, or a
   * missing attribute the tenant requires; the wrong-code error is the one the CIAM code pages document.
   */
  registerWithEmailCode(input: RegisterWithEmailCodeInput, options?: CallOptions): Promise<RegisterWithEmailCodeResult>;
  /**
   * Change the signed-in user's password with the current one.
   *
   * Changes the password of a signed-in user ("Change Personal Password Using Current Password"), one of three ways
   * with `changePasswordWithSmsCode` and `changePasswordWithEmailCode`. Pass the user's id_token (the
   * `Authorization: Bearer` header). Call `hasPassword` first: "If a password is already set, the current password
   * must be passed in the parameters. If no password is set, only the new password needs to be passed", so
   * `old_password` may be left out only for a user without a password (one registered by code without `pwd`).
   * Success is HTTP 200 with an empty body.
   *
   * The SDK never retries it: a repeated change could be refused by the password history.
   *
   * What the vendor's page does not say (its stored copy stops after the error example's message): its error table,
   * a code for a wrong current password or for a new password that breaks the policy, what an omitted current
   * password answers when the user has one, and whether the session and id_token survive the change. The only
   * documented error is `IDAAS.SDK.PARAM.0016`, with no Chinese message or action.
   */
  changePassword(input: ChangePasswordInput, options?: CallOptions): Promise<void>;
  /**
   * Change the signed-in user's password with an SMS code.
   *
   * Changes the password of a signed-in user with an SMS code ("Change Personal Password via Mobile Phone Number"):
   * send the code with `sendSmsCode` and type `UPDATE_PWD_SMS` (the send page: the mobile number "includes full area
   * code"), then pass it with the new password and the user's id_token (the `Authorization: Bearer` header). The
   * body has no mobile number: the code is the one sent to the user's own. Success is HTTP 200 with an empty body.
   *
   * On CIAM this path changes a signed-in user's password; EIAM's `/api/v2/sdk/pwd/update-by-mobile` resets a
   * forgotten one (other body, other code type). The SDK never retries it: the code is single-use.
   *
   * What the vendor's page does not say (its stored copy stops in the first row of its error table, inside the
   * Chinese message): the rest of its error table, a code for a refused id_token or for a new password that breaks the
   * policy, and whether the code must have gone to the user's own number. Its header table marks `Authorization`
   * "No" while its text says the call needs it; the spec requires it.
   */
  changePasswordWithSmsCode(input: ChangePasswordWithSmsCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Change the signed-in user's password with an email code.
   *
   * Changes the password of a signed-in user with an email code ("Change Personal Password via Email"): send the code
   * with `sendEmailCode` and type `UPDATE_PWD_EMS`, then pass it with the new password and the user's id_token (the
   * `Authorization: Bearer` header). The body has no email address: the code is the one sent to the user's own.
   * Success is HTTP 200 with an empty body.
   *
   * On CIAM this path changes a signed-in user's password; EIAM's `/api/v2/sdk/pwd/update-by-email` resets a
   * forgotten one. CIAM documents that use too: its "Forgot Password via Email" page
   * (user-self-service/reset-password-by-email.html) puts, on this same method and path, a call without
   * `Authorization` whose body is `email`, `verify_code` (type `FORGET_PWD_EMS`) and `password`; this operation
   * describes the signed-in change only. The SDK never retries it: the code is single-use.
   *
   * What the vendor's page does not say (its stored copy stops in the first row of its error table, inside the
   * second line): the rest of its error table, a code for a refused id_token or for a new password that breaks the
   * policy, and whether the code must have gone to the user's own address. It labels `verify_code` "SMS
   * Verification Code" although it is the email code.
   */
  changePasswordWithEmailCode(input: ChangePasswordWithEmailCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Tell whether the signed-in user has a password.
   *
   * Answers whether the signed-in user has set a password (`is_set_pwd`), for the password change: "first call this
   * API to check if the current user has set a password", then `changePassword` with the current password, or
   * without it when there is none. Pass the user's id_token (the `Authorization: Bearer` header). It takes no body.
   * A user registered by code without `pwd` has none.
   *
   * What the vendor's page does not say (its stored copy stops in the third row of its error table, inside the
   * action): the rest of that table. It types `is_set_pwd` String although its example answers the boolean `true`;
   * the spec follows the example. It lists `content-type` as a header of this GET, which has no body.
   */
  hasPassword(input: HasPasswordInput, options?: CallOptions): Promise<ReturnType<typeof toPasswordExists>>;
  /**
   * Change the signed-in user's mobile number.
   *
   * Replaces the signed-in user's mobile number ("Update Personal Mobile Number"): send a code to the new number
   * with `sendSmsCode` and type `UPDATE_MOBILE_SMS`, then pass the new number and that code with the user's id_token
   * (the `Authorization: Bearer` header). Success is HTTP 200 with an empty body.
   *
   * The SDK never retries it: the code is single-use.
   *
   * What the vendor's page does not say (its stored copy stops in the second row of its error table, inside the
   * action): the rest of that table, a code for a wrong code or for a number another user already has, whether the
   * number needs its area code, and whether the session and id_token (whose claims carry the old number) stay
   * valid. Its header table names its second column "Description" instead of "Chinese Name", and the second line of
   * `IDAAS.SDK.PARAM.0001` is English where the other pages have 设备信息不完整.
   */
  updateMobile(input: UpdateMobileInput, options?: CallOptions): Promise<void>;
  /**
   * Change the signed-in user's email address.
   *
   * Replaces the signed-in user's email address ("Update Personal Email"): send a code to the new address with
   * `sendEmailCode` and type `UPDATE_EMAIL_EMS`, then pass the new address and that code with the user's id_token
   * (the `Authorization: Bearer` header). Success is HTTP 200 with an empty body.
   *
   * The SDK never retries it: the code is single-use.
   *
   * What the vendor's page does not say (its stored copy stops in the second row of its error table, inside the
   * message: "clientId can", the code `IDAAS.SDK.PARAM.0002`, whose whole message the other CIAM pages give): the
   * rest of that table, a code for a wrong code or for an address another user already has, and whether the session
   * and id_token (whose claims carry the old address) stay valid. Its headings carry a template leak,
   * "{/examples/}" ("Request Example {/examples/}").
   */
  updateEmail(input: UpdateEmailInput, options?: CallOptions): Promise<void>;
  /**
   * List the supported international dialling codes.
   *
   * Lists the international dialling codes the tenant supports ("Get International Dialing Codes"), each with its
   * display names and a regular expression for its mobile numbers, for a number field's code picker and check. It
   * takes no body and no token.
   *
   * What the vendor's page does not say (every stored copy stops inside the example's list): the end of the list,
   * its response and error tables and any error example. The field descriptions are the Huawei OneAccess mirror's
   * (EIAM's `ListCountryCodes`), which also lists `preferredAreaCode`, never seen in an example; it types
   * `areaCodeSuffixes` String, while every example answers an array. The page lists `content-type` as a header of
   * this GET, which has no body. No page ties an error code to this call; `IDAAS.SDK.PARAM.0001` and
   * `IDAAS.SDK.PARAM.0002` are the header errors every captured CIAM error table begins with.
   */
  listCountryCodes(input?: undefined, options?: CallOptions): Promise<ReturnType<typeof toCountryCodes>>;
  /**
   * A client that sends `device` (any of its fields, over this client's) with every call, on the same transport:
   * only `device` is checked, like the client's own. A server makes one per incoming request.
   */
  withDevice(device: Partial<DeviceInfo>): CiamClient;
}

// Every operation of openapi-typescript's output of the spec has its method, and the client no other but withDevice.
export type _EveryOperation = Assert<Equal<Exclude<keyof CiamClient, "withDevice">, OperationId>>;
// Each method takes exactly the arguments of its facts (one with a captcha point: below).
export type _EveryInputFits = Assert<
  Equal<
    MisfitInputs<Omit<CiamClient, "verifyCaptcha" | "withDevice">, Omit<typeof operationFacts, "verifyCaptcha">, InjectedHeader>,
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
