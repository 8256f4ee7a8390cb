// Type-level checks of what every product client shares, for the type tests of each product (src/types.test-d.ts):
// a check that fails adds its name to the union, which `expectTypeOf<ProductClientMisfits<…>>().toBeNever()` refuses.
// What is core's alone (the captcha input's union, the call options, the error guard's narrowing, a result's
// narrowing on status) is tested in core.

import type {
  CallOptions,
  CaptchaChallengeResult,
  DeviceInfo,
  RefreshIdTokenResult,
  VerifyCaptchaInput,
  VerifyCaptchaResult,
} from "@idaas-sdk/core";
import type { ClientCore, Equal } from "@idaas-sdk/core/internal";
import type { FunctionsMisfitClient } from "./functions-types.js";

/** `Name` unless `Holds` is `true`. */
type Unless<Holds, Name extends string> = Holds extends true ? never : Name;
/** The method `Op` of `Client`, `never` when it has none. */
type MethodOf<Client, Op extends string> = Client extends { [K in Op]: infer Method } ? Method : never;
/** The arguments and the resolved result of `Client`'s method `Op`. */
type Signature<Client, Op extends string> =
  MethodOf<Client, Op> extends (...args: infer Args) => Promise<infer Result> ? [Args, Result] : never;

/** The core the functions take: what `create<Product>Core` makes. */
type CoreOf<Functions> = {
  [Name in keyof Functions]: Name extends `create${string}Core` ? Functions[Name] : never;
}[keyof Functions] extends (...args: never[]) => infer Core
  ? Core
  : never;

/** The operations both products have, each with core's arguments and result. */
type SharedOperationMisfits<Client> =
  | Unless<
      Equal<Signature<Client, "getCaptcha">, [[input?: undefined, options?: CallOptions], CaptchaChallengeResult]>,
      "getCaptcha takes no input and resolves to core's CaptchaChallengeResult"
    >
  | Unless<
      Equal<
        Signature<Client, "verifyCaptcha">,
        [[input: VerifyCaptchaInput, options?: CallOptions], VerifyCaptchaResult]
      >,
      "verifyCaptcha takes core's VerifyCaptchaInput and resolves to its VerifyCaptchaResult"
    >
  | Unless<
      Equal<Signature<Client, "refreshIdToken">[1], RefreshIdTokenResult>,
      "refreshIdToken resolves to core's RefreshIdTokenResult"
    >
  | Unless<
      Equal<Signature<Client, "refreshIdToken">[0][0], { sessionToken: string }>,
      "refreshIdToken takes the session token alone, required"
    >;

/** Every method but withDevice takes core's call options last. */
type CallOptionsMisfits<Client> = {
  [Op in Exclude<keyof Client, "withDevice"> & string]: Unless<
    Equal<Signature<Client, Op>[0][1], CallOptions | undefined>,
    `${Op} takes core's CallOptions`
  >;
}[Exclude<keyof Client, "withDevice"> & string];

/** The raw client: every method of the client, `raw`, and its own withDevice. */
type RawClientMisfits<Client, RawClient> =
  | Unless<
      Equal<MethodOf<RawClient, "withDevice">, (device: Partial<DeviceInfo>) => RawClient>,
      "the raw client's withDevice gives a raw client"
    >
  | Unless<"raw" extends keyof RawClient ? true : false, "the raw client has raw">
  | {
      [Op in Exclude<keyof Client, "withDevice"> & string]: Unless<
        Equal<MethodOf<RawClient, Op>, MethodOf<Client, Op>>,
        `the raw client's ${Op} is the client's`
      >;
    }[Exclude<keyof Client, "withDevice"> & string];

/**
 * What each product client must share with the other, as the names of the checks that fail (`never` when all hold):
 * `getCaptcha`, `verifyCaptcha` and `refreshIdToken` take and resolve to core's types; every method takes core's
 * `CallOptions`; `withDevice` gives a client of the same product; the main entry's client has no `raw` (openapi-fetch
 * stays in the raw entry), and the raw client is the client with `raw`; each `/functions` function is its method
 * over the product's core (`FunctionsMisfitClient`), and none takes the core of `OtherProduct`.
 */
export type ProductClientMisfits<Client, RawClient, Functions, OtherProduct extends string> =
  | SharedOperationMisfits<Client>
  | CallOptionsMisfits<Client>
  | Unless<
      Equal<MethodOf<Client, "withDevice">, (device: Partial<DeviceInfo>) => Client>,
      "withDevice gives a client of the same product"
    >
  | Unless<"raw" extends keyof Client ? false : true, "the main entry's client has no raw">
  | RawClientMisfits<Client, RawClient>
  | Unless<
      Equal<FunctionsMisfitClient<Functions, Client, CoreOf<Functions>>, never>,
      "a function is not its method over the core"
    >
  | {
      [Op in keyof Client & keyof Functions & string]: Functions[Op] extends (
        core: infer Taken,
        ...rest: never[]
      ) => unknown
        ? Unless<ClientCore<OtherProduct> extends Taken ? false : true, `${Op} refuses the other product's core`>
        : never;
    }[keyof Client & keyof Functions & string];
