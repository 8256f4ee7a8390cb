// Sessions: a new id_token for a live session token (and a new session token, when the emulator rotates them).
import { now, optionHeader } from "../context.js";
import { idToken, refused } from "../journey.js";
import { outcome } from "../replies.js";
import { randomToken } from "../tokens.js";
import type { Handler } from "./common.js";

export const refreshIdToken: Handler = async (context) => {
  const { store, rotateSessionTokens } = context.world;
  const token = optionHeader(context, "sessionToken");
  const session = store.sessions.get(token);
  if (!store.live(session, context.product)) return refused(context, "sessionToken");
  let sessionToken = token;
  if (rotateSessionTokens) {
    // The new token carries on the same session (its user, client and end); the old one is spent.
    sessionToken = randomToken();
    store.sessions.set(sessionToken, { ...session });
    session.used = true;
  }
  return outcome(context, "default", {
    session_token: sessionToken,
    expire: Math.floor((session.expiresAt - now(context)) / 1000),
    id_token: await idToken(context, session.account, session.clientId),
  });
};
