export { banner, codeLine } from "./banner.js";
export {
  ADMIN_PATH,
  CODE_TRIES,
  ID_TOKEN_LIFETIMES,
  INBOX_BYTES,
  INBOX_SIZE,
  type IssuedChallenge,
  type IssuedCode,
  issuerOf,
  JWKS_PATH,
  LIFETIMES,
  LOCKOUT,
  MAX_TTL_SECONDS,
  PUZZLE,
  STRANGERS_SIZE,
} from "./emulator/index.js";
export { type EmulatorRule, PASSWORD_POLICY_CODE } from "./emulator/replies.js";
export {
  checkUsers,
  DEFAULT_USERS,
  type EmulatorUser,
  type EmulatorUsers,
  type PasswordState,
  readUsersFile,
} from "./emulator/users.js";
export { MOCK_ERRORS } from "./http/reply.js";
export { type WaitForCodeOptions, waitForCode } from "./inbox.js";
export { basePath, DEFAULT_HOST, DEFAULT_PORT } from "./products.js";
/** The mock's own error codes for request problems the spec documents no vendor error for. */
export { UNDOCUMENTED as mockRequestErrorCodes } from "./request-rules.js";
export { type EmulatorHandle, type MockOptions, MockStartError, type RunningMock, startMock } from "./start.js";
