// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// What each CIAM operation whose answer has a `status` resolves to, named after it.

import type { OperationResult } from "./operations.js";

/** What `loginWithMobilePassword` resolves to: the result of one of its documented statuses. */
export type LoginWithMobilePasswordResult = OperationResult<"loginWithMobilePassword">;

/** What `loginWithEmailCode` resolves to: the result of one of its documented statuses. */
export type LoginWithEmailCodeResult = OperationResult<"loginWithEmailCode">;

/** What `loginWithMobileCode` resolves to: the result of one of its documented statuses. */
export type LoginWithMobileCodeResult = OperationResult<"loginWithMobileCode">;

/** What `updatePassword` resolves to: the result of one of its documented statuses. */
export type UpdatePasswordResult = OperationResult<"updatePassword">;

/** What `skipPasswordUpdate` resolves to: the result of one of its documented statuses. */
export type SkipPasswordUpdateResult = OperationResult<"skipPasswordUpdate">;

/** What `loginWithPassword` resolves to: the result of one of its documented statuses. */
export type LoginWithPasswordResult = OperationResult<"loginWithPassword">;

/** What `registerWithMobileCode` resolves to: the result of one of its documented statuses. */
export type RegisterWithMobileCodeResult = OperationResult<"registerWithMobileCode">;

/** What `registerWithEmailCode` resolves to: the result of one of its documented statuses. */
export type RegisterWithEmailCodeResult = OperationResult<"registerWithEmailCode">;
