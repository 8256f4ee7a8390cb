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
  type Schemas,
  secretHeaders,
} from "./facts.js";
import type { paths as Paths } from "./generated/schema.js";
import {
  type CaptchaChallengeResult,
  type LoginWithMobileCodeResult,
  type RefreshIdTokenResult,
  toCaptchaChallenge,
  toCaptchaToken,
  toIdTokenRefresh,
  toLoginResult,
  toMfaResult,
  type VerifyCaptchaResult,
  type VerifyMfaEmailResult,
  type VerifyMfaSmsResult,
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
}

// An operation added to the spec must get its method here.
export type _EveryOperation = Assert<Equal<keyof EiamClient, OperationId>>;
// verifyCaptcha's input is shared with the other product (@idaas-sdk/core): the spec's fields must still fit it.
export type _VerifyCaptchaFields = Assert<
  RequestBody<"verifyCaptcha"> extends { token: string; sender: string; point_json: string } ? true : false
>;

/** Creates an EIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createEiamClient(options: EiamClientOptions): EiamClient {
  return facadeOf(configAndTransport(options).transport);
}

/** Checks the options; returns them resolved and the transport every call of a client runs on (`raw` uses both). */
export function configAndTransport(options: EiamClientOptions) {
  const config = resolveConfig(options, headerNames, secretHeaders);
  return { config, transport: createTransport({ config, errorFields, optionHeaders }) };
}

/** One method per operation, each run by the transport from the operation's generated facts. */
export function facadeOf(transport: ReturnType<typeof createTransport>): EiamClient {
  const call = <Op extends OperationId, Result>(
    operation: Op,
    read: (operation: Op, body: unknown, scrub: () => Scrubber) => Result,
  ) => transport.operation(operation, operationFacts[operation], (body, scrub) => read(operation, body, scrub));
  return {
    sendSmsCode: call("sendSmsCode", () => undefined),
    loginWithMobileCode: call("loginWithMobileCode", toLoginResult),
    verifyMfaEmail: call("verifyMfaEmail", toMfaResult),
    getCaptcha: call("getCaptcha", toCaptchaChallenge),
    verifyCaptcha: withCaptchaPoint(
      "verifyCaptcha",
      operationFacts.verifyCaptcha.fields.point_json.argument,
      call("verifyCaptcha", toCaptchaToken),
    ),
    sendEmailCode: call("sendEmailCode", () => undefined),
    verifyMfaSms: call("verifyMfaSms", toMfaResult),
    refreshIdToken: call("refreshIdToken", toIdTokenRefresh),
  };
}
