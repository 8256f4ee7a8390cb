export { type CaptchaCheckSuite, describeCaptchaCheck } from "./captcha.js";
export { describeProductClient, type ProductClientSuite } from "./client.js";
export { describeProductPackage, type ProductPackageSuite } from "./package.js";
