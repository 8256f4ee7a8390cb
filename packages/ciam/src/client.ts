import type { CallOptions, ClientOptions, VerifyCaptchaInput } from "@idaas-sdk/core";

export type { VerifyCaptchaInput };

import {
  type Assert,
  createTransport,
  type Equal,
  resolveConfig,
  type Scrubber,
  type WithInjectedHeaders,
  withCaptchaPoint,
} from "@idaas-sdk/core/internal";
import {
  errorFields,
  headerNames,
  type InjectedHeader,
  type OperationId,
  operationFacts,
  optionHeaders,
  type RequestBody,
  secretHeaders,
} from "./facts.js";
import type { paths as Paths } from "./generated/schema.js";
import {
  type CaptchaChallengeResult,
  type LoginWithEmailCodeResult,
  type LoginWithMobileCodeResult,
  type LoginWithMobilePasswordResult,
  type PasswordUpdateResult,
  type RefreshIdTokenResult,
  sent,
  success,
  toCaptchaChallenge,
  toCaptchaToken,
  toIdTokenRefresh,
  toPasswordLoginResult,
  toPasswordUpdateResult,
  type VerifyCaptchaResult,
} from "./results.js";

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

export interface CiamClient {
  /** Logs in with mobile number and password. */
  loginWithMobilePassword(
    input: LoginWithMobilePasswordInput,
    options?: CallOptions,
  ): Promise<LoginWithMobilePasswordResult>;
  /** Logs in with email and the email code. */
  loginWithEmailCode(input: LoginWithEmailCodeInput, options?: CallOptions): Promise<LoginWithEmailCodeResult>;
  /** Logs in with mobile number and the SMS code. */
  loginWithMobileCode(input: LoginWithMobileCodeInput, options?: CallOptions): Promise<LoginWithMobileCodeResult>;
  /** Sends an SMS code. Resolves when sent. Never retried: each send costs money. */
  sendSmsCode(input: SendSmsCodeInput, options?: CallOptions): Promise<void>;
  /** Sends an email code. Resolves when sent. Never retried: each send costs money. */
  sendEmailCode(input: SendEmailCodeInput, options?: CallOptions): Promise<void>;
  /** After PASSWORD_WARN or PASSWORD_EXPIRED: changes the password and logs in. Never retried. */
  updatePassword(input: UpdatePasswordInput, options?: CallOptions): Promise<PasswordUpdateResult>;
  /** After PASSWORD_WARN: keeps the password for now and logs in. */
  skipPasswordUpdate(input: SkipPasswordUpdateInput, options?: CallOptions): Promise<PasswordUpdateResult>;
  /** Gets a slider captcha, the human check before every code send. */
  getCaptcha(input?: undefined, options?: CallOptions): Promise<CaptchaChallengeResult>;
  /** Checks where the user dropped the piece. Never retried: a captcha is checked once; get a new one after a failure. */
  verifyCaptcha(input: VerifyCaptchaInput, options?: CallOptions): Promise<VerifyCaptchaResult>;
  /** Gets a new id_token for the session token. Never retried: the answer may replace the session token. */
  refreshIdToken(input: RefreshIdTokenInput, options?: CallOptions): Promise<RefreshIdTokenResult>;
}

// An operation added to the spec must get its method here.
export type _EveryOperation = Assert<Equal<keyof CiamClient, OperationId>>;
// verifyCaptcha's input is shared with the other product (@idaas-sdk/core): the spec's fields must still fit it.
export type _VerifyCaptchaFields = Assert<
  RequestBody<"verifyCaptcha"> extends { token: string; sender: string; point_json: string } ? true : false
>;

/** Creates a CIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createCiamClient(options: CiamClientOptions): CiamClient {
  return facadeOf(configAndTransport(options).transport);
}

/** Checks the options; returns them resolved and the transport every call of a client runs on (`raw` uses both). */
export function configAndTransport(options: CiamClientOptions) {
  const config = resolveConfig(options, headerNames, secretHeaders);
  return { config, transport: createTransport({ config, errorFields, optionHeaders }) };
}

/** One method per operation, each run by the transport from the operation's generated facts. */
export function facadeOf(transport: ReturnType<typeof createTransport>): CiamClient {
  const call = <Op extends OperationId, Result>(
    operation: Op,
    read: (operation: Op, body: unknown, scrub: () => Scrubber) => Result,
  ) => transport.operation(operation, operationFacts[operation], (body, scrub) => read(operation, body, scrub));
  return {
    loginWithMobilePassword: call("loginWithMobilePassword", toPasswordLoginResult),
    loginWithEmailCode: call("loginWithEmailCode", success),
    loginWithMobileCode: call("loginWithMobileCode", success),
    sendSmsCode: call("sendSmsCode", sent),
    sendEmailCode: call("sendEmailCode", sent),
    updatePassword: call("updatePassword", toPasswordUpdateResult),
    skipPasswordUpdate: call("skipPasswordUpdate", toPasswordUpdateResult),
    getCaptcha: call("getCaptcha", toCaptchaChallenge),
    verifyCaptcha: withCaptchaPoint(
      "verifyCaptcha",
      operationFacts.verifyCaptcha.fields.point_json.argument,
      call("verifyCaptcha", toCaptchaToken),
    ),
    refreshIdToken: call("refreshIdToken", toIdTokenRefresh),
  };
}
