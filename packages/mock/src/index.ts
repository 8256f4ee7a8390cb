export { banner } from "./banner.js";
export { basePath, DEFAULT_HOST, DEFAULT_PORT } from "./products.js";
/** The mock's own error codes for request problems the spec documents no vendor error for. */
export { UNDOCUMENTED as mockRequestErrorCodes } from "./rules.js";
export { type MockOptions, MockStartError, type RunningMock, startMock } from "./server.js";
