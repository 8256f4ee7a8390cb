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

// From the graphical captcha the user has just passed:
const captchaToken = '71dd26999e314f9abb0c635336976635---{"x":237.0,"y":5.0}';
try {
  await ciam.sendSmsCode({
    mobile: "15200000000",
    type: "LOGIN_SMS",
    captchaToken,
  });
  console.log("code sent");
} catch (error) {
  // Sending is never retried automatically: each send costs money.
  if (isIdaasApiError(error, "IDAAS.SDK.CAPTCHA.0006")) {
    console.log("not sent: let the user pass a new captcha");
  } else {
    throw error;
  }
}
