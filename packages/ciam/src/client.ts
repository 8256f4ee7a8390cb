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
import {
  type LoginWithEmailCodeResult,
  type LoginWithMobilePasswordResult,
  success,
  toPasswordLoginResult,
} from "./results.js";
import {
  errorFields,
  headerNames,
  type InjectedHeader,
  type OperationId,
  operationFacts,
  optionHeaders,
  type RequestBody,
  secretHeaders,
} from "./spec.js";

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

export interface CiamClient {
  /** Logs in with mobile number and password. */
  loginWithMobilePassword(
    input: LoginWithMobilePasswordInput,
    options?: CallOptions,
  ): Promise<LoginWithMobilePasswordResult>;
  /** Logs in with email and the email code. */
  loginWithEmailCode(input: LoginWithEmailCodeInput, options?: CallOptions): Promise<LoginWithEmailCodeResult>;
  /** The typed openapi-fetch client, for the spec's exact shapes. Device headers are set already. */
  raw: Client<CiamPaths>;
}

// An operation added to the spec must get its method here.
export type _EveryOperation = Assert<Equal<Exclude<keyof CiamClient, "raw">, OperationId>>;

/** Creates a CIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createCiamClient(options: CiamClientOptions): CiamClient {
  const config = resolveConfig(options, headerNames, secretHeaders);
  const transport = createTransport({ config, errorFields, optionHeaders });
  const call = <Op extends OperationId, Result>(operation: Op, read: (operation: Op, body: unknown) => Result) =>
    transport.operation(operation, operationFacts[operation], (body) => read(operation, body));
  return {
    raw: createClient<CiamPaths>({ baseUrl: config.baseUrl, headers: config.headers, fetch: transport.rawFetch }),
    loginWithMobilePassword: call("loginWithMobilePassword", toPasswordLoginResult),
    loginWithEmailCode: call("loginWithEmailCode", success),
  };
}
