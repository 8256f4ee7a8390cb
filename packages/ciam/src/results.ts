// The CIAM results that are not one operation's: the results several operations share, under one name. Each
// operation's result is generated (generated/results.ts: <OperationId>Result); the results both products share (a
// login's outcomes, the captcha, the refresh, the password check, the country codes) and their readers are
// @idaas-sdk/core's, and generated/operations.ts asserts that this spec still fits them.

import type { Assert, Equal } from "@idaas-sdk/core/internal";
import type { OperationResult } from "./generated/operations.js";

/** The result of `updatePassword` and of `skipPasswordUpdate`. */
export type PasswordUpdateResult = OperationResult<"updatePassword">;
/** The result of `registerWithMobileCode` and `registerWithEmailCode` (assumed by the spec: no page shows it). */
export type RegisterResult = OperationResult<"registerWithMobileCode">;

// The results named after one operation are the other operations' too.
export type _SharedResults = Assert<
  Equal<
    [PasswordUpdateResult, RegisterResult],
    [OperationResult<"skipPasswordUpdate">, OperationResult<"registerWithEmailCode">]
  >
>;
