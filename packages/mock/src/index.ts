export { banner } from "./banner.js";
export { basePath } from "./products.js";
export { type MockOptions, MockStartError, type RunningMock, startMock } from "./server.js";
