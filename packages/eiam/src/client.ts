import type { ClientOptions, VerifyCaptchaInput } from "@idaas-sdk/core";

export type { EiamClient, VerifyCaptchaInput };

import { facadeOf, type WithInjectedHeaders } from "@idaas-sdk/core/internal";
import type { EiamClient } from "./generated/client.js";
import { createEiamCore, operationFunctions } from "./generated/functions.js";
import type { BodyArguments, InjectedHeader, RequestBody, Schemas } from "./generated/operations.js";
import type { paths as Paths } from "./generated/schema.js";

export type EiamClientOptions = ClientOptions;
/** The spec's paths, with the headers the client sets itself made optional. */
export type EiamPaths = WithInjectedHeaders<Paths, InjectedHeader>;

export interface SendSmsCodeInput {
  mobile: RequestBody<"sendSmsCode">["mobile"];
  /** The scenario, e.g. `LOGIN_SMS`. */
  type: Schemas["SmsType"];
  /** The token of the graphical captcha the user passed. */
  captchaToken: RequestBody<"sendSmsCode">["captcha_token"];
}

export interface LoginWithMobileCodeInput {
  mobile: RequestBody<"loginWithMobileCode">["mobile"];
  verifyCode: RequestBody<"loginWithMobileCode">["verify_code"];
}

export interface VerifyMfaEmailInput {
  /** The `stateToken` of the MFA_AUTH result. */
  stateToken: string;
  email: RequestBody<"verifyMfaEmail">["email"];
  verifyCode: RequestBody<"verifyMfaEmail">["verify_code"];
}

export interface SendEmailCodeInput {
  email: RequestBody<"sendEmailCode">["email"];
  /** The scenario, e.g. `MFA_AUTH_EMS`. */
  type: RequestBody<"sendEmailCode">["type"];
  /** The `captchaToken` of verifyCaptcha. */
  captchaToken: RequestBody<"sendEmailCode">["captcha_token"];
}

export interface VerifyMfaSmsInput {
  /** The `stateToken` of the MFA_AUTH result. */
  stateToken: string;
  mobile: RequestBody<"verifyMfaSms">["mobile"];
  verifyCode: RequestBody<"verifyMfaSms">["verify_code"];
}

export interface RefreshIdTokenInput {
  /** The `sessionToken` of the login, or of the last refresh. */
  sessionToken: string;
}

export interface LoginWithPasswordInput {
  userName: RequestBody<"loginWithPassword">["user_name"];
  password: RequestBody<"loginWithPassword">["password"];
}

export interface LoginWithEmailCodeInput {
  email: RequestBody<"loginWithEmailCode">["email"];
  /** The code sent with `sendEmailCode` and type `LOGIN_EMS`. */
  verifyCode: RequestBody<"loginWithEmailCode">["verify_code"];
}

export interface UpdatePasswordInput {
  /** The `stateToken` of the PASSWORD_WARN or PASSWORD_EXPIRED result. */
  stateToken: string;
  oldPassword: RequestBody<"updatePassword">["old_password"];
  /** Check it against the result's `passwordPolicy` first, with `checkPassword`. */
  newPassword: RequestBody<"updatePassword">["new_password"];
}

export interface SkipPasswordUpdateInput {
  /** The `stateToken` of the PASSWORD_WARN result. */
  stateToken: string;
}

export interface UpdatePasswordWithSmsCodeInput {
  /** The `stateToken` of the PASSWORD_WARN or PASSWORD_EXPIRED result. */
  stateToken: string;
  /** The code sent with type `CHANGE_PWD_SMS` to the user's number (`getMobileByStateToken`). */
  verifyCode: RequestBody<"updatePasswordWithSmsCode">["verify_code"];
  newPassword: RequestBody<"updatePasswordWithSmsCode">["new_password"];
}

export interface UpdatePasswordWithEmailCodeInput {
  /** The `stateToken` of the PASSWORD_WARN or PASSWORD_EXPIRED result. */
  stateToken: string;
  /** The code sent with type `CHANGE_PWD_EMS` to the user's address. */
  verifyCode: RequestBody<"updatePasswordWithEmailCode">["verify_code"];
  newPassword: RequestBody<"updatePasswordWithEmailCode">["new_password"];
}

export interface GetMobileByStateTokenInput {
  /** The `stateToken` of the PASSWORD_WARN, PASSWORD_EXPIRED or MFA_AUTH result. */
  stateToken: string;
}

export interface ResetPasswordWithSmsCodeInput {
  mobile: RequestBody<"resetPasswordWithSmsCode">["mobile"];
  /** The code sent to `mobile` with type `CHANGE_PWD_SMS` (the reset page's type, not `FORGET_PWD_SMS`). */
  verifyCode: RequestBody<"resetPasswordWithSmsCode">["verify_code"];
  newPassword: RequestBody<"resetPasswordWithSmsCode">["password"];
}

export interface ResetPasswordWithEmailCodeInput {
  email: RequestBody<"resetPasswordWithEmailCode">["email"];
  /** The code sent to `email` with type `CHANGE_PWD_EMS` (the reset page's type, not `FORGET_PWD_EMS`). */
  verifyCode: RequestBody<"resetPasswordWithEmailCode">["verify_code"];
  newPassword: RequestBody<"resetPasswordWithEmailCode">["password"];
}

/** `mobile` and the code sent to it with type `REGISTER_SMS`; the other fields as the tenant's user attributes require. */
export interface RegisterWithMobileCodeInput extends BodyArguments<"registerWithMobileCode"> {}

export interface UpdateEmailInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
  /** The new address. */
  email: RequestBody<"updateEmail">["email"];
  /** The code sent to the new address with type `UPDATE_EMAIL_EMS`. */
  verifyCode: RequestBody<"updateEmail">["verify_code"];
}

export interface ChangePasswordWithSmsCodeInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
  /** The code sent to the user's own number with type `CHANGE_PWD_SMS`. */
  verifyCode: RequestBody<"changePasswordWithSmsCode">["verify_code"];
  newPassword: RequestBody<"changePasswordWithSmsCode">["password"];
}

export interface ChangePasswordWithEmailCodeInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
  /** The code sent to the user's own address with type `CHANGE_PWD_EMS`. */
  verifyCode: RequestBody<"changePasswordWithEmailCode">["verify_code"];
  newPassword: RequestBody<"changePasswordWithEmailCode">["password"];
}

export interface HasPasswordInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
}

/** Creates an EIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createEiamClient(options: EiamClientOptions): EiamClient {
  return facadeOf(createEiamCore(options), operationFunctions);
}
