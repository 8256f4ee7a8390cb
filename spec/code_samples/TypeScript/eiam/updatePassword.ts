import { checkPassword, createEiamClient, isIdaasApiError } from "@idaas-sdk/eiam";

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

const password = "P@ssw0rd";
const login = await eiam.loginWithPassword({ userName: "test01", password });
if (login.status === "PASSWORD_WARN" || login.status === "PASSWORD_EXPIRED") {
  // No session yet: the change logs the user in.
  const newPassword = "P@ssw0rd123";
  const broken = checkPassword(newPassword, login.passwordPolicy);
  if (broken.length > 0) {
    console.log("the new password breaks:", broken, login.passwordPolicy.tip);
  } else {
    try {
      const result = await eiam.updatePassword({ stateToken: login.stateToken, oldPassword: password, newPassword });
      if (result.status === "SUCCESS") console.log("logged in for", result.expire, "seconds");
      else console.log("refused:", result.reason);
    } catch (error) {
      // Never retried automatically. A refused state token: log in again.
      if (isIdaasApiError(error, "SDK.COMMON.1006")) console.log("log in again");
      else throw error;
    }
  }
}
