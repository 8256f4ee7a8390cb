// The CIAM client's own types; what every product client shares is ProductClientMisfits of the client test suite,
// and what is core's alone is tested in core.
import type { ProductClientMisfits } from "@idaas-sdk/client-test-suite";
import { describe, expectTypeOf, it } from "vitest";
import type * as functions from "./functions.js";
import * as ciam from "./index.js";
import type { CiamRawClient } from "./raw.js";

declare const client: ciam.CiamClient;
declare const rawClient: CiamRawClient;

describe("CIAM types", () => {
  it("give the mobile + password login's policy to checkPassword", async () => {
    const result = await client.loginWithMobilePassword({ mobile: "1", password: "p" });
    if (result.status === "PASSWORD_WARN") {
      expectTypeOf(result.passwordPolicy.regEx).toEqualTypeOf<string>();
      expectTypeOf(ciam.checkPassword("x", result.passwordPolicy)).toEqualTypeOf<ciam.PasswordRule[]>();
    }
    const email = await client.loginWithEmailCode({ email: "e", verifyCode: "c" });
    expectTypeOf(email.status).toEqualTypeOf<"SUCCESS">();
  });

  it("derive the error codes of each operation from the spec", () => {
    expectTypeOf<"IDAAS.SDK.LOGIN.0002">().toExtend<ciam.CiamErrorCode<"loginWithMobilePassword">>();
    expectTypeOf<"IDAAS.SDK.COM.0002">().toExtend<ciam.CiamErrorCode<"loginWithEmailCode">>();
    // The email login cannot lock an account by password failures.
    expectTypeOf<"IDAAS.SDK.LOGIN.0001">().not.toExtend<ciam.CiamErrorCode<"loginWithEmailCode">>();
    expectTypeOf(ciam.isCiamApiError).toEqualTypeOf(ciam.isIdaasApiError);
    const error: unknown = undefined;
    if (ciam.isCiamApiError(error) && error.operation === "loginWithEmailCode") {
      expectTypeOf(error.code).toEqualTypeOf<ciam.CiamErrorCode<"loginWithEmailCode"> | (string & {})>();
    }
    // @ts-expect-error an undocumented code is not accepted by the guard
    ciam.isCiamApiError(error, "IDAAS.SDK.NOPE");
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
    expectTypeOf(changed).toEqualTypeOf<ciam.PasswordUpdateResult>();
    expectTypeOf(skipped).toEqualTypeOf<ciam.PasswordUpdateResult>();
    expectTypeOf<ciam.PasswordUpdateResult["status"]>().toEqualTypeOf<"SUCCESS" | "ACCESS_DENIED">();
    if (changed.status === "SUCCESS") expectTypeOf(changed.idToken).toEqualTypeOf<string>();
    else expectTypeOf(changed.reason).toEqualTypeOf<string>();
    // @ts-expect-error the skip needs the state token
    await client.skipPasswordUpdate({});
    // @ts-expect-error the change needs the old password
    await client.updatePassword({ stateToken: "s", newPassword: "n" });
    expectTypeOf<"IDAAS.SDK.PARAM.0014">().toExtend<ciam.CiamErrorCode<"updatePassword">>();
    expectTypeOf<"IDAAS.SDK.CAPTCHA.0006">().toExtend<ciam.CiamErrorCode<"sendEmailCode">>();
    expectTypeOf<"IDAAS.SDK.LOGIN.0001">().not.toExtend<ciam.CiamErrorCode<"skipPasswordUpdate">>();
    // Without an operation: every operation's codes, one that only some of them answer included.
    expectTypeOf<"IDAAS.SDK.COM.0002">().toExtend<ciam.CiamErrorCode>();
    expectTypeOf<"IDAAS.SDK.PARAM.0023">().toExtend<ciam.CiamErrorCode>();
  });

  it("type the refresh's error code", () => {
    expectTypeOf<ciam.CiamErrorCode<"refreshIdToken">>().toEqualTypeOf<"IDAAS.SDK.PARAM.0023">();
  });

  it("derive each result union from the spec's status values", () => {
    expectTypeOf<ciam.LoginWithPasswordResult>().toEqualTypeOf<
      ciam.LoginSuccessResult | ciam.PasswordWarnResult | ciam.PasswordExpiredResult | ciam.AccessDeniedResult
    >();
    expectTypeOf<ciam.LoginWithPasswordResult>().toEqualTypeOf<ciam.LoginWithMobilePasswordResult>();
    expectTypeOf<ciam.RegisterResult>().toEqualTypeOf<ciam.LoginSuccessResult>();
    expectTypeOf(client.registerWithEmailCode).returns.resolves.toEqualTypeOf<ciam.RegisterResult>();
    expectTypeOf<ciam.PasswordWarnResult["passwordPolicy"]>().toEqualTypeOf<ciam.PasswordPolicy>();
    // CIAM documents no second factor: no MFA_AUTH in any of its results.
    expectTypeOf<"MFA_AUTH">().not.toExtend<ciam.LoginWithPasswordResult["status"]>();
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
    expectTypeOf(await client.listCountryCodes()).toEqualTypeOf<ciam.CountryCodesResult>();
    const login = await client.loginWithPassword({ userName: "13800000000", password: "p" });
    if (login.status === "PASSWORD_EXPIRED") expectTypeOf(ciam.checkPassword("n", login.passwordPolicy)).toBeArray();
    expectTypeOf<"IDAAS.SDK.PARAM.0016">().toExtend<ciam.CiamErrorCode<"hasPassword">>();
    expectTypeOf<"IDAAS.SDK.PARAM.0016">().toExtend<ciam.CiamErrorCode>();
    const error: unknown = undefined;
    if (ciam.isIdaasApiError(error, "IDAAS.SDK.PARAM.0016"))
      expectTypeOf(error.code).toEqualTypeOf<"IDAAS.SDK.PARAM.0016">();
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

  it("are every product client's: core's captcha, refresh and call options, withDevice, raw, /functions", () => {
    expectTypeOf<ProductClientMisfits<ciam.CiamClient, CiamRawClient, typeof functions, "eiam">>().toBeNever();
  });
});
