import { createEiamClient } from "@idaas-sdk/eiam";

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

// After sendEmailCode with type LOGIN_EMS:
const result = await eiam.loginWithEmailCode({
  email: "zhangsan@qq.com",
  verifyCode: "232326",
});
switch (result.status) {
  case "SUCCESS":
    console.log("logged in for", result.expire, "seconds");
    break;
  case "MFA_AUTH":
    // Continue with the second factor and result.stateToken.
    console.log("second factor needed:", result.mfaMethods);
    break;
  case "ACCESS_DENIED":
    console.log("refused:", result.reason);
    break;
  default:
    result satisfies never; // a status this switch misses does not compile
}
