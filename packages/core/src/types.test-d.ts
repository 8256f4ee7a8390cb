import { describe, expectTypeOf, it } from "vitest";
import type { AccessDeniedResult, LoginSuccessResult, ResultOf, StatusResults } from "./status-results.js";
import type {
  ApiErrorOf,
  ArgumentFields,
  ArgumentOf,
  DocumentedStatuses,
  ErrorCodeOf,
  ErrorCodesOf,
  IsApiError,
  MisfitInputs,
  UnreadStatusBodies,
  WithInjectedHeaders,
} from "./types.js";

// A neutral operation shaped like openapi-typescript output.
interface Op {
  parameters: { header: { "X-app": string; "X-token": string; "X-opt"?: string } };
  responses: {
    200: { content: { "application/json": { ok: true } } };
    400: { content: { "application/json": { code: "A" | "B"; msg: string } } };
    503: { content: { "application/json": { code: "C"; msg: string } } };
  };
}
interface Paths {
  "/thing": { parameters: { header?: never }; post: Op };
}

describe("core type helpers", () => {
  it("ErrorCodeOf collects the codes of 4xx and 5xx answers", () => {
    expectTypeOf<ErrorCodeOf<Op, "code">>().toEqualTypeOf<"A" | "B" | "C">();
  });
  it("DocumentedStatuses needs every status", () => {
    expectTypeOf<DocumentedStatuses<Op>>().toEqualTypeOf<{ 200: true; 400: true; 503: true }>();
  });
  it("WithInjectedHeaders makes the injected headers optional and keeps the others", () => {
    type Header = WithInjectedHeaders<Paths, "X-app">["/thing"]["post"]["parameters"]["header"];
    expectTypeOf<Header>().toEqualTypeOf<{ "X-token": string; "X-opt"?: string; "X-app"?: string }>();
    type AllInjected = WithInjectedHeaders<Paths, "X-app" | "X-token">["/thing"]["post"]["parameters"];
    expectTypeOf<AllInjected>().toEqualTypeOf<{
      header?: { "X-opt"?: string; "X-app"?: string; "X-token"?: string };
    }>();
  });

  it("IsApiError narrows to an operation's documented codes, or to the code it is given, and refuses another", () => {
    interface Operations {
      thing: Op;
      other: { responses: { 400: { content: { "application/json": { code: "D"; msg: string } } } } };
    }
    type Code = ErrorCodesOf<Operations, "code", keyof Operations>;
    expectTypeOf<Code>().toEqualTypeOf<"A" | "B" | "C" | "D">();
    const isApiError = (() => true) as unknown as IsApiError<ApiErrorOf<Operations, "code">, Code>;
    const error: unknown = undefined;
    if (isApiError(error)) {
      expectTypeOf(error.code).toEqualTypeOf<Code | (string & {})>();
      if (error.operation === "thing") expectTypeOf(error.code).toEqualTypeOf<"A" | "B" | "C" | (string & {})>();
      expectTypeOf(error.httpStatus).toEqualTypeOf<number>();
    }
    if (isApiError(error, "D")) expectTypeOf(error.code).toEqualTypeOf<"D">();
    // @ts-expect-error an undocumented code is not accepted by the guard
    isApiError(error, "E");
  });

  it("ResultOf is the union of the results of the documented statuses", () => {
    expectTypeOf<ResultOf<"SUCCESS" | "ACCESS_DENIED">>().toEqualTypeOf<LoginSuccessResult | AccessDeniedResult>();
    expectTypeOf<ResultOf<"SUCCESS">["status"]>().toEqualTypeOf<"SUCCESS">();
    expectTypeOf<keyof StatusResults>().toEqualTypeOf<
      "SUCCESS" | "MFA_AUTH" | "PASSWORD_WARN" | "PASSWORD_EXPIRED" | "ACCESS_DENIED"
    >();
  });

  it("a result narrows on status, each to its own fields, and a switch over status is exhaustive", () => {
    const result = {} as ResultOf<"SUCCESS" | "MFA_AUTH" | "ACCESS_DENIED">;
    switch (result.status) {
      case "SUCCESS":
        expectTypeOf(result.idToken).toEqualTypeOf<string>();
        expectTypeOf(result.expire).toEqualTypeOf<number>();
        break;
      case "MFA_AUTH":
        expectTypeOf(result.mfaMethods).toEqualTypeOf<string[]>();
        break;
      case "ACCESS_DENIED":
        expectTypeOf(result.reason).toEqualTypeOf<string>();
        expectTypeOf(result.stateToken).toEqualTypeOf<string | undefined>();
        break;
      default:
        expectTypeOf(result).toBeNever();
    }
    // @ts-expect-error a status the union does not hold
    if (result.status === "PASSWORD_WARN") return;
  });

  it("UnreadStatusBodies names the operations whose status has no reader or does not fit it", () => {
    type Json<Body> = { content: { "application/json": Body } };
    type Success = { status: "SUCCESS"; session_token: string; expire: number; id_token: string };
    interface Operations {
      fine: { responses: { 200: Json<Success | { status: "ACCESS_DENIED"; data: string }> } };
      noStatus: { responses: { 200: Json<{ token: string }> } };
      empty: { responses: { 200: { content?: never } } };
      unknownStatus: { responses: { 200: Json<Success | { status: "WELCOME"; data: string }> } };
      misfit: { responses: { 200: Json<{ status: "SUCCESS"; session_token: string; expire: string }> } };
    }
    expectTypeOf<UnreadStatusBodies<Operations>>().toEqualTypeOf<"unknownStatus" | "misfit">();
    expectTypeOf<UnreadStatusBodies<Pick<Operations, "fine" | "noStatus" | "empty">>>().toBeNever();
  });

  it("ArgumentOf and ArgumentFields camelCase a field's name unless its fact names another argument", () => {
    expectTypeOf<ArgumentOf<"attr_nick_name", { kind: "plain" }>>().toEqualTypeOf<"attrNickName">();
    expectTypeOf<ArgumentOf<"password", { argument: "newPassword" }>>().toEqualTypeOf<"newPassword">();
    type Body = { verify_code: string; head_img?: string; pwd?: string };
    type Fields = { verify_code: { kind?: never }; head_img: { kind: "plain" }; pwd: { argument: "password" } };
    expectTypeOf<ArgumentFields<Body, Fields>>().toEqualTypeOf<{
      verifyCode: string;
      headImg?: string;
      password?: string;
    }>();
  });

  it("MisfitInputs names the methods whose input is not what their facts name", () => {
    type Empty = Record<never, never>;
    type Facts = {
      login: { headers: Empty; fields: { user_name: Empty; password: Empty } };
      reset: { headers: Empty; fields: { password: { argument: "newPassword" }; nick: { optional: true } } };
      signedIn: { headers: { idToken: "Authorization"; clientId: "X-client" }; fields: Empty };
      list: { headers: Empty; fields: Empty };
    };
    type Call<Input> = (input: Input) => Promise<void>;
    type Client = {
      login: Call<{ userName: string; password: string }>;
      reset: Call<{ newPassword: string; nick?: string }>;
      signedIn: Call<{ idToken: string }>;
      list: (input?: undefined) => Promise<void>;
    };
    expectTypeOf<MisfitInputs<Client, Facts, "X-client">>().toBeNever();
    type Wrong = {
      login: Call<{ username: string; password: string }>;
      reset: Call<{ newPassword: string; nick: string }>;
      signedIn: Call<{ idToken?: string }>;
      list: Call<{ extra: string }>;
    };
    expectTypeOf<MisfitInputs<Wrong, Facts, "X-client">>().toEqualTypeOf<"login" | "reset" | "signedIn" | "list">();
  });
});
