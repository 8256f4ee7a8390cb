// Sessions: a new id_token for a live session token.
import { now, optionHeader } from "../context.js";
import { idToken, refused } from "../journey.js";
import { outcome } from "../replies.js";
import type { Handler } from "./common.js";

export const refreshIdToken: Handler = async (context) => {
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
