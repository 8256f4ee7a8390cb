// Passwords: the password logins and their lockout, and the change or skip after PASSWORD_WARN / PASSWORD_EXPIRED
// (by the old password, or by a code sent to the user's own number or address).
import { type Context, field } from "../context.js";
import { afterFirstFactor, finish, lockedFor, refused, wrongPassword } from "../journey.js";
import { fail } from "../replies.js";
import type { Account, StateToken } from "../store.js";
import { consumeCode } from "./codes.js";
import { type Channel, checkNewPassword, type Handler, stateOf, TARGET_FIELD } from "./common.js";

/** Who a password login names: by `field` of the body, matched against the users' `keys`, first match wins. */
const passwordLogin =
  (field_: string, keys: readonly ("mobile" | "email" | "userName")[]): Handler =>
  (context) => {
    const { store } = context.world;
    const name = field(context, field_);
    const account = keys
      .map((key) =>
        store.accounts.find((candidate) => candidate.product === context.product && candidate[key] === name),
      )
      .find((found): found is Account => found !== undefined);
    return checkPassword(context, name, account);
  };

/** CIAM: the mobile number. */
export const loginWithMobilePassword = passwordLogin("mobile", ["mobile"]);
/** EIAM: the user name. */
export const loginWithUserName = passwordLogin("user_name", ["userName"]);
/** CIAM's unified login: a user name, a mobile number or an email address. */
export const loginWithAccount = passwordLogin("user_name", ["userName", "mobile", "email"]);

function checkPassword(context: Context, name: string, account: Account | undefined) {
  const { store } = context.world;
  // An unknown name counts and locks like a user's: the answers do not tell who has an account.
  const attempts = store.attemptsOf(context.product, name, account);
  const locked = lockedFor(context, attempts);
  if (locked) return locked;
  if (account?.password === undefined || account.password !== field(context, "password")) {
    return wrongPassword(context, attempts);
  }
  account.failures = 0;
  return afterFirstFactor(context, account);
}

export const updatePassword: Handler = (context) => {
  const state = stateOf(context, ["password-warn", "password-expired"]);
  if (!state) return refused(context, "stateToken");
  const { account } = state;
  const locked = lockedFor(context, account);
  if (locked) return locked;
  if (account.password !== field(context, "old_password")) return wrongPassword(context, account);
  account.failures = 0;
  return newPassword(context, state);
};

/** The new password, against the policy the login answered; then the state token is spent and the login goes on. */
function newPassword(context: Context, state: StateToken) {
  const refusal = checkNewPassword(context, "new_password", state.policy);
  if (refusal) return refusal;
  state.account.password = field(context, "new_password");
  state.account.passwordState = "ok";
  state.used = true;
  return finish(context, state.account);
}

/** After PASSWORD_WARN / PASSWORD_EXPIRED, a code sent to the user's own number or address instead of the old one. */
export const updatePasswordWithCode =
  (channel: Channel, type: string): Handler =>
  (context) => {
    const state = stateOf(context, ["password-warn", "password-expired"]);
    if (!state) return refused(context, "stateToken");
    const checked = consumeCode(context, channel, state.account[TARGET_FIELD[channel]] ?? "", type);
    // The state token dies with the last try of its code.
    if (checked === "spent") state.used = true;
    if (checked !== "ok") return fail(context, "wrong-code");
    return newPassword(context, state);
  };

export const skipPasswordUpdate: Handler = (context) => {
  const state = stateOf(context, ["password-warn"]);
  if (!state) return refused(context, "stateToken");
  state.used = true;
  return finish(context, state.account);
};
