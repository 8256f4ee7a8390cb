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

// "Forgot password": after getCaptcha, verifyCaptcha and
// sendSmsCode({ mobile, type: "CHANGE_PWD_SMS", captchaToken }) (the type this page asks for):
try {
  await eiam.resetPasswordWithSmsCode({
    mobile: "15201657314",
    verifyCode: "123456",
    newPassword: "P@sdsdfsdfds",
  });
  console.log("password reset: log in again with the new one");
} catch (error) {
  // Never retried automatically: a code is used once.
  if (isIdaasApiError(error, "SDK.SMS.1005")) console.log("wrong code: type it again");
  else if (isIdaasApiError(error, "SDK.COMMON.1013")) console.log("no user has this number");
  else throw error;
}
