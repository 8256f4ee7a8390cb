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

try {
  const login = await eiam.loginWithPassword({ userName: "test01", password: "123456" });
  switch (login.status) {
    case "SUCCESS":
      console.log("logged in for", login.expire, "seconds");
      break;
    case "PASSWORD_WARN":
      // No session yet: updatePassword (or a code variant) or skipPasswordUpdate with login.stateToken.
      console.log("the password expires soon:", login.passwordPolicy.tip);
      break;
    case "PASSWORD_EXPIRED":
      // No session yet: updatePassword (or a code variant) with login.stateToken.
      console.log("the password has expired:", login.passwordPolicy.tip);
      break;
    case "MFA_AUTH":
      // getMobileByStateToken, then the SMS code with type MFA_AUTH_SMS and verifyMfaSms (or verifyMfaEmail).
      console.log("second factor needed:", login.mfaMethods);
      break;
    case "ACCESS_DENIED":
      console.log("refused:", login.reason);
      break;
    default:
      login satisfies never; // a status this switch misses does not compile
  }
} catch (error) {
  // Never retried automatically: each attempt counts toward the lockout.
  if (isIdaasApiError(error, "SDK.LOGIN.1003")) console.log("locked:", error.message);
  else throw error;
}
