import { createCiamClient } from "@idaas-sdk/ciam";

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
// Show the background with its gap, and the piece the user drags into it:
const background = `data:image/png;base64,${captcha.originalImageBase64}`;
const piece = `data:image/png;base64,${captcha.jigsawImageBase64}`;
console.log(background.length, piece.length, captcha.secretKey === null ? "plain point" : "encrypted point");
// Keep captcha.token and captcha.secretKey for verifyCaptcha.
