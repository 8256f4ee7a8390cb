import type { FunctionsMisfitClient } from "@idaas-sdk/client-test-suite";
import type { ClientCore } from "@idaas-sdk/core/internal";
import { describe, expectTypeOf, it } from "vitest";
import * as functions from "./functions.js";
import type { CiamClient, LoginWithMobilePasswordInput } from "./index.js";
import {
  type AccessDeniedResult,
  type CaptchaChallengeResult,
  type CiamErrorCode,
  type CountryCodesResult,
  checkPassword,
  type createCiamClient,
  isCiamApiError,
  isIdaasApiError,
  type LoginSuccessResult,
  type LoginWithMobilePasswordResult,
  type LoginWithPasswordResult,
  type PasswordExpiredResult,
  type PasswordPolicy,
  type PasswordRule,
  type PasswordUpdateResult,
  type PasswordWarnResult,
  type RegisterResult,
} from "./index.js";
import type { CiamRawClient } from "./raw.js";

declare const client: ReturnType<typeof createCiamClient>;
declare const rawClient: CiamRawClient;

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

  it("isCiamApiError is isIdaasApiError under the product's name, narrowing alike", () => {
    const error: unknown = undefined;
    expectTypeOf(isCiamApiError).toEqualTypeOf(isIdaasApiError);
    if (isCiamApiError(error)) {
      expectTypeOf(error.code).toEqualTypeOf<CiamErrorCode | (string & {})>();
      if (error.operation === "loginWithEmailCode")
        expectTypeOf(error.code).toEqualTypeOf<CiamErrorCode<"loginWithEmailCode"> | (string & {})>();
    }
    if (isCiamApiError(error, "IDAAS.SDK.LOGIN.0001")) expectTypeOf(error.code).toEqualTypeOf<"IDAAS.SDK.LOGIN.0001">();
    // @ts-expect-error an undocumented code is not accepted by the guard
    isCiamApiError(error, "IDAAS.SDK.NOPE");
  });

  it("take a device per call, and make a client with another device", () => {
    client.getCaptcha(undefined, { device: { fingerprint: "f", ip: "203.0.113.7" } });
    // @ts-expect-error a device field the SDK does not know
    client.getCaptcha(undefined, { device: { fingerPrint: "f" } });
    expectTypeOf(client.withDevice({ agent: "a" })).toEqualTypeOf<typeof client>();
    expectTypeOf(rawClient.withDevice({ ip: "203.0.113.7" })).toEqualTypeOf<typeof rawClient>();
    expectTypeOf(rawClient.withDevice({}).raw).toEqualTypeOf(rawClient.raw);
  });

  it("type the code sends, the SMS login and the password change or skip from the spec", async () => {
    await client.sendSmsCode({ mobile: "1", type: "UPDATE_PWD_SMS", captchaToken: "t" });
    // @ts-expect-error EIAM's MFA scenario is not in CIAM's list
    await client.sendSmsCode({ mobile: "1", type: "MFA_AUTH_SMS", captchaToken: "t" });
    await client.sendEmailCode({ email: "e", type: "LOGIN_EMS", captchaToken: "t" });
    // @ts-expect-error EIAM's MFA scenario is not in CIAM's list
    await client.sendEmailCode({ email: "e", type: "MFA_AUTH_EMS", captchaToken: "t" });
    expectTypeOf(client.sendSmsCode).returns.resolves.toEqualTypeOf<void>();
    const sms = await client.loginWithMobileCode({ mobile: "1", verifyCode: "c" });
    expectTypeOf(sms.status).toEqualTypeOf<"SUCCESS">();

    const login = await client.loginWithMobilePassword({ mobile: "1", password: "p" });
    if (login.status !== "PASSWORD_WARN") return;
    const changed = await client.updatePassword({ stateToken: login.stateToken, oldPassword: "p", newPassword: "n" });
    const skipped = await client.skipPasswordUpdate({ stateToken: login.stateToken });
    expectTypeOf(changed).toEqualTypeOf<PasswordUpdateResult>();
    expectTypeOf(skipped).toEqualTypeOf<PasswordUpdateResult>();
    expectTypeOf<PasswordUpdateResult["status"]>().toEqualTypeOf<"SUCCESS" | "ACCESS_DENIED">();
    if (changed.status === "SUCCESS") expectTypeOf(changed.idToken).toEqualTypeOf<string>();
    else expectTypeOf(changed.reason).toEqualTypeOf<string>();
    // @ts-expect-error the skip needs the state token
    await client.skipPasswordUpdate({});
    // @ts-expect-error the change needs the old password
    await client.updatePassword({ stateToken: "s", newPassword: "n" });
    expectTypeOf<"IDAAS.SDK.PARAM.0014">().toExtend<CiamErrorCode<"updatePassword">>();
    expectTypeOf<"IDAAS.SDK.CAPTCHA.0006">().toExtend<CiamErrorCode<"sendEmailCode">>();
    expectTypeOf<"IDAAS.SDK.LOGIN.0001">().not.toExtend<CiamErrorCode<"skipPasswordUpdate">>();
    // Without an operation: every operation's codes, one that only some of them answer included.
    expectTypeOf<"IDAAS.SDK.COM.0002">().toExtend<CiamErrorCode>();
    expectTypeOf<"IDAAS.SDK.PARAM.0023">().toExtend<CiamErrorCode>();
  });

  it("type the captcha and the refresh", async () => {
    const captcha = await client.getCaptcha();
    expectTypeOf(captcha).toEqualTypeOf<CaptchaChallengeResult>();
    expectTypeOf(captcha.secretKey).toEqualTypeOf<string | null>();
    const { captchaToken } = await client.verifyCaptcha({ ...captcha, point: { x: 237, y: 5 }, sender: "s" });
    expectTypeOf(captchaToken).toEqualTypeOf<string>();
    client.verifyCaptcha({ token: "t", pointJson: '{"x":237,"y":5}', sender: "s" });
    // @ts-expect-error the secretKey goes with the point (null when getCaptcha gave none)
    client.verifyCaptcha({ token: "t", point: { x: 237, y: 5 }, sender: "s" });
    const refreshed = await client.refreshIdToken({ sessionToken: "s" });
    expectTypeOf(refreshed).toEqualTypeOf<{ sessionToken: string; expire: number; idToken: string }>();
    const error: unknown = undefined;
    if (isIdaasApiError(error, "IDAAS.SDK.PARAM.0023"))
      expectTypeOf(error.code).toEqualTypeOf<"IDAAS.SDK.PARAM.0023">();
  });

  it("derive each result union from the spec's status values", () => {
    expectTypeOf<LoginWithPasswordResult>().toEqualTypeOf<
      LoginSuccessResult | PasswordWarnResult | PasswordExpiredResult | AccessDeniedResult
    >();
    expectTypeOf<LoginWithPasswordResult>().toEqualTypeOf<LoginWithMobilePasswordResult>();
    expectTypeOf<RegisterResult>().toEqualTypeOf<LoginSuccessResult>();
    expectTypeOf(client.registerWithEmailCode).returns.resolves.toEqualTypeOf<RegisterResult>();
    expectTypeOf<PasswordWarnResult["passwordPolicy"]>().toEqualTypeOf<PasswordPolicy>();
    // CIAM documents no second factor: no MFA_AUTH in any of its results.
    expectTypeOf<"MFA_AUTH">().not.toExtend<LoginWithPasswordResult["status"]>();
  });

  it("type the signed-in calls, sign-up and the country codes", async () => {
    expectTypeOf(await client.hasPassword({ idToken: "t" })).toEqualTypeOf<boolean>();
    await client.changePassword({ idToken: "t", newPassword: "n" }); // no current password yet
    await client.changePassword({ idToken: "t", oldPassword: "o", newPassword: "n" });
    // The page names the new password `password` on the code variants; the spec's x-idaas-sdk-argument makes it
    // `newPassword`, as on EIAM's twins.
    await client.changePasswordWithSmsCode({ idToken: "t", verifyCode: "c", newPassword: "n" });
    await client.changePasswordWithEmailCode({ idToken: "t", verifyCode: "c", newPassword: "n" });
    await client.updateMobile({ idToken: "t", mobile: "m", verifyCode: "c" });
    await client.updateEmail({ idToken: "t", email: "e", verifyCode: "c" });
    for (const resolvesNothing of [
      client.changePassword,
      client.changePasswordWithSmsCode,
      client.changePasswordWithEmailCode,
      client.updateMobile,
      client.updateEmail,
    ]) {
      expectTypeOf(resolvesNothing).returns.resolves.toBeVoid();
    }
    // @ts-expect-error a signed-in call needs the id_token
    await client.updateMobile({ mobile: "m", verifyCode: "c" });
    await client.registerWithEmailCode({ email: "e", verifyCode: "c", mobile: "m", password: "p" });
    // @ts-expect-error the email registration needs the email
    await client.registerWithEmailCode({ mobile: "m", verifyCode: "c" });
    expectTypeOf(await client.listCountryCodes()).toEqualTypeOf<CountryCodesResult>();
    const login = await client.loginWithPassword({ userName: "13800000000", password: "p" });
    if (login.status === "PASSWORD_EXPIRED") expectTypeOf(checkPassword("n", login.passwordPolicy)).toBeArray();
    expectTypeOf<"IDAAS.SDK.PARAM.0016">().toExtend<CiamErrorCode<"hasPassword">>();
    expectTypeOf<"IDAAS.SDK.PARAM.0016">().toExtend<CiamErrorCode>();
    const error: unknown = undefined;
    if (isIdaasApiError(error, "IDAAS.SDK.PARAM.0016"))
      expectTypeOf(error.code).toEqualTypeOf<"IDAAS.SDK.PARAM.0016">();
  });

  it("the main entry's client has no raw: openapi-fetch stays in the raw entry", () => {
    // @ts-expect-error raw comes from @idaas-sdk/ciam/raw
    client.raw;
  });

  it("raw does not ask again for the injected headers", () => {
    const client = rawClient;
    client.raw.POST("/api/v2/sdk/login/mobile-pwd", { body: { mobile: "1", password: "p" } });
    // @ts-expect-error the body is still checked
    client.raw.POST("/api/v2/sdk/login/mobile-pwd", { body: { mobile: "1" } });
    client.raw.POST("/api/v2/sdk/sso/session-token/id-token", { params: { header: { "session-token": "s" } } });
    // @ts-expect-error session-token is not injected: still required
    client.raw.POST("/api/v2/sdk/sso/session-token/id-token", { params: { header: {} } });
  });

  it("raw takes the new operations; Authorization carries `Bearer ` as the spec says", () => {
    const client = rawClient;
    client.raw.POST("/api/v2/sdk/pwd/change", {
      params: { header: { Authorization: "Bearer t" } },
      body: { new_password: "n" },
    });
    // @ts-expect-error Authorization is not injected: still required
    client.raw.POST("/api/v2/sdk/pwd/change", { params: { header: {} }, body: { new_password: "n" } });
    client.raw.POST("/api/v2/sdk/login/auth", { body: { user_name: "u", password: "p" } });
    client.raw.POST("/api/v2/sdk/register/email-verify-code", { body: { email: "e", verify_code: "c" } });
    client.raw.GET("/api/v2/sdk/country-codes");
  });
});

describe("CIAM /functions types", () => {
  it("each function is its client method over the core: the client's input and result", () => {
    expectTypeOf<FunctionsMisfitClient<typeof functions, CiamClient, functions.CiamCore>>().toEqualTypeOf<never>();
    expectTypeOf(functions.loginWithMobilePassword).parameter(1).toEqualTypeOf<LoginWithMobilePasswordInput>();
    expectTypeOf(functions.loginWithMobilePassword).returns.resolves.toEqualTypeOf<LoginWithMobilePasswordResult>();
  });

  it("refuses the other product's core", () => {
    const eiamCore = {} as ClientCore<"eiam">;
    // @ts-expect-error: an EIAM core does not fit a CIAM function
    void functions.loginWithMobilePassword(eiamCore, { mobile: "m", password: "p" });
  });
});
