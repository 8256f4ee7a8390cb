// `@idaas-sdk/eiam/session`: a session that refreshes itself, out of the main bundle. The logic is core's; this
// entry types the client as the EIAM client and keeps the tokens under the product's own storage key.
import { createSession as createCoreSession, type Session, type SessionOptions } from "@idaas-sdk/core/session";
import type { EiamClient } from "./client.js";

// Everything of core's session entry, its createSession replaced by the product's below.
export * from "@idaas-sdk/core/session";

/** The storage key of EIAM sessions (`key` overrides it). */
export const SESSION_KEY = "idaas-sdk.eiam.session";

export interface EiamSessionOptions extends Omit<SessionOptions, "client"> {
  /** The EIAM client whose `refreshIdToken` refreshes the id_token. */
  client: Pick<EiamClient, "refreshIdToken">;
}

/**
 * A session over an EIAM client: `start(result)` with a login's SUCCESS result, then `getIdToken()` gives a live
 * id_token, refreshed when it expires within `margin` seconds. Memory storage by default.
 */
export function createSession(options: EiamSessionOptions): Session {
  return createCoreSession({ ...options, key: options?.key ?? SESSION_KEY });
}
