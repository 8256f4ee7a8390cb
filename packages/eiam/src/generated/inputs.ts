// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// What each EIAM operation takes: its header arguments, then its body fields under their call
// arguments, each documented by the spec's description of it.

export type { VerifyCaptchaInput } from "@idaas-sdk/core";
import type { RequestBody } from "./operations.js";

/** The input of `loginWithMobileCode`. */
export interface LoginWithMobileCodeInput {
  /** Mobile number. The SDK masks it in logs and errors (`138****5678`). */
  mobile: RequestBody<"loginWithMobileCode">["mobile"];
  /**
   * The SMS code, sent with `POST /api/v2/sdk/sms/send` and `type` `LOGIN_SMS`. It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"loginWithMobileCode">["verify_code"];
}

/** The input of `verifyMfaEmail`. */
export interface VerifyMfaEmailInput {
  /**
   * The `state_token` of the login's `MFA_AUTH` result (`loginWithPassword`, `loginWithMobileCode` or
   * `loginWithEmailCode`), whose second factor this email code completes. It is a credential; the SDK never logs it.
   */
  stateToken: string;
  /** Email address. The SDK masks it in logs and errors (`z***@qq.com`). */
  email: RequestBody<"verifyMfaEmail">["email"];
  /**
   * The email code, sent by the "send email verification code" API with `type` `MFA_AUTH_EMS`. It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"verifyMfaEmail">["verify_code"];
}

/** The input of `sendSmsCode`. */
export interface SendSmsCodeInput {
  /** Mobile number. The SDK masks it in logs and errors (`138****5678`). */
  mobile: RequestBody<"sendSmsCode">["mobile"];
  /**
   * The scenario the SMS code is sent for (发送场景). The code is only accepted by the API of its scenario; each value
   * below names the operation that takes its code, or says that none does and why.
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
   * The scenario the email code is sent for (发送场景). The code is only accepted by the API of its scenario; each value
   * below names the operation that takes its code, or says that none does and why.
   */
  type: RequestBody<"sendEmailCode">["type"];
  /**
   * Token proving that the user passed the graphical captcha: the `captcha_token` that `verifyCaptcha` answers for
   * the slider of `getCaptcha`. It is a credential; the SDK never logs it.
   */
  captchaToken: RequestBody<"sendEmailCode">["captcha_token"];
}

/** The input of `verifyMfaSms`. */
export interface VerifyMfaSmsInput {
  /**
   * The `state_token` of the login's `MFA_AUTH` result (`loginWithPassword`, `loginWithMobileCode` or
   * `loginWithEmailCode`), whose second factor this SMS code completes. It is a credential; the SDK never logs it.
   */
  stateToken: string;
  /** The mobile number that received the code. */
  mobile: RequestBody<"verifyMfaSms">["mobile"];
  /**
   * The SMS code, sent by the "send SMS verification code" API with `type` `MFA_AUTH_SMS`. It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"verifyMfaSms">["verify_code"];
}

/** The input of `refreshIdToken`. */
export interface RefreshIdTokenInput {
  /**
   * The `session_token` of the `SUCCESS` result that logged the user in, or the new one the last refresh answered
   * (when the tenant refreshes session tokens automatically). It is a credential; the SDK never logs it.
   */
  sessionToken: string;
}

/** The input of `loginWithPassword`. */
export interface LoginWithPasswordInput {
  /** The user's login name (the page's "Username"). Personal data with no partial mask: the SDK never logs it. */
  userName: RequestBody<"loginWithPassword">["user_name"];
  /** The user's password. It is a credential; the SDK never logs it. */
  password: RequestBody<"loginWithPassword">["password"];
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

/** The input of `updatePassword`. */
export interface UpdatePasswordInput {
  /**
   * The `state_token` of the `PASSWORD_WARN` or `PASSWORD_EXPIRED` result of `loginWithPassword`. It is a
   * credential; the SDK never logs it.
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
   * The `state_token` of the `PASSWORD_WARN` result of `loginWithPassword` (after `PASSWORD_EXPIRED`, the password
   * must be changed). It is a credential; the SDK never logs it.
   */
  stateToken: string;
}

/** The input of `updatePasswordWithSmsCode`. */
export interface UpdatePasswordWithSmsCodeInput {
  /**
   * The `state_token` of the `PASSWORD_WARN` or `PASSWORD_EXPIRED` result of `loginWithPassword`. It is a
   * credential; the SDK never logs it.
   */
  stateToken: string;
  /**
   * The SMS code, sent by the "send SMS verification code" API with `type` `CHANGE_PWD_SMS` to the user's own mobile
   * number (`getMobileByStateToken` shows it). The body has no mobile number: the state token names the user. It
   * is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"updatePasswordWithSmsCode">["verify_code"];
  /**
   * The new password (新密码). The pages imply, without saying it, that it must satisfy the tenant's password policy;
   * they document no error for one that does not. It is a credential; the SDK never logs it.
   */
  newPassword: RequestBody<"updatePasswordWithSmsCode">["new_password"];
}

/** The input of `updatePasswordWithEmailCode`. */
export interface UpdatePasswordWithEmailCodeInput {
  /**
   * The `state_token` of the `PASSWORD_WARN` or `PASSWORD_EXPIRED` result of `loginWithPassword`. It is a
   * credential; the SDK never logs it.
   */
  stateToken: string;
  /**
   * The email code, sent by the "send email verification code" API with `type` `CHANGE_PWD_EMS`. The body has no
   * address: the state token names the user, and no EIAM page gives the address back (there is a mobile-by-token
   * page, no email-by-token page). It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"updatePasswordWithEmailCode">["verify_code"];
  /**
   * The new password (新密码). The pages imply, without saying it, that it must satisfy the tenant's password policy;
   * they document no error for one that does not. It is a credential; the SDK never logs it.
   */
  newPassword: RequestBody<"updatePasswordWithEmailCode">["new_password"];
}

/** The input of `getMobileByStateToken`. */
export interface GetMobileByStateTokenInput {
  /**
   * The `state_token` of the login's `PASSWORD_WARN` or `PASSWORD_EXPIRED` (`loginWithPassword`) or `MFA_AUTH`
   * result; this call leaves it usable for the call that finishes the login. It is a credential; the SDK never logs
   * it.
   */
  stateToken: string;
}

/** The input of `resetPasswordWithSmsCode`. */
export interface ResetPasswordWithSmsCodeInput {
  /** The mobile number that received the code. */
  mobile: RequestBody<"resetPasswordWithSmsCode">["mobile"];
  /**
   * The SMS code. The page asks for a code sent with `type` `CHANGE_PWD_SMS`, although the send page describes
   * `FORGET_PWD_SMS` as the "Retrieve Password via Mobile Number API"'s; the spec follows this page. It is a
   * credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"resetPasswordWithSmsCode">["verify_code"];
  /**
   * The new password (the page's `password`, "The new password to be set"). It is a credential; the SDK never logs it.
   */
  newPassword: RequestBody<"resetPasswordWithSmsCode">["password"];
}

/** The input of `resetPasswordWithEmailCode`. */
export interface ResetPasswordWithEmailCodeInput {
  /** The email address that received the code. */
  email: RequestBody<"resetPasswordWithEmailCode">["email"];
  /**
   * The email code. The page asks for a code sent with `type` `CHANGE_PWD_EMS`, although the send page describes
   * `FORGET_PWD_EMS` as the "Retrieve Password via Email API"'s; the spec follows this page. It is a credential; the
   * SDK never logs it.
   */
  verifyCode: RequestBody<"resetPasswordWithEmailCode">["verify_code"];
  /**
   * The new password (the page's `password`, "The new password to be set"). It is a credential; the SDK never logs it.
   */
  newPassword: RequestBody<"resetPasswordWithEmailCode">["password"];
}

/**
 * The input of `registerWithMobileCode`.
 *
 * A form registration verified by an SMS code (表单注册). Only `mobile` and `verify_code` are required by the pages;
 * whether another attribute is required follows the tenant's user-attribute settings (the CIAM twin page's note).
 * The fields and their descriptions are the EIAM page's table (`user_name` … `pwd`, cut at "pwd Pa") and the Huawei
 * OneAccess mirror's (`RegisterByMobile.html`, through `middle_name`, cut at `last_name`); `last_name`,
 * `mailing_address`, `zip_code` and `industry` appear in the example only. Every one is a String. The example also
 * carries `extension`, an object of custom attributes (`{"age": "18"}`) that no table describes: the spec leaves it
 * out, and the SDK does not send it.
 */
export interface RegisterWithMobileCodeInput {
  /** User name (用户名). Personal data with no partial mask: the SDK never logs it. */
  userName?: RequestBody<"registerWithMobileCode">["user_name"];
  /** Name (姓名). Personal data: the SDK never logs it. */
  name?: RequestBody<"registerWithMobileCode">["name"];
  /** The mobile number to register, which received the code. */
  mobile: RequestBody<"registerWithMobileCode">["mobile"];
  /**
   * The SMS code, sent by the "send SMS verification code" API with `type` `REGISTER_SMS`. It is a credential; the
   * SDK never logs it.
   */
  verifyCode: RequestBody<"registerWithMobileCode">["verify_code"];
  /** Email address (邮箱). */
  email?: RequestBody<"registerWithMobileCode">["email"];
  /**
   * Password (密码), optional: a user registered without one has no password (`hasPassword` answers `false`) until
   * they set one. It is a credential; the SDK never logs it.
   */
  password?: RequestBody<"registerWithMobileCode">["pwd"];
  /** Profile picture, as a URL (头像). Personal data: the SDK never logs it. */
  headImg?: RequestBody<"registerWithMobileCode">["head_img"];
  /** Gender (性别), `male` in the example; the pages list no values. Personal data: the SDK never logs it. */
  attrGender?: RequestBody<"registerWithMobileCode">["attr_gender"];
  /** Date of birth (出生日期), `yyyy-MM-dd` (the Huawei mirror). Personal data: the SDK never logs it. */
  attrBirthday?: RequestBody<"registerWithMobileCode">["attr_birthday"];
  /** Alias, nickname (昵称). Personal data: the SDK never logs it. */
  attrNickName?: RequestBody<"registerWithMobileCode">["attr_nick_name"];
  /** First name (the Huawei mirror describes it as "Name.", as `name`). Personal data: the SDK never logs it. */
  firstName?: RequestBody<"registerWithMobileCode">["first_name"];
  /** Middle name. Personal data: the SDK never logs it. */
  middleName?: RequestBody<"registerWithMobileCode">["middle_name"];
  /** Last name (the mirror's row is cut at "Last n"). Personal data: the SDK never logs it. */
  lastName?: RequestBody<"registerWithMobileCode">["last_name"];
  /** Mailing address (in the page's example only). Personal data: the SDK never logs it. */
  mailingAddress?: RequestBody<"registerWithMobileCode">["mailing_address"];
  /** Postal code (in the page's example only). Personal data: the SDK never logs it. */
  zipCode?: RequestBody<"registerWithMobileCode">["zip_code"];
  /** Industry (in the page's example only, `事业单位`). */
  industry?: RequestBody<"registerWithMobileCode">["industry"];
}

/** The input of `updateEmail`. */
export interface UpdateEmailInput {
  /**
   * The id_token of the signed-in user whose email address changes (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 2 hours by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
  /** The new email address (新邮箱). */
  email: RequestBody<"updateEmail">["email"];
  /**
   * The code received at the new address, sent by the "send email verification code" API with `type`
   * `UPDATE_EMAIL_EMS`. It is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"updateEmail">["verify_code"];
}

/** The input of `changePasswordWithSmsCode`. */
export interface ChangePasswordWithSmsCodeInput {
  /**
   * The id_token of the signed-in user whose password changes (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 2 hours by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
  /**
   * The SMS code, sent by the "send SMS verification code" API with `type` `CHANGE_PWD_SMS`. The body has no mobile
   * number and the page does not say which number the code must go to (presumably the signed-in user's own). It is a
   * credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"changePasswordWithSmsCode">["verify_code"];
  /** The new password (the page's `password`, "The new password to set"). It is a credential; the SDK never logs it. */
  newPassword: RequestBody<"changePasswordWithSmsCode">["password"];
}

/** The input of `changePasswordWithEmailCode`. */
export interface ChangePasswordWithEmailCodeInput {
  /**
   * The id_token of the signed-in user whose password changes (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 2 hours by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
  /**
   * The email code, sent by the "send email verification code" API with `type` `CHANGE_PWD_EMS`. The body has no
   * address and the page does not say which address the code must go to (presumably the signed-in user's own). It
   * is a credential; the SDK never logs it.
   */
  verifyCode: RequestBody<"changePasswordWithEmailCode">["verify_code"];
  /** The new password (the page's `password`, "The new password to set"). It is a credential; the SDK never logs it. */
  newPassword: RequestBody<"changePasswordWithEmailCode">["password"];
}

/** The input of `hasPassword`. */
export interface HasPasswordInput {
  /**
   * The id_token of the signed-in user whose password is asked about (the SDK sends it as
   * `Authorization: Bearer <id_token>`). It lives 2 hours by default; `refreshIdToken` answers a new one. It is a
   * credential; the SDK never logs it.
   */
  idToken: string;
}
