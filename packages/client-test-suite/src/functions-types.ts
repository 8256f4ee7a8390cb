// Type-level check of a product's `/functions` entry against its client: for the type tests of each product.

import type { Equal } from "@idaas-sdk/core/internal";

/**
 * The operations of `Client` whose function in `Functions` does not take `Core` then exactly the method's arguments,
 * or does not resolve with the method's result; `never` when every function is its method over the core.
 */
export type FunctionsMisfitClient<Functions, Client, Core> = {
  [Op in keyof Client & keyof Functions]: Client[Op] extends (...args: infer Args) => infer Result
    ? Functions[Op] extends (...args: infer FunctionArgs) => infer FunctionResult
      ? [Equal<FunctionArgs, [Core, ...Args]>, Equal<FunctionResult, Result>] extends [true, true]
        ? never
        : Op
      : Op
    : never;
}[keyof Client & keyof Functions];
