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

// From the graphical captcha the user has just passed:
const captchaToken = "71dd26999e314f9abb0c635336976635";
try {
  await eiam.sendSmsCode({
    mobile: "15201657315",
    type: "LOGIN_SMS",
    captchaToken,
  });
  console.log("code sent");
} catch (error) {
  // Sending is never retried automatically: each send costs money.
  if (isIdaasApiError(error)) {
    console.log("not sent:", error.httpStatus, error.code);
  } else {
    throw error;
  }
}
