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

const login = await eiam.loginWithMobileCode({
  mobile: "11012345678",
  verifyCode: "232326",
});
if (login.status === "MFA_AUTH") {
  const result = await eiam.verifyMfaEmail({
    stateToken: login.stateToken,
    email: "zhangsan@example.com",
    verifyCode: "123456",
  });
  if (result.status === "SUCCESS") {
    console.log("logged in for", result.expire, "seconds");
  } else {
    console.log("refused:", result.reason);
  }
}
