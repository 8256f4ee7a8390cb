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
  // The code the user received after sendSmsCode with type REGISTER_SMS; the other fields are optional:
  const result = await ciam.registerWithMobileCode({
    mobile: "15200000000",
    verifyCode: "1234",
    userName: "zhangsan",
    name: "张三",
    password: "QWE@qwe123",
  });
  console.log("registered and logged in for", result.expire, "seconds");
} catch (error) {
  // Never retried automatically: the code is single-use.
  if (isIdaasApiError(error, "IDAAS.SDK.CAPTCHA.0007")) {
    console.log("wrong code: ask the user again");
  } else {
    throw error;
  }
}
