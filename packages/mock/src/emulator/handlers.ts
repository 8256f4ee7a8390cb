// One handler per operation, keyed by product and operationId: what the emulator does with a valid request. A
// handler reads the request from its context, checks what it names against the store, and answers through the
// journey's steps and the spec's replies. Every operation of the bundles has one (handlers.test.ts checks it).
import { checkPassword, type PasswordPolicy } from "@idaas-sdk/core";
import type { Reply } from "../http/reply.js";
import type { Product } from "../products.js";
import { type Context, field, now, optionHeader } from "./context.js";
import {
  afterAuthentication,
  afterFirstFactor,
  CODE_TRIES,
  finish,
  idToken,
  LIFETIMES,
  lockedFor,
  refused,
  wrongPassword,
} from "./journey.js";
import { createPuzzle, fits, pointOf } from "./puzzle.js";
import { fail, outcome, policyReply } from "./replies.js";
import { type Code, type IssuedCode, type Journey, type StateToken, viewOf } from "./store.js";
import { randomCode, randomHex, randomToken } from "./tokens.js";
import type { MfaMethod } from "./users.js";

export type Handler = (context: Context) => Promise<Reply> | Reply;
type Channel = IssuedCode["channel"];

/** The body field that names a channel's target. */
const TARGET_FIELD = { sms: "mobile", email: "email" } as const satisfies Record<Channel, string>;

const getCaptcha: Handler = (context) => {
  const { store } = context.world;
  const token = randomHex();
  const secretKey = randomToken(16);
  const { x, background, piece } = createPuzzle();
  store.challenges.set(token, {
    product: context.product,
    x,
    secretKey,
    used: false,
    expiresAt: store.expiry(LIFETIMES.challenge),
  });
  return outcome(context, "default", {
    token,
    secretKey,
    originalImageBase64: background,
    jigsawImageBase64: piece,
  });
};

/** A drop on a live challenge: checked once, within AJ-Captcha's tolerance of the hole (any point with the option). */
const verifyCaptcha: Handler = (context) => {
  const { store, anyCaptchaPoint } = context.world;
  const challenge = store.challenges.get(field(context, "token"));
  if (!store.live(challenge, context.product)) return fail(context, "refused-token", "token");
  challenge.used = true;
  const pointJson = field(context, "point_json");
  if (!anyCaptchaPoint && !fits(pointOf(pointJson, challenge.secretKey), challenge.x)) {
    return fail(context, "refused-token", "point_json");
  }
  // AJ-Captcha's captchaVerification: the challenge's token, "---", the point as sent.
  const captchaToken = `${randomHex()}---${pointJson}`;
  store.captchaTokens.set(captchaToken, {
    product: context.product,
    used: false,
    expiresAt: store.expiry(LIFETIMES.captchaToken),
  });
  return outcome(context, "default", { captcha_token: captchaToken });
};

/** A code send: a live captcha token, then a code for the target and `type`. */
const send =
  (channel: Channel): Handler =>
  (context) => {
    const { store, fixedCode, onCode } = context.world;
    const captcha = store.captchaTokens.get(field(context, "captcha_token"));
    if (!store.live(captcha, context.product)) return fail(context, "refused-token", "captcha_token");
    captcha.used = true;
    const code: Code = {
      product: context.product,
      channel,
      to: field(context, TARGET_FIELD[channel]),
      type: field(context, "type"),
      code: fixedCode ?? randomCode(),
      tries: 0,
      used: false,
      expiresAt: store.expiry(LIFETIMES.code),
    };
    store.addCode(code);
    onCode?.(viewOf(code));
    return { status: 200, note: "emulator code sent" };
  };

/**
 * Uses the latest code sent to the target for the type: "ok" when `verify_code` is it and it is live; else "wrong",
 * or "spent" when that wrong try was its last (a code takes {@link CODE_TRIES} wrong tries, then is dead).
 */
function consumeCode(context: Context, channel: Channel, to: string, type: string): "ok" | "wrong" | "spent" {
  const { store } = context.world;
  const latest = store.latestCode(context.product, channel, to, type);
  if (!latest || !store.live(latest, context.product)) return "wrong";
  if (latest.code === field(context, "verify_code")) {
    latest.used = true;
    return "ok";
  }
  latest.tries += 1;
  if (latest.tries < CODE_TRIES) return "wrong";
  latest.used = true;
  return "spent";
}

/** A code login: the code of the login type sent to the target, then the user's outcome. */
const codeLogin =
  (channel: Channel, type: string): Handler =>
  (context) => {
    const to = field(context, TARGET_FIELD[channel]);
    if (consumeCode(context, channel, to, type) !== "ok") return fail(context, "wrong-code");
    const account = context.world.store.findAccount(context.product, TARGET_FIELD[channel], to);
    return account ? afterFirstFactor(context, account) : fail(context, "unknown-user");
  };

/** The live state token of the call, when it is of one of `journeys`. */
function stateOf(context: Context, journeys: Journey[]): StateToken | undefined {
  const { store } = context.world;
  const state = store.stateTokens.get(optionHeader(context, "stateToken"));
  return store.live(state, context.product) && journeys.includes(state.journey) ? state : undefined;
}

/** A second factor: an MFA_AUTH state token whose user has the method, and a code sent to the user's own target. */
const secondFactor =
  (method: MfaMethod, channel: Channel, type: string): Handler =>
  (context) => {
    const state = stateOf(context, ["mfa-auth"]);
    if (!state?.account.mfa?.includes(method)) return refused(context, "stateToken");
    const to = field(context, TARGET_FIELD[channel]);
    if (to !== state.account[TARGET_FIELD[channel]]) return fail(context, "wrong-code");
    const checked = consumeCode(context, channel, to, type);
    // The state token dies with the last try of its code, and with its use.
    if (checked !== "wrong") state.used = true;
    if (checked !== "ok") return fail(context, "wrong-code");
    return afterAuthentication(context, state.account);
  };

const loginWithMobilePassword: Handler = (context) => {
  const { store } = context.world;
  const mobile = field(context, "mobile");
  const account = store.findAccount(context.product, "mobile", mobile);
  // An unknown number counts and locks like a user's: the answers do not tell who has an account.
  const attempts = store.attemptsOf(context.product, mobile);
  const locked = lockedFor(context, attempts);
  if (locked) return locked;
  if (account?.password === undefined || account.password !== field(context, "password")) {
    return wrongPassword(context, attempts);
  }
  account.failures = 0;
  return afterFirstFactor(context, account);
};

const updatePassword: Handler = (context) => {
  const state = stateOf(context, ["password-warn", "password-expired"]);
  if (!state) return refused(context, "stateToken");
  const { account, policy } = state;
  const locked = lockedFor(context, account);
  if (locked) return locked;
  if (account.password !== field(context, "old_password")) return wrongPassword(context, account);
  account.failures = 0;
  const newPassword = field(context, "new_password");
  const broken = policy ? checkPassword(newPassword, policy) : [];
  if (broken.length > 0) return policyReply(policy as PasswordPolicy, broken);
  account.password = newPassword;
  account.passwordState = "ok";
  state.used = true;
  return finish(context, account);
};

const skipPasswordUpdate: Handler = (context) => {
  const state = stateOf(context, ["password-warn"]);
  if (!state) return refused(context, "stateToken");
  state.used = true;
  return finish(context, state.account);
};

const refreshIdToken: Handler = async (context) => {
  const { store } = context.world;
  const token = optionHeader(context, "sessionToken");
  const session = store.sessions.get(token);
  if (!store.live(session, context.product)) return refused(context, "sessionToken");
  return outcome(context, "default", {
    session_token: token,
    expire: Math.floor((session.expiresAt - now(context)) / 1000),
    id_token: await idToken(context, session.account, session.clientId),
  });
};

/** What every product does alike. */
const BOTH = {
  getCaptcha,
  verifyCaptcha,
  sendSmsCode: send("sms"),
  sendEmailCode: send("email"),
  loginWithMobileCode: codeLogin("sms", "LOGIN_SMS"),
  refreshIdToken,
};

export const HANDLERS: Readonly<Record<Product, Readonly<Record<string, Handler>>>> = {
  eiam: {
    ...BOTH,
    verifyMfaEmail: secondFactor("EMAIL", "email", "MFA_AUTH_EMS"),
    verifyMfaSms: secondFactor("SMS", "sms", "MFA_AUTH_SMS"),
  },
  ciam: {
    ...BOTH,
    loginWithEmailCode: codeLogin("email", "LOGIN_EMS"),
    loginWithMobilePassword,
    updatePassword,
    skipPasswordUpdate,
  },
};
