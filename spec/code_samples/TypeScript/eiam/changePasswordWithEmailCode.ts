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

// The id_token of the user's login (or of the last refresh):
const idToken = "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJzdWJqZWN0In0.c2lnbmF0dXJl";
// After getCaptcha, verifyCaptcha and sendEmailCode({ email, type: "CHANGE_PWD_EMS", captchaToken }):
try {
  await eiam.changePasswordWithEmailCode({ idToken, verifyCode: "123456", newPassword: "P@sdsdfsdfds" });
  console.log("password changed");
} catch (error) {
  // Never retried automatically: a code is used once.
  if (isIdaasApiError(error, "SDK.SMS.1006")) console.log("wrong code: type it again");
  else if (isIdaasApiError(error, "SDK.COMMON.1006")) console.log("the id_token is not accepted: refresh it");
  else throw error;
}
