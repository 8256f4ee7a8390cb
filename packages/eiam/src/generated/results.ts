// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// What each EIAM operation whose answer has a `status` resolves to, named after it.

import type { OperationResult } from "./operations.js";

/** What `loginWithMobileCode` resolves to: the result of one of its documented statuses. */
export type LoginWithMobileCodeResult = OperationResult<"loginWithMobileCode">;

/** What `verifyMfaEmail` resolves to: the result of one of its documented statuses. */
export type VerifyMfaEmailResult = OperationResult<"verifyMfaEmail">;

/** What `verifyMfaSms` resolves to: the result of one of its documented statuses. */
export type VerifyMfaSmsResult = OperationResult<"verifyMfaSms">;

/** What `loginWithPassword` resolves to: the result of one of its documented statuses. */
export type LoginWithPasswordResult = OperationResult<"loginWithPassword">;

/** What `loginWithEmailCode` resolves to: the result of one of its documented statuses. */
export type LoginWithEmailCodeResult = OperationResult<"loginWithEmailCode">;

/** What `updatePassword` resolves to: the result of one of its documented statuses. */
export type UpdatePasswordResult = OperationResult<"updatePassword">;

/** What `skipPasswordUpdate` resolves to: the result of one of its documented statuses. */
export type SkipPasswordUpdateResult = OperationResult<"skipPasswordUpdate">;

/** What `updatePasswordWithSmsCode` resolves to: the result of one of its documented statuses. */
export type UpdatePasswordWithSmsCodeResult = OperationResult<"updatePasswordWithSmsCode">;

/** What `updatePasswordWithEmailCode` resolves to: the result of one of its documented statuses. */
export type UpdatePasswordWithEmailCodeResult = OperationResult<"updatePasswordWithEmailCode">;

/** What `registerWithMobileCode` resolves to: the result of one of its documented statuses. */
export type RegisterWithMobileCodeResult = OperationResult<"registerWithMobileCode">;
