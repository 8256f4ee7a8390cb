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

const captcha = await ciam.getCaptcha();
// Where the user dropped the piece: its left offset in the image as shown, scaled to the 310-pixel original.
const shownWidth = 310;
const droppedAt = 237;
try {
  const { captchaToken } = await ciam.verifyCaptcha({
    token: captcha.token,
    secretKey: captcha.secretKey, // the SDK encrypts the point with it when there is one
    point: { x: (droppedAt * 310) / shownWidth, y: 5 },
    sender: "15201657315",
  });
  await ciam.sendSmsCode({ mobile: "15201657315", type: "LOGIN_SMS", captchaToken });
} catch (error) {
  // A captcha is checked once: after a failure, get a new one.
  if (isIdaasApiError(error)) console.log("captcha not passed:", error.code);
  else throw error;
}
