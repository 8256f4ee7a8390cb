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

// The id_token of the user's login (refresh it with refreshIdToken when it has expired):
const login = await ciam.loginWithMobilePassword({ mobile: "15200000000", password: "aaaaaa" });
if (login.status === "SUCCESS") {
  const { idToken } = login;
  try {
    // A user without a password (registered by code) sets one without the current password:
    if (await ciam.hasPassword({ idToken })) {
      await ciam.changePassword({ idToken, oldPassword: "aaaaaa", newPassword: "Bbbbbb-2026" });
    } else {
      await ciam.changePassword({ idToken, newPassword: "Bbbbbb-2026" });
    }
    console.log("password changed");
  } catch (error) {
    // Never retried automatically.
    if (isIdaasApiError(error, "IDAAS.SDK.PARAM.0016")) console.log("id_token refused: refresh it, then retry");
    else if (isIdaasApiError(error, "IDAAS.SDK.LOGIN.0002")) console.log("wrong current password");
    else throw error;
  }
}
