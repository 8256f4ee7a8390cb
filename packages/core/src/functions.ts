// A product's operations as standalone functions (its `/functions` entry), each taking the client core: the checked
// options and the transport. A page that imports one function carries that operation's facts and reader only; the
// client's methods are the same functions bound to one core (./facade.ts), so nothing is written twice.

import { type ClientOptions, type DeviceInfo, type HeaderNames, resolveConfig } from "./config.js";
import type { Scrubber } from "./redact.js";
import {
  type CallOptions,
  createTransport,
  type ErrorFields,
  type OperationCall,
  type Transport,
} from "./transport.js";
import type { OperationFact } from "./types.js";

declare const product: unique symbol;

/**
 * The checked options and the transport of a product's client, which its operation functions take first. Made by
 * the product's `createEiamCore` / `createCiamCore`; opaque, and one product's core does not fit the other's functions.
 */
export interface ClientCore<Product extends string> {
  readonly [product]: Product;
}

/**
 * The function of operation `Name`, whose client method is `Method`: the core `Core`, then the method's input and call
 * options, and its result.
 */
export type OperationFunction<Core, Method, Name extends string = string> = (Method extends (
  ...args: infer Args
) => infer Result
  ? (core: Core, ...args: Args) => Result
  : never) & {
  /** The operation's name (its operationId, the client method's name). */
  readonly operationId: Name;
};

/** What the functions of a product run on: its core is its transport. */
export const transportOf = (core: ClientCore<string>): Transport => core as unknown as Transport;

/** Checks the options and makes a product's core; throws IdaasConfigError naming the first bad option. */
export function createClientCore<Product extends string>(
  options: ClientOptions,
  headerNames: HeaderNames,
  secretHeaders: readonly string[],
  errorFields: ErrorFields,
  optionHeaders: readonly string[],
): ClientCore<Product> {
  const config = resolveConfig(options, headerNames, secretHeaders);
  return createTransport({ config, errorFields, optionHeaders }) as unknown as ClientCore<Product>;
}

/** The same core sending `device` (any of its fields, over the core's own); only `device` is checked. */
export const withDevice = <Product extends string>(core: ClientCore<Product>, device: Partial<DeviceInfo>) =>
  transportOf(core).withDevice(device) as unknown as ClientCore<Product>;

/**
 * The function of operation `name`: the transport builds its request from `fact`, `read` turns the parsed JSON body of
 * a documented success (undefined when empty) into its result. `wrap` prepares the input first (verifyCaptcha's point).
 */
export function operationFunction<Name extends string, Fact extends OperationFact, Result>(
  name: Name,
  fact: Fact,
  read: (operation: string, body: unknown, scrub: () => Scrubber, fact: Fact) => Result,
  wrap: (call: OperationCall<Result>) => OperationCall<Result> = (call) => call,
): ((core: ClientCore<string>, input?: unknown, options?: CallOptions) => Promise<Result>) & {
  readonly operationId: Name;
} {
  const run = (core: ClientCore<string>, input?: unknown, options?: CallOptions) =>
    wrap(transportOf(core).operation(name, fact, (body, scrub) => read(name, body, scrub, fact)))(input, options);
  return Object.assign(run, { operationId: name });
}
