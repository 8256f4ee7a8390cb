import {
  type Assert,
  type CallOptions,
  type ClientOptions,
  createTransport,
  type Equal,
  IdaasConfigError,
  resolveConfig,
  type WithInjectedHeaders,
} from "@idaas-sdk/core";
import createClient, { type Client } from "openapi-fetch";
import type { paths as Paths } from "./generated/schema.js";
import { type LoginWithMobileCodeResult, toLoginResult, toMfaResult, type VerifyMfaEmailResult } from "./results.js";
import {
  errorFields,
  headerNames,
  type InjectedHeader,
  type OperationId,
  operationFacts,
  type RequestBody,
  type Schemas,
  stateTokenHeader,
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

function requireInput(operation: OperationId, input: unknown): void {
  if (typeof input !== "object" || input === null)
    throw new IdaasConfigError(`${operation} input`, "must be an object");
}

/** What the transport needs to know about one call of `operation`, from the generated facts. */
function planOf<Op extends OperationId>(operation: Op, body: RequestBody<Op>, retry: boolean) {
  const facts = operationFacts[operation];
  return { operation, statuses: facts.httpStatuses, retry, body, fields: facts.fieldKinds };
}

/** Creates an EIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createEiamClient(options: EiamClientOptions): EiamClient {
  const config = resolveConfig(options, headerNames);
  const transport = createTransport({ config, errorFields });
  const raw = createClient<EiamPaths>({ baseUrl: config.baseUrl, headers: config.headers, fetch: transport.rawFetch });
  // The facade's own calls: the transport adds the client's headers while it builds each request.
  const calls = createClient<EiamPaths>({ baseUrl: config.baseUrl, Request: transport.Request });

  return {
    raw,

    async sendSmsCode(input, callOptions) {
      requireInput("sendSmsCode", input);
      const body: RequestBody<"sendSmsCode"> = {
        mobile: input.mobile,
        type: input.type,
        captcha_token: input.captchaToken,
      };
      const plan = planOf("sendSmsCode", body, false);
      await transport.call(
        plan,
        callOptions,
        (fetch, signal) => calls.POST(operationFacts.sendSmsCode.path, { body, parseAs: "text", fetch, signal }),
        () => undefined,
      );
    },

    async loginWithMobileCode(input, callOptions) {
      requireInput("loginWithMobileCode", input);
      const body: RequestBody<"loginWithMobileCode"> = { mobile: input.mobile, verify_code: input.verifyCode };
      const operation = "loginWithMobileCode";
      const plan = planOf(operation, body, true);
      return transport.call(
        plan,
        callOptions,
        (fetch, signal) => calls.POST(operationFacts[operation].path, { body, parseAs: "text", fetch, signal }),
        (data) => toLoginResult(operation, data),
      );
    },

    async verifyMfaEmail(input, callOptions) {
      requireInput("verifyMfaEmail", input);
      const body: RequestBody<"verifyMfaEmail"> = { email: input.email, verify_code: input.verifyCode };
      const operation = "verifyMfaEmail";
      const header = { [stateTokenHeader]: input.stateToken };
      const plan = { ...planOf(operation, body, true), secretHeaders: header };
      return transport.call(
        plan,
        callOptions,
        (fetch, signal) =>
          calls.POST(operationFacts[operation].path, { body, params: { header }, parseAs: "text", fetch, signal }),
        (data) => toMfaResult(operation, data),
      );
    },
  };
}
