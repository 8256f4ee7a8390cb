import { createEiamClient, isIdaasApiError } from "@idaas-sdk/eiam";

const eiam = createEiamClient({
  // the mock; in production, your tenant's URL
  baseUrl: "http://127.0.0.1:4010/eiam",
  clientId: "nTo1eRIub60vPb54WeE6aojPwYwImtl4",
  device: {
    osVersion: "windows10.1.1",
    fingerprint: "156aysdna213sc50",
    agent: "MyApp/1.0",
  },
});

const login = await eiam.loginWithPassword({ userName: "test01", password: "123456" });
if (login.status === "PASSWORD_WARN" || login.status === "PASSWORD_EXPIRED") {
  // … getCaptcha, verifyCaptcha, sendEmailCode({ email, type: "CHANGE_PWD_EMS", captchaToken }) to the user's
  // own address, then:
  try {
    const result = await eiam.updatePasswordWithEmailCode({
      stateToken: login.stateToken,
      verifyCode: "1234",
      newPassword: "P@ssw0rd123",
    });
    if (result.status === "SUCCESS") console.log("logged in for", result.expire, "seconds");
    else console.log("refused:", result.reason);
  } catch (error) {
    // Never retried automatically: a code is used once.
    if (isIdaasApiError(error, "SDK.SMS.1006")) console.log("wrong code: type it again");
    else throw error;
  }
}
