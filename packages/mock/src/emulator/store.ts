// What the emulator remembers: its users' accounts (passwords, failed attempts, locks), and everything it issued
// (captcha challenges and tokens, codes, state and session tokens), each bound to its product, living until it
// expires or is used. Expired entries are forgotten, and the inbox keeps the newest codes, so a long run does not grow.
import type { PasswordPolicy } from "@idaas-sdk/core";
import type { Product } from "../products.js";
import type { EmulatorUser, EmulatorUsers } from "./users.js";

/** A code as the inbox (`GET /__idaas/codes`) lists it. */
export interface IssuedCode {
  product: Product;
  channel: "sms" | "email";
  to: string;
  type: string;
  code: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** The inbox keeps the newest codes, so that an emulator left running does not grow without end. */
export const INBOX_SIZE = 1000;

export interface Account extends EmulatorUser {
  id: string;
  product: Product;
  failures: number;
  lockedUntil?: number;
}
export interface Issued {
  product: Product;
  expiresAt: number;
  used: boolean;
}
export interface Code extends Issued, Omit<IssuedCode, "expiresAt"> {}
export type Journey = "mfa-auth" | "password-warn" | "password-expired";
export interface StateToken extends Issued {
  account: Account;
  journey: Journey;
  policy?: PasswordPolicy;
}
export interface Session extends Issued {
  account: Account;
  clientId: string;
}

export class Store {
  accounts: Account[] = [];
  readonly challenges = new Map<string, Issued>();
  readonly captchaTokens = new Map<string, Issued>();
  readonly stateTokens = new Map<string, StateToken>();
  readonly sessions = new Map<string, Session>();
  #codes: Code[] = [];

  constructor(
    private readonly users: Required<EmulatorUsers>,
    readonly now: () => number,
  ) {
    this.reset();
  }

  /** Forgets everything issued and every failed attempt; the users are as at start again. */
  reset(): void {
    this.accounts = (Object.entries(this.users) as [Product, EmulatorUser[]][]).flatMap(([product, list]) =>
      list.map((user, index) => ({
        ...structuredClone(user),
        id: `emulator-${product}-${index + 1}`,
        product,
        failures: 0,
      })),
    );
    for (const map of this.#maps()) map.clear();
    this.#codes = [];
  }

  /** Forgets what has expired, so that a long run keeps only what can still be used. */
  prune(): void {
    const time = this.now();
    for (const map of this.#maps()) for (const [token, issued] of map) if (issued.expiresAt <= time) map.delete(token);
    this.#codes = this.#codes.filter((code) => code.expiresAt > time);
  }

  /** Issued for the product, not used, not expired. */
  live<T extends Issued>(issued: T | undefined, product: Product): issued is T {
    return issued !== undefined && issued.product === product && !issued.used && issued.expiresAt > this.now();
  }

  /** An expiry `seconds` from now, in milliseconds. */
  expiry(seconds: number): number {
    return this.now() + seconds * 1000;
  }

  findAccount(product: Product, field: "mobile" | "email", value: string): Account | undefined {
    return this.accounts.find((account) => account.product === product && account[field] === value);
  }

  addCode(code: Code): void {
    this.#codes.push(code);
    if (this.#codes.length > INBOX_SIZE) this.#codes = this.#codes.slice(-INBOX_SIZE);
  }

  /** The latest code sent to `to` for this use: a new send replaces the one before. */
  latestCode(product: Product, channel: Code["channel"], to: string, type: string): Code | undefined {
    return this.#codes
      .filter((code) => code.product === product && code.channel === channel && code.to === to && code.type === type)
      .at(-1);
  }

  /** The inbox, oldest first; only the codes sent to `to` when given. */
  codes(to?: string): IssuedCode[] {
    this.prune();
    return this.#codes.filter((code) => to === undefined || code.to === to).map(viewOf);
  }

  #maps(): Map<string, Issued>[] {
    return [this.challenges, this.captchaTokens, this.stateTokens, this.sessions];
  }
}

export function viewOf(code: Code): IssuedCode {
  const { product, channel, to, type } = code;
  return { product, channel, to, type, code: code.code, expiresAt: new Date(code.expiresAt).toISOString() };
}
