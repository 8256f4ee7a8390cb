// The EIAM results that are not one operation's: the result several operations share, under one name, and the body
// of a schema named after the product (<Product>X), which the generated functions read with `to<Product>X` from here.
// Each operation's result is generated (generated/results.ts: <OperationId>Result); the results both products share
// (a login's outcomes, the captcha, the refresh, the password check, the country codes) and their readers are
// @idaas-sdk/core's, and generated/operations.ts asserts that this spec still fits them.

import { type Assert, type Equal, readBody } from "@idaas-sdk/core/internal";
import type { OperationResult, Schemas } from "./generated/operations.js";

/** The result of `updatePassword`, of its code variants and of `skipPasswordUpdate`. */
export type PasswordUpdateResult = OperationResult<"updatePassword">;
/** The result of `registerWithMobileCode` (assumed by the spec: no page shows the answer). */
export type RegisterResult = OperationResult<"registerWithMobileCode">;

/** The user's mobile number, to show where the SMS code of the state token's user goes. */
export interface MobileByStateTokenResult {
  /** With its area code, e.g. `+86-15201657124`; personal data: show it to its user only. */
  mobile: Schemas["EiamMobileByStateToken"]["mobile"];
}

export function toEiamMobileByStateToken(operation: string, body: unknown): MobileByStateTokenResult {
  return { mobile: readBody<Schemas["EiamMobileByStateToken"]>(operation, body).string("mobile") };
}

// The result named after one operation is the other operations' too.
export type _SharedResults = Assert<
  Equal<
    [PasswordUpdateResult, PasswordUpdateResult, PasswordUpdateResult],
    [
      OperationResult<"skipPasswordUpdate">,
      OperationResult<"updatePasswordWithSmsCode">,
      OperationResult<"updatePasswordWithEmailCode">,
    ]
  >
>;
