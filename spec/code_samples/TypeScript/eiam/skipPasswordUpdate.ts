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
if (login.status === "PASSWORD_WARN") {
  // No session yet. The user chose to keep the password for now:
  const result = await eiam.skipPasswordUpdate({ stateToken: login.stateToken });
  if (result.status === "SUCCESS") console.log("logged in for", result.expire, "seconds");
  else console.log("refused:", result.reason);
}
