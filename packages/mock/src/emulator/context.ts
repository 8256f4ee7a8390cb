// One request to the emulator, as one value: the operation Prism validated, what was sent, and the emulator's
// state, key and clock. The journey steps and the handlers take it; nothing is rebuilt per request.
import type { PasswordPolicy } from "@idaas-sdk/core";
import type { CatalogOperation } from "@idaas-sdk/spec";
import type { Product } from "../products.js";
import type { Store } from "./store.js";
import type { SigningKey, StateTokenMaker } from "./tokens.js";

/** What stays for the emulator's life: its state, its keys, and what its options asked for. */
export interface World {
  store: Store;
  /** One signing key per product, so that one product's id_tokens never verify against the other's keys. */
  keys: Record<Product, SigningKey>;
  stateTokenFor: StateTokenMaker;
  /** Every code issued is this one, when set. */
  fixedCode?: string;
  onCode?: (code: import("./store.js").IssuedCode) => void;
  /** Every captcha point passes (for test suites that do not care about the captcha). */
  anyCaptchaPoint: boolean;
  /** Seconds an id_token lives, when shortened (`idTokenTtl`). */
  idTokenTtl?: number;
  /** Seconds a session lives, when shortened (`sessionTtl`); else each login answer's `expire`. */
  sessionTtl?: number;
  /** A refresh answers a new session token and the old one stops working (`rotateSessionTokens`). */
  rotateSessionTokens: boolean;
  /** Each product's password policy where no login gave one (resets, signed-in changes): its PASSWORD_WARN example's. */
  policies: Partial<Record<Product, PasswordPolicy>>;
}

export interface Context {
  world: World;
  product: Product;
  operation: CatalogOperation;
  /** Request headers, names lower-cased. */
  headers: Record<string, string>;
  /** The JSON body's fields; empty for an operation without a body. */
  body: Record<string, unknown>;
  /** The product's base URL on this mock: the id_token's issuer is under it. */
  baseUrl: string;
  /** `X-L: zh` asked for the catalogue's Chinese messages. */
  chinese: boolean;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A body field as text ("" when absent or not a string). */
export const field = (context: Context, name: string): string => text(context.body[name]);

/** The header the spec fills from a client option (`x-idaas-sdk-option`), e.g. "stateToken". */
export const headerOf = (context: Context, option: string) =>
  context.operation.headers.find((header) => header.option === option);

/** The value of the header the spec fills from a client option, its prefix (`Bearer `) taken off; "" when not sent. */
export function optionHeader(context: Context, option: string): string {
  const header = headerOf(context, option);
  const value = header ? text(context.headers[header.name.toLowerCase()]) : "";
  return header?.prefix && value.startsWith(header.prefix) ? value.slice(header.prefix.length) : value;
}

export const now = (context: Context) => context.world.store.now();
