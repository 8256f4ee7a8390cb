import type { ClientOptions, DeviceInfo, VerifyCaptchaInput } from "@idaas-sdk/core";

export type { VerifyCaptchaInput };

import {
  type Assert,
  type Equal,
  facadeOf,
  type MisfitInputs,
  type WithInjectedHeaders,
} from "@idaas-sdk/core/internal";
import type { CiamOperationMethods } from "./generated/client.js";
import { createCiamCore, operationFunctions } from "./generated/functions.js";
import type {
  BodyArguments,
  InjectedHeader,
  OperationId,
  operations as operationFacts,
  RequestBody,
} from "./generated/operations.js";
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

/**
 * The CIAM client: a method per operation of the spec (generated with its documentation from the spec, each
 * taking its input from this file), and `withDevice`.
 */
export interface CiamClient extends CiamOperationMethods {
  /**
   * A client that sends `device` (any of its fields, over this client's) with every call, on the same transport:
   * only `device` is checked, like the client's own. A server makes one per incoming request.
   */
  withDevice(device: Partial<DeviceInfo>): CiamClient;
}

// Every operation of the spec has its method (generated), and the client has no other but `withDevice`.
export type _EveryOperation = Assert<Equal<Exclude<keyof CiamClient, "withDevice">, OperationId>>;
// Each method takes exactly the arguments of its generated facts (verifyCaptcha takes a point it encodes first).
export type _EveryInputFits = Assert<
  Equal<
    MisfitInputs<
      Omit<CiamClient, "verifyCaptcha" | "withDevice">,
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
/** Creates a CIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createCiamClient(options: CiamClientOptions): CiamClient {
  return facadeOf(createCiamCore(options), operationFunctions);
}
