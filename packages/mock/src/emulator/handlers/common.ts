// What the handlers share: their type, the body field of each code channel, and the state token of a call.
import { checkPassword, type PasswordPolicy } from "@idaas-sdk/core";
import type { Reply } from "../../http/reply.js";
import { type Context, field, optionHeader } from "../context.js";
import { policyReply } from "../replies.js";
import type { IssuedCode, Journey, StateToken } from "../store.js";

export type Handler = (context: Context) => Promise<Reply> | Reply;
export type Channel = IssuedCode["channel"];

/** The body field that names a channel's target. */
export const TARGET_FIELD = { sms: "mobile", email: "email" } as const satisfies Record<Channel, string>;

/** The live state token of the call, when it is of one of `journeys`. */
export function stateOf(context: Context, journeys: Journey[]): StateToken | undefined {
  const { store } = context.world;
  const state = store.stateTokens.get(optionHeader(context, "stateToken"));
  return store.live(state, context.product) && journeys.includes(state.journey) ? state : undefined;
}

/**
 * The emulator's refusal of the new password in `field_` when it breaks the policy: the one the login answered, else
 * the product's (the spec's PASSWORD_WARN example); undefined when it passes.
 */
export function checkNewPassword(context: Context, field_: string, policy?: PasswordPolicy): Reply | undefined {
  const rules = policy ?? context.world.policies[context.product];
  if (!rules) return undefined;
  const broken = checkPassword(field(context, field_), rules);
  return broken.length > 0 ? policyReply(rules, broken) : undefined;
}
