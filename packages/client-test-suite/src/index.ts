export { type CaptchaCheckSuite, describeCaptchaCheck } from "./captcha.js";
export { describeProductClient, type ProductClientSuite } from "./client.js";
export type { ProductClientMisfits } from "./client-types.js";
export type { FunctionsMisfitClient } from "./functions-types.js";
export { describeProductPackage, type ProductPackageSuite } from "./package.js";
