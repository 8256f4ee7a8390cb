// `@idaas-sdk/ciam/session`: a session that refreshes itself, out of the main bundle. The logic is core's; this
// entry types the client as the CIAM client and keeps the tokens under the product's own storage key.
import { createSession as createCoreSession, type Session, type SessionOptions } from "@idaas-sdk/core/session";
import type { CiamClient } from "./client.js";

// Everything of core's session entry, its createSession replaced by the product's below.
export * from "@idaas-sdk/core/session";

/** The storage key of CIAM sessions (`key` overrides it). */
export const SESSION_KEY = "idaas-sdk.ciam.session";

export interface CiamSessionOptions extends Omit<SessionOptions, "client"> {
  /** The CIAM client whose `refreshIdToken` refreshes the id_token. */
  client: Pick<CiamClient, "refreshIdToken">;
}

/**
 * A session over a CIAM client: `start(result)` with a login's SUCCESS result, then `getIdToken()` gives a live
 * id_token, refreshed when it expires within `margin` seconds. Memory storage by default.
 */
export function createSession(options: CiamSessionOptions): Session {
  return createCoreSession({ ...options, key: options?.key ?? SESSION_KEY });
}
