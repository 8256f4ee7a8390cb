import type { ClientOptions, VerifyCaptchaInput } from "@idaas-sdk/core";

export type { CiamClient, VerifyCaptchaInput };

import { facadeOf, type WithInjectedHeaders } from "@idaas-sdk/core/internal";
import type { CiamClient } from "./generated/client.js";
import { createCiamCore, operationFunctions } from "./generated/functions.js";
import type { BodyArguments, InjectedHeader, RequestBody } from "./generated/operations.js";
import type { paths as Paths } from "./generated/schema.js";

export type CiamClientOptions = ClientOptions;
/** The spec's paths, with the headers the client sets itself made optional. */
export type CiamPaths = WithInjectedHeaders<Paths, InjectedHeader>;

export interface LoginWithMobilePasswordInput {
  mobile: RequestBody<"loginWithMobilePassword">["mobile"];
  password: RequestBody<"loginWithMobilePassword">["password"];
}

export interface LoginWithEmailCodeInput {
  email: RequestBody<"loginWithEmailCode">["email"];
  verifyCode: RequestBody<"loginWithEmailCode">["verify_code"];
}

export interface SendSmsCodeInput {
  mobile: RequestBody<"sendSmsCode">["mobile"];
  /** The scenario, e.g. `LOGIN_SMS` (CIAM's list, not EIAM's). */
  type: RequestBody<"sendSmsCode">["type"];
  /** The token of the graphical captcha the user passed. */
  captchaToken: RequestBody<"sendSmsCode">["captcha_token"];
}

export interface SendEmailCodeInput {
  email: RequestBody<"sendEmailCode">["email"];
  /** The scenario, e.g. `LOGIN_EMS` (CIAM's list, not EIAM's). */
  type: RequestBody<"sendEmailCode">["type"];
  /** The token of the graphical captcha the user passed. */
  captchaToken: RequestBody<"sendEmailCode">["captcha_token"];
}

export interface LoginWithMobileCodeInput {
  mobile: RequestBody<"loginWithMobileCode">["mobile"];
  verifyCode: RequestBody<"loginWithMobileCode">["verify_code"];
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

export interface RefreshIdTokenInput {
  /** The `sessionToken` of the login, or of the last refresh. */
  sessionToken: string;
}

export interface LoginWithPasswordInput {
  /** The account: a user name, a mobile number or an email address. */
  userName: RequestBody<"loginWithPassword">["user_name"];
  password: RequestBody<"loginWithPassword">["password"];
}

/** `mobile` and the code sent to it with type `REGISTER_SMS`; the other fields as the tenant's user attributes require. */
export interface RegisterWithMobileCodeInput extends BodyArguments<"registerWithMobileCode"> {}

/** `email` and the code sent to it with type `REGISTER_EMS`; the other fields as the tenant's user attributes require. */
export interface RegisterWithEmailCodeInput extends BodyArguments<"registerWithEmailCode"> {}

export interface ChangePasswordInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
  /** Required when the user has a password (`hasPassword`); leave it out when they have none. */
  oldPassword?: RequestBody<"changePassword">["old_password"];
  newPassword: RequestBody<"changePassword">["new_password"];
}

export interface ChangePasswordWithSmsCodeInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
  /** The code sent to the user's own number with type `UPDATE_PWD_SMS`. */
  verifyCode: RequestBody<"changePasswordWithSmsCode">["verify_code"];
  /** Check it against the tenant's policy first, with `checkPassword`. */
  newPassword: RequestBody<"changePasswordWithSmsCode">["password"];
}

export interface ChangePasswordWithEmailCodeInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
  /** The code sent to the user's own address with type `UPDATE_PWD_EMS`. */
  verifyCode: RequestBody<"changePasswordWithEmailCode">["verify_code"];
  /** Check it against the tenant's policy first, with `checkPassword`. */
  newPassword: RequestBody<"changePasswordWithEmailCode">["password"];
}

export interface HasPasswordInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
}

export interface UpdateMobileInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
  /** The new number. */
  mobile: RequestBody<"updateMobile">["mobile"];
  /** The code sent to the new number with type `UPDATE_MOBILE_SMS`. */
  verifyCode: RequestBody<"updateMobile">["verify_code"];
}

export interface UpdateEmailInput {
  /** The id_token of the signed-in user (the SDK sends it as `Authorization: Bearer …`). */
  idToken: string;
  /** The new address. */
  email: RequestBody<"updateEmail">["email"];
  /** The code sent to the new address with type `UPDATE_EMAIL_EMS`. */
  verifyCode: RequestBody<"updateEmail">["verify_code"];
}

/** Creates a CIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createCiamClient(options: CiamClientOptions): CiamClient {
  return facadeOf(createCiamCore(options), operationFunctions);
}
