export { banner } from "./banner.js";
export { type MockOptions, MockStartError, type RunningMock, startMock } from "./server.js";
