// After a login, with the user's id_token as `Authorization: Bearer …`: the password (changed by the old one or by a
// code, or asked about) and the mobile number or email address (moved to a new one by a code sent there).
import type { Reply } from "../../http/reply.js";
import { type Context, field, now, optionHeader } from "../context.js";
import { issuerOf, lockedFor, refused, wrongPassword } from "../journey.js";
import { fail, outcome } from "../replies.js";
import type { Account } from "../store.js";
import { consumeCode } from "./codes.js";
import { type Channel, checkNewPassword, type Handler, TARGET_FIELD } from "./common.js";

/** The user of a live id_token the emulator signed for this product; undefined for any other token. */
async function signedIn(context: Context): Promise<Account | undefined> {
  const token = optionHeader(context, "idToken");
  const key = context.world.keys[context.product];
  const claims = await key.verify(token, { issuer: issuerOf(context.baseUrl), now: now(context) });
  return typeof claims?.id === "string" ? context.world.store.findAccount(context.product, "id", claims.id) : undefined;
}

/** Runs `then` for the signed-in user, or refuses the id_token. */
const withUser =
  (then: (context: Context, account: Account) => Reply | Promise<Reply>): Handler =>
  async (context) => {
    const account = await signedIn(context);
    return account ? then(context, account) : refused(context, "idToken");
  };

const passwordSet = (context: Context, account: Account, fieldName: string): Reply => {
  const refusal = checkNewPassword(context, fieldName);
  if (refusal) return refusal;
  account.password = field(context, fieldName);
  account.passwordState = "ok";
  return { status: 200, note: "emulator password changed" };
};

/** The password, by the current one (which a user who has none leaves out). */
export const changePassword = withUser((context, account) => {
  if (account.password !== undefined) {
    const locked = lockedFor(context, account);
    if (locked) return locked;
    if (account.password !== field(context, "old_password")) return wrongPassword(context, account);
    account.failures = 0;
  }
  return passwordSet(context, account, "new_password");
});

/** The password, by a code sent to the user's own number or address. */
export const changePasswordWithCode = (channel: Channel, type: string): Handler =>
  withUser((context, account) => {
    const to = account[TARGET_FIELD[channel]] ?? "";
    if (consumeCode(context, channel, to, type) !== "ok") return fail(context, "wrong-code");
    return passwordSet(context, account, "password");
  });

/** Whether the user has a password: not one who registered by a code without one, until they set one. */
export const hasPassword = withUser((context, account) =>
  outcome(context, "default", { is_set_pwd: account.password !== undefined }),
);

/** A new mobile number or email address, by a code sent to it; no other user may have it. */
export const moveTo = (channel: Channel, type: string): Handler =>
  withUser((context, account) => {
    const key = TARGET_FIELD[channel];
    const to = field(context, key);
    const owner = context.world.store.findAccount(context.product, key, to);
    if (owner && owner !== account) return fail(context, "user-exists", key);
    if (consumeCode(context, channel, to, type) !== "ok") return fail(context, "wrong-code");
    account[key] = to;
    return { status: 200, note: `emulator ${key} moved` };
  });
