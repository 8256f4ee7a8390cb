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

/** The inbox keeps the newest codes, so that an emulator left running does not grow without end: so many… */
export const INBOX_SIZE = 1000;
/** …and so many bytes of targets, types and codes. */
export const INBOX_BYTES = 256 * 1024;
/** The unknown numbers whose failed passwords are counted (the oldest is forgotten first). */
export const STRANGERS_SIZE = 1000;

/** Failed passwords, and the lock they lead to. */
export interface Attempts {
  failures: number;
  lockedUntil?: number;
}
export interface Account extends EmulatorUser, Attempts {
  id: string;
  product: Product;
}
export interface Issued {
  product: Product;
  expiresAt: number;
  used: boolean;
}
export interface Code extends Issued, Omit<IssuedCode, "expiresAt"> {
  /** Wrong codes tried against it. */
  tries: number;
}
/** A captcha challenge: where its piece fits, and the key its point is encrypted with. */
export interface Challenge extends Issued {
  x: number;
  secretKey: string;
}
/** A challenge as `GET /__idaas/captchas` lists it, with its solution. */
export interface IssuedChallenge {
  product: Product;
  token: string;
  /** The point that passes: drop the piece here (in pixels of the 310-pixel image). */
  solution: { x: number; y: number };
  secretKey: string;
  /** ISO 8601. */
  expiresAt: string;
}
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
  readonly challenges = new Map<string, Challenge>();
  /** Captcha tokens, each for the sender its check named: the code may go there only. */
  readonly captchaTokens = new Map<string, Issued & { sender: string }>();
  readonly stateTokens = new Map<string, StateToken>();
  readonly sessions = new Map<string, Session>();
  /** Failed passwords of numbers no user has: counted like a user's, so an answer tells no one who exists. */
  readonly #strangers = new Map<string, Attempts>();
  #codes: Code[] = [];
  #inboxBytes = 0;

  /** Seconds the clock was moved forward (`advance`, `POST /__idaas/clock`). */
  #ahead = 0;

  constructor(
    private readonly users: Required<EmulatorUsers>,
    private readonly clock: () => number,
  ) {
    this.reset();
  }

  /** The emulator's time, in milliseconds: its clock, moved forward by `advance`. */
  now(): number {
    return this.clock() + this.#ahead * 1000;
  }

  /** Moves the clock forward, so that tests reach an expiry without waiting. */
  advance(seconds: number): void {
    this.#ahead += seconds;
  }

  /**
   * Forgets everything issued and every failed attempt, and puts the clock back (`advance` undone); the users are as
   * at start again.
   */
  reset(): void {
    this.#ahead = 0;
    this.accounts = (Object.entries(this.users) as [Product, EmulatorUser[]][]).flatMap(([product, list]) =>
      list.map((user, index) => ({
        ...structuredClone(user),
        id: `emulator-${product}-${index + 1}`,
        product,
        failures: 0,
      })),
    );
    for (const map of this.#maps()) map.clear();
    this.#strangers.clear();
    this.#codes = [];
    this.#inboxBytes = 0;
  }

  /** Forgets what has expired, so that a long run keeps only what can still be used. */
  prune(): void {
    const time = this.now();
    for (const map of this.#maps()) for (const [token, issued] of map) if (issued.expiresAt <= time) map.delete(token);
    for (const [key, attempts] of this.#strangers)
      if ((attempts.lockedUntil ?? time + 1) <= time) this.#strangers.delete(key);
    // Every code lives as long, so the expired ones are the oldest.
    while (this.#codes[0] && this.#codes[0].expiresAt <= time) this.#dropOldestCode();
  }

  /** Issued for the product, not used, not expired. */
  live<T extends Issued>(issued: T | undefined, product: Product): issued is T {
    return issued !== undefined && issued.product === product && !issued.used && issued.expiresAt > this.now();
  }

  /** An expiry `seconds` from now, in milliseconds. */
  expiry(seconds: number): number {
    return this.now() + seconds * 1000;
  }

  findAccount(product: Product, field: "mobile" | "email" | "userName" | "id", value: string): Account | undefined {
    return this.accounts.find((account) => account.product === product && account[field] === value);
  }

  /** A new user of the product (a registration): kept until the reset. */
  addAccount(product: Product, user: EmulatorUser): Account {
    const account: Account = { ...user, id: `emulator-${product}-${this.accounts.length + 1}`, product, failures: 0 };
    this.accounts.push(account);
    return account;
  }

  /** The failed passwords of a name at a password login: its user's, else a stranger's record. */
  attemptsOf(product: Product, name: string, account: Account | undefined): Attempts {
    if (account) return account;
    const key = `${product} ${name}`;
    let attempts = this.#strangers.get(key);
    if (!attempts) {
      attempts = { failures: 0 };
      this.#strangers.set(key, attempts);
      const [oldest] = this.#strangers.keys();
      if (this.#strangers.size > STRANGERS_SIZE && oldest !== undefined) this.#strangers.delete(oldest);
    }
    return attempts;
  }

  addCode(code: Code): void {
    this.#codes.push(code);
    this.#inboxBytes += sizeOf(code);
    while (this.#codes.length > INBOX_SIZE || this.#inboxBytes > INBOX_BYTES) this.#dropOldestCode();
  }

  /** The bytes of targets, types and codes the inbox holds. */
  get inboxBytes(): number {
    return this.#inboxBytes;
  }

  /** The latest code sent to `to` for this use: a new send replaces the one before. */
  latestCode(product: Product, channel: Code["channel"], to: string, type: string): Code | undefined {
    return this.#codes
      .filter((code) => code.product === product && code.channel === channel && code.to === to && code.type === type)
      .at(-1);
  }

  /** The live captcha challenges, oldest first, with their solutions. */
  captchas(y: number): IssuedChallenge[] {
    this.prune();
    return [...this.challenges]
      .filter(([, challenge]) => !challenge.used)
      .map(([token, { product, x, secretKey, expiresAt }]) => ({
        product,
        token,
        solution: { x, y },
        secretKey,
        expiresAt: new Date(expiresAt).toISOString(),
      }));
  }

  /** The inbox, oldest first; only the codes sent to `to` when given. */
  codes(to?: string): IssuedCode[] {
    this.prune();
    return this.#codes.filter((code) => to === undefined || code.to === to).map(viewOf);
  }

  #dropOldestCode(): void {
    const oldest = this.#codes.shift();
    if (oldest) this.#inboxBytes -= sizeOf(oldest);
  }

  #maps(): Map<string, Issued>[] {
    return [this.challenges, this.captchaTokens, this.stateTokens, this.sessions];
  }
}

const sizeOf = (code: Code) => Buffer.byteLength(code.to) + Buffer.byteLength(code.type) + code.code.length;

export function viewOf(code: Code): IssuedCode {
  const { product, channel, to, type } = code;
  return { product, channel, to, type, code: code.code, expiresAt: new Date(code.expiresAt).toISOString() };
}
