// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// What each CIAM operation takes: its header arguments, then its body fields under their call
// arguments, each documented by the spec's description of it.

export type { VerifyCaptchaInput } from "@idaas-sdk/core";
import type { RequestBody } from "./operations.js";

/** The input of `loginWithMobilePassword`. */
export interface LoginWithMobilePasswordInput {
  /** Mobile number. The SDK masks it in logs and errors (`138****5678`). */
  mobile: RequestBody<"loginWithMobilePassword">["mobile"];
  /** The user's password. It is a credential; the SDK never logs it. */
  password: RequestBody<"loginWithMobilePassword">["password"];
}

/** The input of `loginWithEmailCode`. */
export interface LoginWithEmailCodeInput {
  /** Email address. The SDK masks it in logs and errors (`z***@qq.com`). */
  email: RequestBody<"loginWithEmailCode">["email"];
  /**
   * The email code, sent by the "send email verification code" API with `type` `LOGIN_EMS`. It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"loginWithEmailCode">["verify_code"];
}

/** The input of `loginWithMobileCode`. */
export interface LoginWithMobileCodeInput {
  /** Mobile number. The SDK masks it in logs and errors (`138****5678`). */
  mobile: RequestBody<"loginWithMobileCode">["mobile"];
  /**
   * The SMS code, sent with `POST /api/v2/sdk/sms/send` and `type` `LOGIN_SMS`. It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"loginWithMobileCode">["verify_code"];
}

/** The input of `sendSmsCode`. */
export interface SendSmsCodeInput {
  /** Mobile number. The SDK masks it in logs and errors (`138****5678`). */
  mobile: RequestBody<"sendSmsCode">["mobile"];
  /**
   * The scenario the CIAM SMS code is sent for (发送场景). The code is only accepted by the API of its scenario; each
   * value below names the operation that takes its code, or says that none does and why. CIAM's list differs from
   * EIAM's (`SmsType`): no `MFA_AUTH_SMS` or `CHANGE_PWD_SMS`, and `UPDATE_PWD_SMS` instead.
   */
  type: RequestBody<"sendSmsCode">["type"];
  /**
   * Token proving that the user passed the graphical captcha: the `captcha_token` that `verifyCaptcha` answers for
   * the slider of `getCaptcha`. It is a credential; the SDK never logs it.
   */
  captchaToken: RequestBody<"sendSmsCode">["captcha_token"];
}

/** The input of `sendEmailCode`. */
export interface SendEmailCodeInput {
  /** Email address. The SDK masks it in logs and errors (`z***@qq.com`). */
  email: RequestBody<"sendEmailCode">["email"];
  /**
   * The scenario the CIAM email code is sent for (发送场景). The code is only accepted by the API of its scenario; each
   * value below names the operation that takes its code, or says that none does and why. CIAM's list differs from
   * EIAM's: no `MFA_AUTH_EMS` or `CHANGE_PWD_EMS`, and `UPDATE_PWD_EMS` instead.
   */
  type: RequestBody<"sendEmailCode">["type"];
  /**
   * Token proving that the user passed the graphical captcha: the `captcha_token` that `verifyCaptcha` answers for
   * the slider of `getCaptcha`. It is a credential; the SDK never logs it.
   */
  captchaToken: RequestBody<"sendEmailCode">["captcha_token"];
}

/** The input of `updatePassword`. */
export interface UpdatePasswordInput {
  /**
   * The `state_token` of the `PASSWORD_WARN` or `PASSWORD_EXPIRED` result of `loginWithPassword` or
   * `loginWithMobilePassword`. It is a credential; the SDK never logs it.
   */
  stateToken: string;
  /** The user's current password (原密码). It is a credential; the SDK never logs it. */
  oldPassword: RequestBody<"updatePassword">["old_password"];
  /**
   * The new password (新密码). The pages imply, without saying it, that it must satisfy the password policy in the
   * `data` of the `PASSWORD_WARN` / `PASSWORD_EXPIRED` answer: check it against that policy first, with the SDK's
   * `checkPassword`. It is a credential; the SDK never logs it.
   */
  newPassword: RequestBody<"updatePassword">["new_password"];
}

/** The input of `skipPasswordUpdate`. */
export interface SkipPasswordUpdateInput {
  /**
   * The `state_token` of the `PASSWORD_WARN` result of `loginWithPassword` or `loginWithMobilePassword` (after
   * `PASSWORD_EXPIRED`, `updatePassword` logs the user in). It is a credential; the SDK never logs it.
   */
  stateToken: string;
}

/** The input of `refreshIdToken`. */
export interface RefreshIdTokenInput {
  /**
   * The `session_token` of the `SUCCESS` result that logged the user in, or the one the last refresh answered (a new
   * one when the tenant refreshes session tokens automatically). It is a credential; the SDK never logs it.
   */
  sessionToken: string;
}

/** The input of `loginWithPassword`. */
export interface LoginWithPasswordInput {
  /**
   * The account (账号; the page's "Account"): what the user typed, a user name, a mobile number or an email address
   * ("Unified User Password Login": username / mobile / email + password on one page). The page does not say
   * whether a mobile number needs its area code. The SDK hides it in logs and errors, whichever it is.
   */
  userName: RequestBody<"loginWithPassword">["user_name"];
  /** The user's password (密码). It is a credential; the SDK never logs it. */
  password: RequestBody<"loginWithPassword">["password"];
}

/**
 * The input of `registerWithMobileCode`.
 *
 * A form registration verified by an SMS code. Only `mobile` and `verify_code` are required by the API; the page:
 * "Except for required parameters, other parameters need to refer to the field mandatory configuration in the IDaaS
 * user attribute definition", so a tenant may make more of them mandatory. The page's example also carries
 * `extension` (an object of custom attributes, `{"age": "18"}`), which its captured field table does not reach and
 * which the SDK's scalar call arguments cannot carry: it is not part of this body.
 */
export interface RegisterWithMobileCodeInput {
  /** User name (the page's "Username"). Optional. */
  userName?: RequestBody<"registerWithMobileCode">["user_name"];
  /** The user's name (the page's "Name"; the email registration page says "Full Name"). Optional. */
  name?: RequestBody<"registerWithMobileCode">["name"];
  /** The mobile number to register (the page's "Mobile Number"); the number the code was sent to. */
  mobile: RequestBody<"registerWithMobileCode">["mobile"];
  /**
   * The SMS code, sent by `sendSmsCode` with `type` `REGISTER_SMS` to `mobile`. The page's example has 4 digits
   * (`1234`). It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"registerWithMobileCode">["verify_code"];
  /** Email address (the page's "Email"). Optional. */
  email?: RequestBody<"registerWithMobileCode">["email"];
  /**
   * The password to set (the page's "Password"). Optional: a user registered without one has no password
   * (`hasPassword` answers false) until they set one with `changePassword` (no old password) or a code. The page
   * does not say which password policy applies or what a refused one answers. It is a credential; the SDK never
   * logs it.
   */
  password?: RequestBody<"registerWithMobileCode">["pwd"];
  /**
   * Avatar, as a URL (the page's "Avatar (URL)"; the Huawei mirror's "Profile picture. Enter the URL."). Optional
   * according to the mirror; the bccastle page is cut in this row.
   */
  headImg?: RequestBody<"registerWithMobileCode">["head_img"];
  /** Gender (the Huawei mirror's "Gender."), for example `male`; the allowed values are not documented. Optional. */
  attrGender?: RequestBody<"registerWithMobileCode">["attr_gender"];
  /** Date of birth, `yyyy-MM-dd` (the Huawei mirror's "Date of birth. Format: yyyy-MM-dd."). Optional. */
  attrBirthday?: RequestBody<"registerWithMobileCode">["attr_birthday"];
  /** Nickname (the Huawei mirror's "Alias."). Optional. */
  attrNickName?: RequestBody<"registerWithMobileCode">["attr_nick_name"];
  /** Mailing address. Only in the page's request example (no captured table row describes it). Optional. */
  mailingAddress?: RequestBody<"registerWithMobileCode">["mailing_address"];
  /** Zip code. Only in the page's request example (no captured table row describes it). Optional. */
  zipCode?: RequestBody<"registerWithMobileCode">["zip_code"];
  /** First name (the Huawei mirror describes it as "Name.", as `name`). Optional. */
  firstName?: RequestBody<"registerWithMobileCode">["first_name"];
  /** Middle name (the Huawei mirror's "Middle name."). Optional. */
  middleName?: RequestBody<"registerWithMobileCode">["middle_name"];
  /** Last name (the Huawei mirror's row is cut after "Last n"). Optional. */
  lastName?: RequestBody<"registerWithMobileCode">["last_name"];
  /** Industry. Only in the page's request example (no captured table row describes it). Optional. */
  industry?: RequestBody<"registerWithMobileCode">["industry"];
}

/**
 * The input of `registerWithEmailCode`.
 *
 * A form registration verified by an email code. Only `email` and `verify_code` are required by the API; the page:
 * "Apart from the mandatory parameters, other parameters need to reference whether the fields are configured as
 * required in the IDaaS user attribute definitions". The optional fields are those of the SMS registration (the page's
 * example has the same keys; its captured table stops at `head_img`). The example's `extension` object is not part of
 * this body (see `CiamMobileCodeRegisterRequest`).
 */
export interface RegisterWithEmailCodeInput {
  /** User name (the page's "Username"). Optional. */
  userName?: RequestBody<"registerWithEmailCode">["user_name"];
  /** The user's name (the page's "Name"; the email registration page says "Full Name"). Optional. */
  name?: RequestBody<"registerWithEmailCode">["name"];
  /** Mobile number (the page's "Mobile Number"). Optional. */
  mobile?: RequestBody<"registerWithEmailCode">["mobile"];
  /** The email address to register (the page's "Email"); the address the code was sent to. */
  email: RequestBody<"registerWithEmailCode">["email"];
  /**
   * The email code, sent by `sendEmailCode` with `type` `REGISTER_EMS` to `email`. The page's example has 4 digits
   * (`1234`). It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"registerWithEmailCode">["verify_code"];
  /**
   * The password to set (the page's "Password"). Optional: a user registered without one has no password
   * (`hasPassword` answers false) until they set one with `changePassword` (no old password) or a code. The page
   * does not say which password policy applies or what a refused one answers. It is a credential; the SDK never
   * logs it.
   */
  password?: RequestBody<"registerWithEmailCode">["pwd"];
  /**
   * Avatar, as a URL (the page's "Avatar (URL)"; the Huawei mirror's "Profile picture. Enter the URL."). Optional
   * according to the mirror; the bccastle page is cut in this row.
   */
  headImg?: RequestBody<"registerWithEmailCode">["head_img"];
  /** Gender (the Huawei mirror's "Gender."), for example `male`; the allowed values are not documented. Optional. */
  attrGender?: RequestBody<"registerWithEmailCode">["attr_gender"];
  /** Date of birth, `yyyy-MM-dd` (the Huawei mirror's "Date of birth. Format: yyyy-MM-dd."). Optional. */
  attrBirthday?: RequestBody<"registerWithEmailCode">["attr_birthday"];
  /** Nickname (the Huawei mirror's "Alias."). Optional. */
  attrNickName?: RequestBody<"registerWithEmailCode">["attr_nick_name"];
  /** Mailing address. Only in the page's request example (no captured table row describes it). Optional. */
  mailingAddress?: RequestBody<"registerWithEmailCode">["mailing_address"];
  /** Zip code. Only in the page's request example (no captured table row describes it). Optional. */
  zipCode?: RequestBody<"registerWithEmailCode">["zip_code"];
  /** First name (the Huawei mirror describes it as "Name.", as `name`). Optional. */
  firstName?: RequestBody<"registerWithEmailCode">["first_name"];
  /** Middle name (the Huawei mirror's "Middle name."). Optional. */
  middleName?: RequestBody<"registerWithEmailCode">["middle_name"];
  /** Last name (the Huawei mirror's row is cut after "Last n"). Optional. */
  lastName?: RequestBody<"registerWithEmailCode">["last_name"];
  /** Industry. Only in the page's request example (no captured table row describes it). Optional. */
  industry?: RequestBody<"registerWithEmailCode">["industry"];
}

/** The input of `changePassword`. */
export interface ChangePasswordInput {
  /**
   * The id_token of the signed-in user whose password changes (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 5 minutes by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
  /**
   * The user's current password (the page's "Original Password"). The page: "Can be omitted if the user has not set an
   * old password before", and "If a password is already set, the current password must be passed in the
   * parameters. If no password is set, only the new password needs to be passed": ask `hasPassword` first. It is a
   * credential; the SDK never logs it.
   */
  oldPassword?: RequestBody<"changePassword">["old_password"];
  /**
   * The new password (the page's "New Password"). The page gives no password policy and no code for a password
   * it refuses. It is a credential; the SDK never logs it.
   */
  newPassword: RequestBody<"changePassword">["new_password"];
}

/** The input of `changePasswordWithSmsCode`. */
export interface ChangePasswordWithSmsCodeInput {
  /**
   * The id_token of the signed-in user whose password changes (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 5 minutes by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
  /**
   * The SMS code, sent by `sendSmsCode` with `type` `UPDATE_PWD_SMS` (the send page: "Change Personal Password via
   * Mobile Number (mobile includes full area code)"). The page does not say to which number; it takes no `mobile`,
   * so the code is the one sent to the signed-in user's own number. It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"changePasswordWithSmsCode">["verify_code"];
  /**
   * The new password (the page's "New Password"). The page gives no password policy and no code for a password it
   * refuses: check it against the tenant's policy first, with the SDK's `checkPassword`. It is a credential; the SDK
   * never logs it.
   */
  newPassword: RequestBody<"changePasswordWithSmsCode">["password"];
}

/** The input of `changePasswordWithEmailCode`. */
export interface ChangePasswordWithEmailCodeInput {
  /**
   * The id_token of the signed-in user whose password changes (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 5 minutes by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
  /**
   * The email code (the page's field name says "SMS Verification Code", its description "Email verification code"),
   * sent by `sendEmailCode` with `type` `UPDATE_PWD_EMS`. The page does not say to which address; it takes no
   * `email`, so the code is the one sent to the signed-in user's own address. It is a credential; the SDK never
   * logs it.
   */
  verifyCode: RequestBody<"changePasswordWithEmailCode">["verify_code"];
  /**
   * The new password (the page's "New Password"). The page gives no password policy and no code for a password it
   * refuses: check it against the tenant's policy first, with the SDK's `checkPassword`. It is a credential; the SDK
   * never logs it.
   */
  newPassword: RequestBody<"changePasswordWithEmailCode">["password"];
}

/** The input of `hasPassword`. */
export interface HasPasswordInput {
  /**
   * The id_token of the signed-in user whose password is asked about (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 5 minutes by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
}

/** The input of `updateMobile`. */
export interface UpdateMobileInput {
  /**
   * The id_token of the signed-in user whose mobile number changes (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 5 minutes by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
  /** The new mobile number (the page's "New Mobile Number": "The new mobile number to change to"). */
  mobile: RequestBody<"updateMobile">["mobile"];
  /**
   * The SMS code received by the new number (the page: "The SMS verification code received by the new mobile
   * number"), sent by `sendSmsCode` with `type` `UPDATE_MOBILE_SMS` to `mobile`. It is a credential; the SDK never
   * logs it.
   */
  verifyCode: RequestBody<"updateMobile">["verify_code"];
}

/** The input of `updateEmail`. */
export interface UpdateEmailInput {
  /**
   * The id_token of the signed-in user whose email address changes (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 5 minutes by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
  /** The new email address (the page: "The new email to be updated"). */
  email: RequestBody<"updateEmail">["email"];
  /**
   * The email code received at the new address (the page: "The verification code received by the new email"), sent
   * by `sendEmailCode` with `type` `UPDATE_EMAIL_EMS` to `email`. It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"updateEmail">["verify_code"];
}
