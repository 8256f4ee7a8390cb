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
  // The account may be a user name, a mobile number or an email address:
  const result = await ciam.loginWithPassword({ userName: "test01", password: "123456" });
  switch (result.status) {
    case "SUCCESS":
      console.log("logged in for", result.expire, "seconds");
      break;
    case "PASSWORD_WARN":
    case "PASSWORD_EXPIRED":
      // No session yet: updatePassword (or, after WARN only,
      // skipPasswordUpdate) with result.stateToken logs the user in.
      console.log(result.status, result.passwordPolicy);
      break;
    case "ACCESS_DENIED":
      console.log("refused:", result.reason);
      break;
    default:
      result satisfies never; // a status this switch misses does not compile
  }
} catch (error) {
  if (isIdaasApiError(error, "IDAAS.SDK.LOGIN.0001")) {
    console.log("account locked: try again later");
  } else if (isIdaasApiError(error, "IDAAS.SDK.LOGIN.0002")) {
    console.log("wrong account or password");
  } else {
    throw error;
  }
}
