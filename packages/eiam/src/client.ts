import type { CallOptions, ClientOptions, DeviceInfo, VerifyCaptchaInput } from "@idaas-sdk/core";

export type { VerifyCaptchaInput };

import {
  type Assert,
  type Equal,
  facadeOf,
  type MisfitInputs,
  type WithInjectedHeaders,
} from "@idaas-sdk/core/internal";
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
import type {
  CaptchaChallengeResult,
  CountryCodesResult,
  LoginWithEmailCodeResult,
  LoginWithMobileCodeResult,
  LoginWithPasswordResult,
  MobileByStateTokenResult,
  PasswordUpdateResult,
  RefreshIdTokenResult,
  RegisterResult,
  VerifyCaptchaResult,
  VerifyMfaEmailResult,
  VerifyMfaSmsResult,
} from "./results.js";

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

export interface EiamClient {
  /** Sends an SMS code. Resolves when sent. Never retried: each send costs money. */
  sendSmsCode(input: SendSmsCodeInput, options?: CallOptions): Promise<void>;
  /** Logs in with mobile number and SMS code. */
  loginWithMobileCode(input: LoginWithMobileCodeInput, options?: CallOptions): Promise<LoginWithMobileCodeResult>;
  /** Completes an MFA_AUTH login with the email code. */
  verifyMfaEmail(input: VerifyMfaEmailInput, options?: CallOptions): Promise<VerifyMfaEmailResult>;
  /** Gets a slider captcha, the human check before every code send. */
  getCaptcha(input?: undefined, options?: CallOptions): Promise<CaptchaChallengeResult>;
  /** Checks where the user dropped the piece. Never retried: a captcha is checked once; get a new one after a failure. */
  verifyCaptcha(input: VerifyCaptchaInput, options?: CallOptions): Promise<VerifyCaptchaResult>;
  /** Sends an email code. Resolves when sent. Never retried: each send costs money. */
  sendEmailCode(input: SendEmailCodeInput, options?: CallOptions): Promise<void>;
  /** Completes an MFA_AUTH login with the SMS code (sent with type `MFA_AUTH_SMS`). */
  verifyMfaSms(input: VerifyMfaSmsInput, options?: CallOptions): Promise<VerifyMfaSmsResult>;
  /** Gets a new id_token for the session token. Never retried: the answer may replace the session token. */
  refreshIdToken(input: RefreshIdTokenInput, options?: CallOptions): Promise<RefreshIdTokenResult>;
  /** Logs in with user name and password. Never retried: each failure counts toward the lockout. */
  loginWithPassword(input: LoginWithPasswordInput, options?: CallOptions): Promise<LoginWithPasswordResult>;
  /** Logs in with email and the email code (type `LOGIN_EMS`). Never retried: the code is single-use. */
  loginWithEmailCode(input: LoginWithEmailCodeInput, options?: CallOptions): Promise<LoginWithEmailCodeResult>;
  /** After PASSWORD_WARN or PASSWORD_EXPIRED: changes the password (old and new) and logs in. Never retried. */
  updatePassword(input: UpdatePasswordInput, options?: CallOptions): Promise<PasswordUpdateResult>;
  /** After PASSWORD_WARN: keeps the password for now and logs in. */
  skipPasswordUpdate(input: SkipPasswordUpdateInput, options?: CallOptions): Promise<PasswordUpdateResult>;
  /** After PASSWORD_WARN or PASSWORD_EXPIRED: changes the password with an SMS code and logs in. Never retried. */
  updatePasswordWithSmsCode(
    input: UpdatePasswordWithSmsCodeInput,
    options?: CallOptions,
  ): Promise<PasswordUpdateResult>;
  /** After PASSWORD_WARN or PASSWORD_EXPIRED: changes the password with an email code and logs in. Never retried. */
  updatePasswordWithEmailCode(
    input: UpdatePasswordWithEmailCodeInput,
    options?: CallOptions,
  ): Promise<PasswordUpdateResult>;
  /** The mobile number of the state token's user, to show where its SMS code goes. */
  getMobileByStateToken(input: GetMobileByStateTokenInput, options?: CallOptions): Promise<MobileByStateTokenResult>;
  /** Forgot password: sets a new one with an SMS code; resolves when set (then log in). Never retried. */
  resetPasswordWithSmsCode(input: ResetPasswordWithSmsCodeInput, options?: CallOptions): Promise<void>;
  /** Forgot password: sets a new one with an email code; resolves when set (then log in). Never retried. */
  resetPasswordWithEmailCode(input: ResetPasswordWithEmailCodeInput, options?: CallOptions): Promise<void>;
  /** Registers a user with mobile number and SMS code (type `REGISTER_SMS`). Never retried. */
  registerWithMobileCode(input: RegisterWithMobileCodeInput, options?: CallOptions): Promise<RegisterResult>;
  /** Signed in: moves the user to a new email, with a code sent there. Resolves when moved. Never retried. */
  updateEmail(input: UpdateEmailInput, options?: CallOptions): Promise<void>;
  /** Signed in: changes the password with an SMS code. Resolves when changed. Never retried. */
  changePasswordWithSmsCode(input: ChangePasswordWithSmsCodeInput, options?: CallOptions): Promise<void>;
  /** Signed in: changes the password with an email code. Resolves when changed. Never retried. */
  changePasswordWithEmailCode(input: ChangePasswordWithEmailCodeInput, options?: CallOptions): Promise<void>;
  /** Signed in: whether the user has a password. */
  hasPassword(input: HasPasswordInput, options?: CallOptions): Promise<boolean>;
  /** The international dialling codes the tenant supports, with their names and mobile number patterns. */
  listCountryCodes(input?: undefined, options?: CallOptions): Promise<CountryCodesResult>;
  /**
   * A client that sends `device` (any of its fields, over this client's) with every call, on the same transport:
   * only `device` is checked, like the client's own. A server makes one per incoming request.
   */
  withDevice(device: Partial<DeviceInfo>): EiamClient;
}

// An operation added to the spec must get its method here.
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
