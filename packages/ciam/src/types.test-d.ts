import { describe, expectTypeOf, it } from "vitest";
import {
  type CiamErrorCode,
  checkPassword,
  type createCiamClient,
  isIdaasApiError,
  type LoginWithMobilePasswordResult,
  type PasswordRule,
} from "./index.js";

declare const client: ReturnType<typeof createCiamClient>;

describe("CIAM types", () => {
  it("narrow results on status, and a switch over status is exhaustive", async () => {
    const result = await client.loginWithMobilePassword({ mobile: "1", password: "p" });
    switch (result.status) {
      case "SUCCESS":
        expectTypeOf(result.sessionToken).toEqualTypeOf<string>();
        expectTypeOf(result.expire).toEqualTypeOf<number>();
        break;
      case "PASSWORD_WARN":
      case "PASSWORD_EXPIRED":
        expectTypeOf(result.stateToken).toEqualTypeOf<string>();
        expectTypeOf(result.passwordPolicy.minLength).toEqualTypeOf<number>();
        expectTypeOf(result.passwordPolicy.regEx).toEqualTypeOf<string>();
        expectTypeOf(checkPassword("x", result.passwordPolicy)).toEqualTypeOf<PasswordRule[]>();
        break;
      case "ACCESS_DENIED":
        expectTypeOf(result.reason).toEqualTypeOf<string>();
        break;
      default:
        expectTypeOf(result).toBeNever();
    }
    expectTypeOf<LoginWithMobilePasswordResult["status"]>().toEqualTypeOf<
      "SUCCESS" | "PASSWORD_WARN" | "PASSWORD_EXPIRED" | "ACCESS_DENIED"
    >();
    const email = await client.loginWithEmailCode({ email: "e", verifyCode: "c" });
    expectTypeOf(email.status).toEqualTypeOf<"SUCCESS">();
  });

  it("derive the error codes of each operation from the spec", () => {
    expectTypeOf<"IDAAS.SDK.LOGIN.0002">().toExtend<CiamErrorCode<"loginWithMobilePassword">>();
    expectTypeOf<"IDAAS.SDK.COM.0002">().toExtend<CiamErrorCode<"loginWithEmailCode">>();
    // The email login cannot lock an account by password failures.
    expectTypeOf<"IDAAS.SDK.LOGIN.0001">().not.toExtend<CiamErrorCode<"loginWithEmailCode">>();
    const error: unknown = undefined;
    if (isIdaasApiError(error) && error.operation === "loginWithEmailCode") {
      expectTypeOf(error.code).toEqualTypeOf<CiamErrorCode<"loginWithEmailCode"> | (string & {})>();
    }
    if (isIdaasApiError(error, "IDAAS.SDK.LOGIN.0001"))
      expectTypeOf(error.code).toEqualTypeOf<"IDAAS.SDK.LOGIN.0001">();
    // @ts-expect-error an undocumented code is not accepted by the guard
    isIdaasApiError(error, "IDAAS.SDK.NOPE");
  });

  it("raw does not ask again for the injected headers", () => {
    client.raw.POST("/api/v2/sdk/login/mobile-pwd", { body: { mobile: "1", password: "p" } });
    // @ts-expect-error the body is still checked
    client.raw.POST("/api/v2/sdk/login/mobile-pwd", { body: { mobile: "1" } });
  });
});
