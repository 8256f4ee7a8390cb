// The emulator: state on top of Prism. The pipeline has validated a request when it reaches the emulator's answerer;
// the operation's handler decides the outcome from what was issued before (captcha challenges and tokens, codes,
// state and session tokens, failed passwords). Every answer is one of the spec's own: an outcome is the operation's
// named example with the emulator's tokens put in, an error is the one whose `x-mock-when.emulator` names the rule.
import type { PasswordPolicy } from "@idaas-sdk/core";
import { type CatalogOperation, listOperations, loadSpec } from "@idaas-sdk/spec";
import type { Reply } from "../http/reply.js";
import type { Answerer, Routes } from "../pipeline.js";
import { PRODUCTS, type Product } from "../products.js";
import { MockStartError } from "../start-error.js";
import type { Context, World } from "./context.js";
import { HANDLERS } from "./handlers/index.js";
import { PUZZLE } from "./puzzle.js";
import { emulatorRoutes } from "./routes.js";
import { checkedSeconds, MAX_TTL_SECONDS } from "./seconds.js";
import { type IssuedChallenge, type IssuedCode, Store } from "./store.js";
import { createSigningKey, createStateTokenMaker } from "./tokens.js";
import { checkUsers, DEFAULT_USERS, type EmulatorUsers } from "./users.js";

export { CODE_TRIES, ID_TOKEN_LIFETIMES, issuerOf, JWKS_PATH, LIFETIMES, LOCKOUT } from "./journey.js";
export { PUZZLE } from "./puzzle.js";
export { ADMIN_PATH } from "./routes.js";
export { MAX_TTL_SECONDS } from "./seconds.js";
export { INBOX_BYTES, INBOX_SIZE, type IssuedChallenge, type IssuedCode, STRANGERS_SIZE } from "./store.js";

export interface EmulatorOptions {
  /** The users of each product; default {@link DEFAULT_USERS}. Checked at start. */
  users?: EmulatorUsers;
  /** Every code issued is this one instead of a random 6-digit code (for tests): 4 to 8 digits. */
  fixedCode?: string;
  /** Receives each code as it is issued (the CLI prints it with the target masked). */
  onCode?: (code: IssuedCode) => void;
  /** The clock, in milliseconds since the epoch; for tests that move time. Default `Date.now`. */
  now?: () => number;
  /** Every captcha point passes, as before the emulator drew real puzzles: for suites that do not test the captcha. */
  anyCaptchaPoint?: boolean;
  /** Seconds an id_token lives (default: EIAM 7200, CIAM 300, as the pages give them): shorten it to test refreshes. */
  idTokenTtl?: number;
  /** Seconds a session lives (default: each login answer's `expire`): shorten it to test a session's end. */
  sessionTtl?: number;
  /**
   * A refresh answers a new session token and the old one stops working, as a tenant whose console turns on the
   * session token's automatic refresh does. Default false: the same session token, as without that setting.
   */
  rotateSessionTokens?: boolean;
}

/** One request Prism found valid, as the emulator takes it. */
export interface EmulatorCall {
  product: Product;
  operation: CatalogOperation;
  /** Request headers, names lower-cased. */
  headers: Record<string, string>;
  body: unknown;
  /** The product's base URL on this mock, e.g. http://127.0.0.1:4010/ciam: the id_token's issuer is under it. */
  baseUrl: string;
}

export interface Emulator {
  answer(call: EmulatorCall): Promise<Reply>;
  /** The pipeline's view of {@link answer}. */
  answerer: Answerer;
  /** The inbox and reset on the origin, the JWKS under each product. */
  routes: Routes;
  /** The inbox, oldest first; only the codes sent to `to` when given. */
  codes(to?: string): IssuedCode[];
  /** The live captcha challenges with their solutions, oldest first: `GET /__idaas/captchas`. */
  captchas(): IssuedChallenge[];
  /** Moves the emulator's clock forward by `seconds`: `POST /__idaas/clock`. */
  advance(seconds: number): void;
  /**
   * Forgets everything issued and every failed attempt, and puts the clock back (what `advance` moved); the users
   * are as at start again.
   */
  reset(): void;
  /** The JWKS of a product's id_tokens: its own signing key. */
  jwks(product: Product): { keys: object[] };
  /** The users, as checked at start. */
  users: Required<EmulatorUsers>;
}

/** Each product's password policy, as the `data` of the spec's first PASSWORD_WARN example (`password-warn`). */
function policiesOfSpecs(): Partial<Record<Product, PasswordPolicy>> {
  const policies: Partial<Record<Product, PasswordPolicy>> = {};
  for (const product of PRODUCTS) {
    const warn = listOperations(loadSpec(product))
      .flatMap((operation) => operation.responses.flatMap((response) => response.examples))
      .find((example) => example.name === "password-warn");
    const data = (warn?.value as { data?: unknown } | undefined)?.data;
    if (typeof data === "string") policies[product] = JSON.parse(data) as PasswordPolicy;
  }
  return policies;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const users = checkUsers(options.users ?? DEFAULT_USERS, "the users option");
  const {
    fixedCode,
    onCode,
    now = Date.now,
    anyCaptchaPoint = false,
    idTokenTtl,
    sessionTtl,
    rotateSessionTokens = false,
  } = options;
  if (fixedCode !== undefined && !(typeof fixedCode === "string" && /^\d{4,8}$/.test(fixedCode))) {
    throw new MockStartError(`the fixed code must be 4 to 8 digits, got "${String(fixedCode)}"`);
  }
  if (onCode !== undefined && typeof onCode !== "function") {
    throw new MockStartError("onCode must be a function that receives each issued code");
  }
  if (typeof anyCaptchaPoint !== "boolean") throw new MockStartError("anyCaptchaPoint must be true or false");
  if (typeof rotateSessionTokens !== "boolean") throw new MockStartError("rotateSessionTokens must be true or false");
  for (const [name, seconds] of Object.entries({ idTokenTtl, sessionTtl })) {
    if (seconds !== undefined && !(Number.isInteger(seconds) && seconds >= 1 && seconds <= MAX_TTL_SECONDS)) {
      throw new MockStartError(
        `${name} must be a whole number of seconds from 1 to ${MAX_TTL_SECONDS}, got ${String(seconds)}`,
      );
    }
  }
  const store = new Store(users, now);
  const world: World = {
    store,
    keys: { eiam: await createSigningKey(), ciam: await createSigningKey() },
    stateTokenFor: createStateTokenMaker(),
    fixedCode,
    onCode,
    anyCaptchaPoint,
    idTokenTtl,
    sessionTtl,
    rotateSessionTokens,
    policies: policiesOfSpecs(),
  };

  async function answer(call: EmulatorCall): Promise<Reply> {
    store.prune();
    const { product, operation } = call;
    const handler = HANDLERS[product][operation.operationId];
    if (!handler) throw new Error(`the emulator has no handler for ${product} ${operation.operationId}`);
    const language = operation.headers.find((header) => header.option === "language");
    const context: Context = {
      world,
      product,
      operation,
      headers: call.headers,
      body: isObject(call.body) ? call.body : {},
      baseUrl: call.baseUrl,
      chinese: (language && call.headers[language.name.toLowerCase()]?.toLowerCase().startsWith("zh")) === true,
    };
    return handler(context);
  }

  return {
    answer,
    answerer: {
      answer: ({ site, endpoint, request, baseUrl, findings }) =>
        answer({
          product: site.product,
          operation: endpoint.operation,
          headers: request.headers,
          body: request.body,
          baseUrl,
        }).then((reply) => ({ ...reply, findings })),
    },
    routes: emulatorRoutes(store, world.keys, PUZZLE.y),
    codes: (to) => store.codes(to),
    captchas: () => store.captchas(PUZZLE.y),
    advance: (seconds) => store.advance(checkedSeconds(seconds)),
    reset: () => store.reset(),
    jwks: (product) => ({ keys: [world.keys[product].jwk] }),
    users,
  };
}
