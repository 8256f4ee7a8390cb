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

const login = await eiam.loginWithPassword({ userName: "test01", password: "123456" });
if (login.status === "MFA_AUTH" || login.status === "PASSWORD_WARN" || login.status === "PASSWORD_EXPIRED") {
  // Show the user where the SMS code will go, before sending it:
  const { mobile } = await eiam.getMobileByStateToken({ stateToken: login.stateToken });
  console.log("we will send a code to", mobile);
}
