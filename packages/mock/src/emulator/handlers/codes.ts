// Codes: the sends, the check of a code (its tries), and the logins and second factors that take one.
import { type Context, field } from "../context.js";
import { afterAuthentication, afterFirstFactor, CODE_TRIES, LIFETIMES, refused } from "../journey.js";
import { fail, outcome } from "../replies.js";
import { type Code, viewOf } from "../store.js";
import { randomCode } from "../tokens.js";
import type { MfaMethod } from "../users.js";
import { type Channel, type Handler, stateOf, TARGET_FIELD } from "./common.js";

/** A code send: a live captcha token, then a code for the target and `type`. */
export const send =
  (channel: Channel): Handler =>
  (context) => {
    const { store, fixedCode, onCode } = context.world;
    const captcha = store.captchaTokens.get(field(context, "captcha_token"));
    const to = field(context, TARGET_FIELD[channel]);
    // A captcha token is for the sender its check named: a code goes nowhere else with it.
    if (!store.live(captcha, context.product) || captcha.sender !== to) {
      return fail(context, "refused-token", "captcha_token");
    }
    captcha.used = true;
    const code: Code = {
      product: context.product,
      channel,
      to,
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
export function consumeCode(context: Context, channel: Channel, to: string, type: string): "ok" | "wrong" | "spent" {
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
export const codeLogin =
  (channel: Channel, type: string): Handler =>
  (context) => {
    const to = field(context, TARGET_FIELD[channel]);
    if (consumeCode(context, channel, to, type) !== "ok") return fail(context, "wrong-code");
    const account = context.world.store.findAccount(context.product, TARGET_FIELD[channel], to);
    return account ? afterFirstFactor(context, account) : fail(context, "unknown-user");
  };

/** A second factor: an MFA_AUTH state token whose user has the method, and a code sent to the user's own target. */
export const secondFactor =
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

/** The dialling codes: the spec's example, as it is (the emulator keeps no such list). */
export const listCountryCodes: Handler = (context) => outcome(context, "default");
