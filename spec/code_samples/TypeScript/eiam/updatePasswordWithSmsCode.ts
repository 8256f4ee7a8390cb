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
  // Where the code goes:
  const { mobile } = await eiam.getMobileByStateToken({ stateToken: login.stateToken });
  console.log("a code will be sent to", mobile);
  // … getCaptcha, verifyCaptcha, sendSmsCode({ mobile, type: "CHANGE_PWD_SMS", captchaToken }), then:
  try {
    const result = await eiam.updatePasswordWithSmsCode({
      stateToken: login.stateToken,
      verifyCode: "1234",
      newPassword: "P@ssw0rd123",
    });
    if (result.status === "SUCCESS") console.log("logged in for", result.expire, "seconds");
    else console.log("refused:", result.reason);
  } catch (error) {
    // Never retried automatically: a code is used once.
    if (isIdaasApiError(error, "SDK.SMS.1005")) console.log("wrong code: type it again");
    else throw error;
  }
}
