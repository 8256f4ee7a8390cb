import type { FunctionsMisfitClient } from "@idaas-sdk/client-test-suite";
import type { ClientCore } from "@idaas-sdk/core/internal";
import { describe, expectTypeOf, it } from "vitest";
import * as functions from "./functions.js";
import type { EiamClient, LoginWithPasswordInput } from "./index.js";
import {
  type AccessDeniedResult,
  type CaptchaChallengeResult,
  type CountryCodesResult,
  type createEiamClient,
  type EiamErrorCode,
  isEiamApiError,
  isIdaasApiError,
  type LoginSuccessResult,
  type LoginWithEmailCodeResult,
  type LoginWithMobileCodeResult,
  type LoginWithPasswordResult,
  type MfaAuthResult,
  type PasswordExpiredResult,
  type PasswordPolicy,
  type PasswordUpdateResult,
  type PasswordWarnResult,
  type RegisterResult,
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
      "SDK.COMMON.1001" | "SDK.COMMON.1006" | "SDK.COMMON.1013" | "SDK.SMS.1005" | "SDK.SMS.1006" | "SDK.LOGIN.1003"
    >();
    expectTypeOf<EiamErrorCode<"loginWithPassword">>().toEqualTypeOf<"SDK.COMMON.1001" | "SDK.LOGIN.1003">();
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

  it("isEiamApiError is isIdaasApiError under the product's name, narrowing alike", () => {
    const error: unknown = undefined;
    expectTypeOf(isEiamApiError).toEqualTypeOf(isIdaasApiError);
    if (isEiamApiError(error)) {
      expectTypeOf(error.code).toEqualTypeOf<EiamErrorCode | (string & {})>();
      if (error.operation === "sendSmsCode")
        expectTypeOf(error.code).toEqualTypeOf<"SDK.COMMON.1001" | "SDK.COMMON.1006" | (string & {})>();
    }
    if (isEiamApiError(error, "SDK.COMMON.1001")) expectTypeOf(error.code).toEqualTypeOf<"SDK.COMMON.1001">();
    // @ts-expect-error an undocumented code is not accepted by the guard
    isEiamApiError(error, "SDK.NOT.DOCUMENTED");
  });

  it("take a device per call, and make a client with another device", () => {
    client.getCaptcha(undefined, { device: { fingerprint: "f", ip: "203.0.113.7" } });
    // @ts-expect-error a device field the SDK does not know
    client.getCaptcha(undefined, { device: { fingerPrint: "f" } });
    expectTypeOf(client.withDevice({ agent: "a" })).toEqualTypeOf<typeof client>();
    expectTypeOf(rawClient.withDevice({ ip: "203.0.113.7" })).toEqualTypeOf<typeof rawClient>();
    expectTypeOf(rawClient.withDevice({}).raw).toEqualTypeOf(rawClient.raw);
  });

  it("take typed arguments", () => {
    // @ts-expect-error type must be a documented scenario
    client.sendSmsCode({ mobile: "1", type: "LOGIN", captchaToken: "t" });
    // @ts-expect-error verifyCode is required
    client.loginWithMobileCode({ mobile: "1" });
    client.loginWithMobileCode({ mobile: "1", verifyCode: "2" }, { timeoutMs: 5_000, signal: AbortSignal.timeout(1) });
  });

  it("derive each result union from the spec's status values", () => {
    // The password login: the five statuses of the page, each its own result.
    expectTypeOf<LoginWithPasswordResult>().toEqualTypeOf<
      LoginSuccessResult | MfaAuthResult | PasswordWarnResult | PasswordExpiredResult | AccessDeniedResult
    >();
    expectTypeOf<LoginWithEmailCodeResult>().toEqualTypeOf<LoginWithMobileCodeResult>();
    expectTypeOf<PasswordUpdateResult>().toEqualTypeOf<LoginSuccessResult | AccessDeniedResult>();
    expectTypeOf<RegisterResult>().toEqualTypeOf<LoginSuccessResult>();
    expectTypeOf(client.updatePassword).returns.resolves.toEqualTypeOf<PasswordUpdateResult>();
    expectTypeOf(client.skipPasswordUpdate).returns.resolves.toEqualTypeOf<PasswordUpdateResult>();
    expectTypeOf(client.updatePasswordWithSmsCode).returns.resolves.toEqualTypeOf<PasswordUpdateResult>();
    expectTypeOf(client.updatePasswordWithEmailCode).returns.resolves.toEqualTypeOf<PasswordUpdateResult>();
    expectTypeOf(client.registerWithMobileCode).returns.resolves.toEqualTypeOf<RegisterResult>();
  });

  it("narrow the password login on status, exhaustively, down to the policy checkPassword takes", async () => {
    const login = await client.loginWithPassword({ userName: "u", password: "p" });
    switch (login.status) {
      case "SUCCESS":
        expectTypeOf(login.idToken).toEqualTypeOf<string>();
        break;
      case "MFA_AUTH":
        expectTypeOf(login.mfaMethods).toEqualTypeOf<string[]>();
        await client.getMobileByStateToken({ stateToken: login.stateToken });
        break;
      case "PASSWORD_WARN":
      case "PASSWORD_EXPIRED":
        expectTypeOf(login.passwordPolicy).toEqualTypeOf<PasswordPolicy>();
        await client.updatePasswordWithSmsCode({ stateToken: login.stateToken, verifyCode: "1", newPassword: "n" });
        break;
      case "ACCESS_DENIED":
        expectTypeOf(login.reason).toEqualTypeOf<string>();
        break;
      default:
        expectTypeOf(login).toBeNever();
    }
    // @ts-expect-error the user name argument is userName (the page's user_name)
    client.loginWithPassword({ username: "u", password: "p" });
  });

  it("type the new calls' inputs and plain results", async () => {
    expectTypeOf(await client.getMobileByStateToken({ stateToken: "s" })).toEqualTypeOf<{ mobile: string }>();
    expectTypeOf(await client.hasPassword({ idToken: "t" })).toEqualTypeOf<boolean>();
    expectTypeOf(await client.listCountryCodes()).toEqualTypeOf<CountryCodesResult>();
    const { phoneAreaCodeDefinitions, preferredAreaCode } = await client.listCountryCodes();
    expectTypeOf(phoneAreaCodeDefinitions[0]?.displayMapping.en).toEqualTypeOf<string | undefined>();
    expectTypeOf(phoneAreaCodeDefinitions[0]?.areaCodeSuffixes).toEqualTypeOf<string[] | undefined>();
    expectTypeOf(preferredAreaCode).toEqualTypeOf<string | undefined>();
    for (const resolvesNothing of [
      client.resetPasswordWithSmsCode,
      client.resetPasswordWithEmailCode,
      client.updateEmail,
      client.changePasswordWithSmsCode,
      client.changePasswordWithEmailCode,
    ]) {
      expectTypeOf(resolvesNothing).returns.resolves.toBeVoid();
    }
    // The page names the new password `password`; the argument is newPassword (x-idaas-sdk-argument).
    client.resetPasswordWithSmsCode({ mobile: "m", verifyCode: "c", newPassword: "n" });
    // @ts-expect-error the page's field name is not the argument
    client.resetPasswordWithSmsCode({ mobile: "m", verifyCode: "c", password: "n" });
    // The id_token bare: the SDK adds "Bearer ".
    client.changePasswordWithEmailCode({ idToken: "t", verifyCode: "c", newPassword: "n" });
    // @ts-expect-error a signed-in call needs the id_token
    client.hasPassword({});
    client.registerWithMobileCode({ mobile: "m", verifyCode: "c" });
    client.registerWithMobileCode({ mobile: "m", verifyCode: "c", userName: "u", attrNickName: "n", industry: "i" });
    // @ts-expect-error the registration's optional fields are the page's, camelCased
    client.registerWithMobileCode({ mobile: "m", verifyCode: "c", user_name: "u" });
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

  it("raw takes the new operations with their own headers: Authorization carries `Bearer ` as the spec says", async () => {
    const client = rawClient;
    const { data } = await client.raw.GET("/api/v2/sdk/pwd/check-exist", {
      params: { header: { Authorization: "Bearer t" } },
    });
    expectTypeOf(data).toEqualTypeOf<{ is_set_pwd: boolean } | undefined>();
    // @ts-expect-error Authorization is not injected: still required
    client.raw.GET("/api/v2/sdk/pwd/check-exist", { params: { header: {} } });
    client.raw.POST("/api/v2/sdk/login", { body: { user_name: "u", password: "p" } });
    client.raw.POST("/api/v2/sdk/pwd/update-by-mobile", { body: { mobile: "m", verify_code: "c", password: "n" } });
    client.raw.GET("/api/v2/sdk/mobile-by-token", { params: { header: { "X-state-token": "s" } } });
    client.raw.GET("/api/v2/sdk/country-codes");
  });
});

describe("EIAM /functions types", () => {
  it("each function is its client method over the core: the client's input and result", () => {
    expectTypeOf<FunctionsMisfitClient<typeof functions, EiamClient, functions.EiamCore>>().toEqualTypeOf<never>();
    expectTypeOf(functions.loginWithPassword).parameter(1).toEqualTypeOf<LoginWithPasswordInput>();
    expectTypeOf(functions.loginWithPassword).returns.resolves.toEqualTypeOf<LoginWithPasswordResult>();
  });

  it("refuses the other product's core", () => {
    const ciamCore = {} as ClientCore<"ciam">;
    // @ts-expect-error: a CIAM core does not fit a EIAM function
    void functions.loginWithPassword(ciamCore, { userName: "u", password: "p" });
  });
});
