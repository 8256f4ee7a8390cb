import { describe, expectTypeOf, it } from "vitest";
import {
  type CaptchaChallengeResult,
  type createEiamClient,
  type EiamErrorCode,
  isIdaasApiError,
  type LoginWithMobileCodeResult,
} from "./index.js";
import type { EiamRawClient } from "./raw.js";

declare const client: ReturnType<typeof createEiamClient>;
declare const rawClient: EiamRawClient;

describe("EIAM types", () => {
  it("narrow results on status, and a switch over status is exhaustive", async () => {
    const result = await client.loginWithMobileCode({ mobile: "1", verifyCode: "2" });
    switch (result.status) {
      case "SUCCESS":
        expectTypeOf(result.sessionToken).toEqualTypeOf<string>();
        expectTypeOf(result.expire).toEqualTypeOf<number>();
        expectTypeOf(result.idToken).toEqualTypeOf<string>();
        break;
      case "MFA_AUTH":
        expectTypeOf(result.stateToken).toEqualTypeOf<string>();
        expectTypeOf(result.mfaMethods).toEqualTypeOf<string[]>();
        break;
      case "ACCESS_DENIED":
        expectTypeOf(result.reason).toEqualTypeOf<string>();
        expectTypeOf(result.stateToken).toEqualTypeOf<string | undefined>();
        break;
      default:
        expectTypeOf(result).toBeNever();
    }
    expectTypeOf<LoginWithMobileCodeResult["status"]>().toEqualTypeOf<"SUCCESS" | "MFA_AUTH" | "ACCESS_DENIED">();
    const mfa = await client.verifyMfaEmail({ stateToken: "s", email: "e", verifyCode: "c" });
    expectTypeOf(mfa.status).toEqualTypeOf<"SUCCESS" | "ACCESS_DENIED">();
    expectTypeOf(client.sendSmsCode).returns.resolves.toBeVoid();
  });

  it("type the captcha, the email send, the SMS second factor and the refresh", async () => {
    const captcha = await client.getCaptcha();
    expectTypeOf(captcha).toEqualTypeOf<CaptchaChallengeResult>();
    expectTypeOf(captcha.token).toEqualTypeOf<string>();
    expectTypeOf(captcha.secretKey).toEqualTypeOf<string | null>();
    expectTypeOf(captcha.originalImageBase64).toEqualTypeOf<string>();
    const { captchaToken } = await client.verifyCaptcha({ ...captcha, point: { x: 237, y: 5 }, sender: "s" });
    expectTypeOf(captchaToken).toEqualTypeOf<string>();
    client.verifyCaptcha({ token: "t", pointJson: '{"x":237,"y":5}', sender: "s" });
    // @ts-expect-error the secretKey goes with the point (null when getCaptcha gave none)
    client.verifyCaptcha({ token: "t", point: { x: 237, y: 5 }, sender: "s" });
    // @ts-expect-error point or pointJson, not both
    client.verifyCaptcha({ token: "t", point: { x: 1, y: 5 }, secretKey: null, pointJson: "{}", sender: "s" });
    expectTypeOf(client.sendEmailCode).returns.resolves.toBeVoid();
    // @ts-expect-error type must be a documented email scenario
    client.sendEmailCode({ email: "e", type: "MFA_AUTH_SMS", captchaToken });
    const mfa = await client.verifyMfaSms({ stateToken: "s", mobile: "m", verifyCode: "c" });
    expectTypeOf(mfa.status).toEqualTypeOf<"SUCCESS" | "ACCESS_DENIED">();
    const refreshed = await client.refreshIdToken({ sessionToken: "s" });
    expectTypeOf(refreshed).toEqualTypeOf<{ sessionToken: string; expire: number; idToken: string }>();
    // @ts-expect-error sessionToken is required
    client.refreshIdToken({});
  });

  it("derive the error codes from the spec and narrow errors", () => {
    // Every operation's codes, a code only some of them answer included.
    expectTypeOf<EiamErrorCode>().toEqualTypeOf<
      "SDK.COMMON.1001" | "SDK.COMMON.1006" | "SDK.COMMON.1013" | "SDK.SMS.1005" | "SDK.SMS.1006"
    >();
    expectTypeOf<EiamErrorCode<"sendSmsCode">>().toEqualTypeOf<"SDK.COMMON.1001" | "SDK.COMMON.1006">();
    const error: unknown = undefined;
    if (isIdaasApiError(error) && error.operation === "sendSmsCode") {
      expectTypeOf(error.code).toEqualTypeOf<"SDK.COMMON.1001" | "SDK.COMMON.1006" | (string & {})>();
      expectTypeOf(error.httpStatus).toEqualTypeOf<number>();
    }
    if (isIdaasApiError(error, "SDK.COMMON.1001")) expectTypeOf(error.code).toEqualTypeOf<"SDK.COMMON.1001">();
    // @ts-expect-error an undocumented code is not accepted by the guard
    isIdaasApiError(error, "SDK.NOT.DOCUMENTED");
  });

  it("take typed arguments", () => {
    // @ts-expect-error type must be a documented scenario
    client.sendSmsCode({ mobile: "1", type: "LOGIN", captchaToken: "t" });
    // @ts-expect-error verifyCode is required
    client.loginWithMobileCode({ mobile: "1" });
    client.loginWithMobileCode({ mobile: "1", verifyCode: "2" }, { timeoutMs: 5_000, signal: AbortSignal.timeout(1) });
  });

  it("the main entry's client has no raw: openapi-fetch stays in the raw entry", () => {
    // @ts-expect-error raw comes from @idaas-sdk/eiam/raw
    client.raw;
  });

  it("raw does not ask again for the injected headers", () => {
    const client = rawClient;
    client.raw.POST("/api/v2/sdk/login/mobile-verify-code", { body: { mobile: "1", verify_code: "2" } });
    client.raw.POST("/api/v2/sdk/mfa/email", {
      body: { email: "e", verify_code: "c" },
      params: { header: { "X-state-token": "s" } },
    });
    // @ts-expect-error X-state-token is not injected: still required
    client.raw.POST("/api/v2/sdk/mfa/email", { body: { email: "e", verify_code: "c" }, params: { header: {} } });
    client.raw.GET("/api/v2/sdk/captcha");
    client.raw.POST("/api/v2/sdk/sso/session-token/id-token", { params: { header: { "X-session-token": "s" } } });
    // @ts-expect-error X-session-token is not injected: still required
    client.raw.POST("/api/v2/sdk/sso/session-token/id-token", { params: { header: {} } });
  });
});
