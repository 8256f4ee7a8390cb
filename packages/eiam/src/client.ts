import type { ClientOptions, DeviceInfo, VerifyCaptchaInput } from "@idaas-sdk/core";

export type { VerifyCaptchaInput };

import {
  type Assert,
  type Equal,
  facadeOf,
  type MisfitInputs,
  type WithInjectedHeaders,
} from "@idaas-sdk/core/internal";
import type { EiamOperationMethods } from "./generated/client.js";
import { createEiamCore, operationFunctions } from "./generated/functions.js";
import type {
  BodyArguments,
  InjectedHeader,
  OperationId,
  operations as operationFacts,
  RequestBody,
  Schemas,
} from "./generated/operations.js";
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

/**
 * The EIAM client: a method per operation of the spec (generated with its documentation from the spec, each
 * taking its input from this file), and `withDevice`.
 */
export interface EiamClient extends EiamOperationMethods {
  /**
   * A client that sends `device` (any of its fields, over this client's) with every call, on the same transport:
   * only `device` is checked, like the client's own. A server makes one per incoming request.
   */
  withDevice(device: Partial<DeviceInfo>): EiamClient;
}

// Every operation of the spec has its method (generated), and the client has no other but `withDevice`.
export type _EveryOperation = Assert<Equal<Exclude<keyof EiamClient, "withDevice">, OperationId>>;
// Each method takes exactly the arguments of its generated facts (verifyCaptcha takes a point it encodes first).
export type _EveryInputFits = Assert<
  Equal<
    MisfitInputs<
      Omit<EiamClient, "verifyCaptcha" | "withDevice">,
      Omit<typeof operationFacts, "verifyCaptcha">,
      InjectedHeader
    >,
    never
  >
>;
// verifyCaptcha's input is shared with the other product (@idaas-sdk/core): the spec's fields must still fit it.
export type _VerifyCaptchaFields = Assert<
  RequestBody<"verifyCaptcha"> extends { token: string; sender: string; point_json: string } ? true : false
>;
/** Creates an EIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createEiamClient(options: EiamClientOptions): EiamClient {
  return facadeOf(createEiamCore(options), operationFunctions);
}
