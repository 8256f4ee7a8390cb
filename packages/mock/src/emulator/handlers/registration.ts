// Before a login: registration by a code (a new user), the reset of a forgotten password by a code, and the mobile
// number behind a state token.
import { mockError } from "../../http/reply.js";
import { type Context, field, optionHeader } from "../context.js";
import { logIn, refused } from "../journey.js";
import { fail, outcome } from "../replies.js";
import type { EmulatorUser } from "../users.js";
import { consumeCode } from "./codes.js";
import { type Channel, checkNewPassword, type Handler, stateOf, TARGET_FIELD } from "./common.js";

/** The user who already has this mobile, email or user name, when one does. */
function taken(context: Context, user: EmulatorUser): string | undefined {
  const { store } = context.world;
  return (["mobile", "email", "userName"] as const).find((key) => {
    const value = user[key];
    return value !== undefined && store.findAccount(context.product, key, value) !== undefined;
  });
}

/** A registration: the code sent to the target, no user having its mobile, email or user name; then a session. */
export const register =
  (channel: Channel, type: string): Handler =>
  (context) => {
    const to = field(context, TARGET_FIELD[channel]);
    const optional = (name: string) => field(context, name) || undefined;
    const user: EmulatorUser = {
      mobile: optional("mobile"),
      email: optional("email"),
      userName: optional("user_name"),
      name: optional("name"),
      password: optional("pwd"),
    };
    const clash = taken(context, user);
    if (clash) return fail(context, "user-exists", clash);
    if (consumeCode(context, channel, to, type) !== "ok") return fail(context, "wrong-code");
    const defined = Object.fromEntries(Object.entries(user).filter(([, value]) => value !== undefined));
    return logIn(context, context.world.store.addAccount(context.product, defined));
  };

/** A forgotten password: the code sent to the user's number or address, then the new password; the lock ends. */
export const resetPassword =
  (channel: Channel, type: string): Handler =>
  (context) => {
    const to = field(context, TARGET_FIELD[channel]);
    if (consumeCode(context, channel, to, type) !== "ok") return fail(context, "wrong-code");
    const account = context.world.store.findAccount(context.product, TARGET_FIELD[channel], to);
    if (!account) return fail(context, "unknown-user");
    const refusal = checkNewPassword(context, "password");
    if (refusal) return refusal;
    account.password = field(context, "password");
    account.passwordState = "ok";
    account.failures = 0;
    account.lockedUntil = undefined;
    return { status: 200, note: "emulator password reset" };
  };

/** The mobile number of the user whose password or second factor the state token is for. */
export const getMobileByStateToken: Handler = (context) => {
  const state = stateOf(context, ["password-warn", "password-expired", "mfa-auth"]);
  if (!state || optionHeader(context, "stateToken") === "") return refused(context, "stateToken");
  const { mobile } = state.account;
  if (mobile === undefined)
    return mockError("NO_MOBILE", "The user has no mobile number; the pages do not say what the service answers");
  return outcome(context, "default", { mobile });
};
