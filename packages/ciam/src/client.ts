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
  type RequestBody,
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

function requireInput(operation: OperationId, input: unknown): void {
  if (typeof input !== "object" || input === null)
    throw new IdaasConfigError(`${operation} input`, "must be an object");
}

/** What the transport needs to know about one call of `operation`, from the generated facts. */
function planOf<Op extends OperationId>(operation: Op, body: RequestBody<Op>, retry: boolean) {
  const facts = operationFacts[operation];
  return { operation, statuses: facts.httpStatuses, retry, body, fields: facts.fieldKinds };
}

/** Creates a CIAM client; checks the options first and throws {@link IdaasConfigError} naming a bad one. */
export function createCiamClient(options: CiamClientOptions): CiamClient {
  const config = resolveConfig(options, headerNames);
  const transport = createTransport({ config, errorFields });
  const raw = createClient<CiamPaths>({ baseUrl: config.baseUrl, headers: config.headers, fetch: transport.rawFetch });
  // The facade's own calls: the transport adds the client's headers while it builds each request.
  const calls = createClient<CiamPaths>({ baseUrl: config.baseUrl, Request: transport.Request });

  return {
    raw,

    async loginWithMobilePassword(input, callOptions) {
      const operation = "loginWithMobilePassword";
      requireInput(operation, input);
      const body: RequestBody<typeof operation> = { mobile: input.mobile, password: input.password };
      const plan = planOf(operation, body, true);
      return transport.call(
        plan,
        callOptions,
        (fetch, signal) => calls.POST(operationFacts[operation].path, { body, parseAs: "text", fetch, signal }),
        (data) => toPasswordLoginResult(operation, data),
      );
    },

    async loginWithEmailCode(input, callOptions) {
      const operation = "loginWithEmailCode";
      requireInput(operation, input);
      const body: RequestBody<typeof operation> = { email: input.email, verify_code: input.verifyCode };
      const plan = planOf(operation, body, true);
      return transport.call(
        plan,
        callOptions,
        (fetch, signal) => calls.POST(operationFacts[operation].path, { body, parseAs: "text", fetch, signal }),
        (data) => success(operation, data),
      );
    },
  };
}
