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

// After getCaptcha, verifyCaptcha and sendSmsCode({ mobile, type: "REGISTER_SMS", captchaToken }):
try {
  const result = await eiam.registerWithMobileCode({
    mobile: "15201657315",
    verifyCode: "1234",
    userName: "zhangsan", // optional, as every attribute but the mobile number and the code
    name: "张三",
  });
  // Assumed: no page shows this answer (see the operation's description).
  console.log("registered and logged in for", result.expire, "seconds");
} catch (error) {
  // Never retried automatically: a code is used once.
  if (isIdaasApiError(error, "SDK.SMS.1005")) console.log("wrong code: type it again");
  else throw error;
}
