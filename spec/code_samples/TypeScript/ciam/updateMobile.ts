import { createCiamClient, isIdaasApiError } from "@idaas-sdk/ciam";

const ciam = createCiamClient({
  // the mock; in production, your tenant's URL
  baseUrl: "http://127.0.0.1:4010/ciam",
  clientId: "nTo1eRIub60vPb54WeE6aojPwYwImtl4",
  device: {
    osVersion: "windows10.1.1",
    fingerprint: "156aysdna213sc50",
    agent: "MyApp/1.0",
  },
});

// The id_token of the user's login, and the code sent with sendSmsCode (type UPDATE_MOBILE_SMS) to the NEW number:
const idToken = "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJzdWJqZWN0In0.DeWt4QuZXso";
try {
  await ciam.updateMobile({ idToken, mobile: "15201657312", verifyCode: "123456" });
  console.log("mobile number changed");
} catch (error) {
  // Never retried automatically: the code is single-use.
  if (isIdaasApiError(error, "IDAAS.SDK.CAPTCHA.0007")) console.log("wrong code: ask the user again");
  else if (isIdaasApiError(error, "IDAAS.SDK.PARAM.0016")) console.log("id_token refused: refresh it, then retry");
  else throw error;
}
