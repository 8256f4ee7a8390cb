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

try {
  // The code the user received after sendSmsCode with type LOGIN_SMS:
  const result = await ciam.loginWithMobileCode({
    mobile: "11012345678",
    verifyCode: "232326",
  });
  console.log("logged in for", result.expire, "seconds");
} catch (error) {
  if (isIdaasApiError(error, "IDAAS.SDK.CAPTCHA.0007")) {
    console.log("wrong code: ask the user again");
  } else {
    throw error;
  }
}
