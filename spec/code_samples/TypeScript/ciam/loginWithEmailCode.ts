import { createCiamClient } from "@idaas-sdk/ciam";

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

const result = await ciam.loginWithEmailCode({
  email: "zhangsan@qq.com",
  verifyCode: "123456",
});
console.log("logged in for", result.expire, "seconds");
