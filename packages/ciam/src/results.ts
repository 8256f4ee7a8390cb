// The results of the CIAM calls: camelCase, discriminated on `status`, every field typed from the generated schema.
// The results both products share (a login's outcomes, the captcha, the refresh, the password check, the country
// codes) and their readers are @idaas-sdk/core's (its /product-entry gives the main entry their types);
// generated/operations.ts asserts that this spec still fits them. The generated functions read a 200 body of a
// schema named after the product, <Product>X, with `to<Product>X` from here.

import type { Assert, Equal } from "@idaas-sdk/core/internal";
import type { OperationResult } from "./generated/operations.js";

export type LoginWithMobilePasswordResult = OperationResult<"loginWithMobilePassword">;
export type LoginWithPasswordResult = OperationResult<"loginWithPassword">;
export type LoginWithEmailCodeResult = OperationResult<"loginWithEmailCode">;
export type LoginWithMobileCodeResult = OperationResult<"loginWithMobileCode">;
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
