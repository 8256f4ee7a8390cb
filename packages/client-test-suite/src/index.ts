export { describeProductClient, type ProductClientSuite } from "./client.js";
export { describeProductPackage, type ProductPackageSuite } from "./package.js";
