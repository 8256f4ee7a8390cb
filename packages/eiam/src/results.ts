// The results of the EIAM calls: camelCase, discriminated on `status`, every field typed from the generated schema.
// The results both products share (a login's outcomes, the captcha, the refresh, the password check, the country
// codes) and their readers are @idaas-sdk/core's (its /product-entry gives the main entry their types);
// generated/operations.ts asserts that this spec still fits them. The generated functions read a 200 body of a
// schema named after the product, <Product>X, with `to<Product>X` from here.

import { type Assert, type Equal, readBody } from "@idaas-sdk/core/internal";
import type { OperationResult, Schemas } from "./generated/operations.js";

export type LoginWithMobileCodeResult = OperationResult<"loginWithMobileCode">;
export type LoginWithEmailCodeResult = OperationResult<"loginWithEmailCode">;
export type LoginWithPasswordResult = OperationResult<"loginWithPassword">;
export type VerifyMfaEmailResult = OperationResult<"verifyMfaEmail">;
export type VerifyMfaSmsResult = OperationResult<"verifyMfaSms">;
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
