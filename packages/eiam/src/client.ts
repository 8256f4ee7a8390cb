import type { CallOptions, ClientOptions } from "@idaas-sdk/core";
import {
  type Assert,
  createTransport,
  type Equal,
  resolveConfig,
  type WithInjectedHeaders,
} from "@idaas-sdk/core/internal";
import createClient, { type Client } from "openapi-fetch";
import type { paths as Paths } from "./generated/schema.js";
import { type LoginWithMobileCodeResult, toLoginResult, toMfaResult, type VerifyMfaEmailResult } from "./results.js";
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
} from "./spec.js";

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

export interface EiamClient {
  /** Sends an SMS code. Resolves when sent. Never retried: each send costs money. */
  sendSmsCode(input: SendSmsCodeInput, options?: CallOptions): Promise<void>;
  /** Logs in with mobile number and SMS code. */
  loginWithMobileCode(input: LoginWithMobileCodeInput, options?: CallOptions): Promise<LoginWithMobileCodeResult>;
  /** Completes an MFA_AUTH login with the email code. */
  verifyMfaEmail(input: VerifyMfaEmailInput, options?: CallOptions): Promise<VerifyMfaEmailResult>;
  /** The typed openapi-fetch client, for the spec's exact shapes. Device headers are set already. */
  raw: Client<EiamPaths>;
}

// An operation added to the spec must get its method here.
export type _EveryOperation = Assert<Equal<Exclude<keyof EiamClient, "raw">, OperationId>>;

/** Creates an EIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createEiamClient(options: EiamClientOptions): EiamClient {
  const config = resolveConfig(options, headerNames, secretHeaders);
  const transport = createTransport({ config, errorFields, optionHeaders });
  const call = <Op extends OperationId, Result>(operation: Op, read: (operation: Op, body: unknown) => Result) =>
    transport.operation(operation, operationFacts[operation], (body) => read(operation, body));
  return {
    raw: createClient<EiamPaths>({ baseUrl: config.baseUrl, headers: config.headers, fetch: transport.rawFetch }),
    sendSmsCode: call("sendSmsCode", () => undefined),
    loginWithMobileCode: call("loginWithMobileCode", toLoginResult),
    verifyMfaEmail: call("verifyMfaEmail", toMfaResult),
  };
}
