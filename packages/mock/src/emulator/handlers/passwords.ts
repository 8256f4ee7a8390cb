// Passwords: the password login and its lockout, and the change or skip after PASSWORD_WARN / PASSWORD_EXPIRED.
import { checkPassword, type PasswordPolicy } from "@idaas-sdk/core";
import { field } from "../context.js";
import { afterFirstFactor, finish, lockedFor, refused, wrongPassword } from "../journey.js";
import { policyReply } from "../replies.js";
import { type Handler, stateOf } from "./common.js";

export const loginWithMobilePassword: Handler = (context) => {
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

export const updatePassword: Handler = (context) => {
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

export const skipPasswordUpdate: Handler = (context) => {
  const state = stateOf(context, ["password-warn"]);
  if (!state) return refused(context, "stateToken");
  state.used = true;
  return finish(context, state.account);
};
