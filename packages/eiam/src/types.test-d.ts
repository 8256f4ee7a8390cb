// The EIAM client's own types; what every product client shares is ProductClientMisfits of the client test suite,
// and what is core's alone is tested in core.
import type { ProductClientMisfits } from "@idaas-sdk/client-test-suite";
import { describe, expectTypeOf, it } from "vitest";
import type * as functions from "./functions.js";
import * as eiam from "./index.js";
import type { EiamRawClient } from "./raw.js";

declare const client: eiam.EiamClient;
declare const rawClient: EiamRawClient;

describe("EIAM types", () => {
  it("derive the error codes from the spec and narrow errors with either name of the guard", () => {
    // Every operation's codes, a code only some of them answer included.
    expectTypeOf<eiam.EiamErrorCode>().toEqualTypeOf<
      "SDK.COMMON.1001" | "SDK.COMMON.1006" | "SDK.COMMON.1013" | "SDK.SMS.1005" | "SDK.SMS.1006" | "SDK.LOGIN.1003"
    >();
    expectTypeOf<eiam.EiamErrorCode<"loginWithPassword">>().toEqualTypeOf<"SDK.COMMON.1001" | "SDK.LOGIN.1003">();
    expectTypeOf(eiam.isEiamApiError).toEqualTypeOf(eiam.isIdaasApiError);
    const error: unknown = undefined;
    if (eiam.isEiamApiError(error) && error.operation === "sendSmsCode") {
      expectTypeOf(error.code).toEqualTypeOf<"SDK.COMMON.1001" | "SDK.COMMON.1006" | (string & {})>();
    }
    // @ts-expect-error an undocumented code is not accepted by the guard
    eiam.isEiamApiError(error, "SDK.NOT.DOCUMENTED");
  });

  it("take EIAM's send types and typed arguments", () => {
    expectTypeOf(client.sendSmsCode).returns.resolves.toBeVoid();
    expectTypeOf(client.sendEmailCode).returns.resolves.toBeVoid();
    // @ts-expect-error type must be a documented scenario
    client.sendSmsCode({ mobile: "1", type: "LOGIN", captchaToken: "t" });
    // @ts-expect-error type must be a documented email scenario
    client.sendEmailCode({ email: "e", type: "MFA_AUTH_SMS", captchaToken: "t" });
    // @ts-expect-error verifyCode is required
    client.loginWithMobileCode({ mobile: "1" });
    // @ts-expect-error the refresh needs the session token
    client.refreshIdToken({});
  });

  it("answer the code logins and the second factors with their statuses' results", async () => {
    expectTypeOf<eiam.LoginWithMobileCodeResult>().toEqualTypeOf<
      eiam.LoginSuccessResult | eiam.MfaAuthResult | eiam.AccessDeniedResult
    >();
    const email = await client.verifyMfaEmail({ stateToken: "s", email: "e", verifyCode: "c" });
    const sms = await client.verifyMfaSms({ stateToken: "s", mobile: "m", verifyCode: "c" });
    expectTypeOf([email.status, sms.status]).toEqualTypeOf<("SUCCESS" | "ACCESS_DENIED")[]>();
  });

  it("derive each result union from the spec's status values", () => {
    // The password login: the five statuses of the page, each its own result.
    expectTypeOf<eiam.LoginWithPasswordResult>().toEqualTypeOf<
      | eiam.LoginSuccessResult
      | eiam.MfaAuthResult
      | eiam.PasswordWarnResult
      | eiam.PasswordExpiredResult
      | eiam.AccessDeniedResult
    >();
    expectTypeOf<eiam.LoginWithEmailCodeResult>().toEqualTypeOf<eiam.LoginWithMobileCodeResult>();
    expectTypeOf<eiam.PasswordUpdateResult>().toEqualTypeOf<eiam.LoginSuccessResult | eiam.AccessDeniedResult>();
    expectTypeOf<eiam.RegisterResult>().toEqualTypeOf<eiam.LoginSuccessResult>();
    expectTypeOf(client.updatePassword).returns.resolves.toEqualTypeOf<eiam.PasswordUpdateResult>();
    expectTypeOf(client.skipPasswordUpdate).returns.resolves.toEqualTypeOf<eiam.PasswordUpdateResult>();
    expectTypeOf(client.updatePasswordWithSmsCode).returns.resolves.toEqualTypeOf<eiam.PasswordUpdateResult>();
    expectTypeOf(client.updatePasswordWithEmailCode).returns.resolves.toEqualTypeOf<eiam.PasswordUpdateResult>();
    expectTypeOf(client.registerWithMobileCode).returns.resolves.toEqualTypeOf<eiam.RegisterResult>();
  });

  it("pass the password login's state token on, and its policy to checkPassword", async () => {
    const login = await client.loginWithPassword({ userName: "u", password: "p" });
    if (login.status === "MFA_AUTH") await client.getMobileByStateToken({ stateToken: login.stateToken });
    if (login.status === "PASSWORD_EXPIRED") {
      expectTypeOf(login.passwordPolicy).toEqualTypeOf<eiam.PasswordPolicy>();
      await client.updatePasswordWithSmsCode({ stateToken: login.stateToken, verifyCode: "1", newPassword: "n" });
    }
    // @ts-expect-error the user name argument is userName (the page's user_name)
    client.loginWithPassword({ username: "u", password: "p" });
  });

  it("raw takes EIAM's paths and asks again only for the headers the client does not inject", async () => {
    const { raw } = rawClient;
    raw.POST("/api/v2/sdk/login/mobile-verify-code", { body: { mobile: "1", verify_code: "2" } });
    raw.POST("/api/v2/sdk/mfa/email", {
      body: { email: "e", verify_code: "c" },
      params: { header: { "X-state-token": "s" } },
    });
    // @ts-expect-error X-state-token is not injected: still required
    raw.POST("/api/v2/sdk/mfa/email", { body: { email: "e", verify_code: "c" }, params: { header: {} } });
    raw.POST("/api/v2/sdk/sso/session-token/id-token", { params: { header: { "X-session-token": "s" } } });
    // @ts-expect-error X-session-token is not injected: still required
    raw.POST("/api/v2/sdk/sso/session-token/id-token", { params: { header: {} } });
    const { data } = await raw.GET("/api/v2/sdk/pwd/check-exist", {
      params: { header: { Authorization: "Bearer t" } },
    });
    expectTypeOf(data).toEqualTypeOf<{ is_set_pwd: boolean } | undefined>();
    // @ts-expect-error Authorization is not injected: still required
    raw.GET("/api/v2/sdk/pwd/check-exist", { params: { header: {} } });
    raw.POST("/api/v2/sdk/login", { body: { user_name: "u", password: "p" } });
    raw.POST("/api/v2/sdk/pwd/update-by-mobile", { body: { mobile: "m", verify_code: "c", password: "n" } });
    raw.GET("/api/v2/sdk/mobile-by-token", { params: { header: { "X-state-token": "s" } } });
    raw.GET("/api/v2/sdk/captcha");
  });

  it("type the other calls' inputs and plain results", async () => {
    expectTypeOf(await client.getMobileByStateToken({ stateToken: "s" })).toEqualTypeOf<{ mobile: string }>();
    expectTypeOf(await client.hasPassword({ idToken: "t" })).toEqualTypeOf<boolean>();
    expectTypeOf(await client.listCountryCodes()).toEqualTypeOf<eiam.CountryCodesResult>();
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

  it("are every product client's: core's captcha, refresh and call options, withDevice, raw, /functions", () => {
    expectTypeOf<ProductClientMisfits<eiam.EiamClient, EiamRawClient, typeof functions, "ciam">>().toBeNever();
  });
});
