// The one error a session raises when it has no live session to give: never a token in it.
import { type IdaasApiError, IdaasError } from "./errors.js";

/**
 * Why a session has no id_token to give: `expired` (the session token outlived its `expire`), `refused` (the service
 * refused to refresh it) or `signed-out` (never started, or signed out, here or in another tab).
 */
export type SessionEndReason = "expired" | "refused" | "signed-out";

/** The session has ended, or never started: sign the user in again. Carries no token. */
export class IdaasSessionError extends IdaasError {
  override name = "IdaasSessionError";
  readonly reason: SessionEndReason;

  constructor(reason: SessionEndReason, message: string, cause?: IdaasApiError) {
    super(message, cause ? { cause } : undefined);
    this.reason = reason;
  }
}

const AGAIN = "sign the user in again and pass the SUCCESS result to session.start";

/** The error of each reason, with what to do. */
export function sessionError(reason: SessionEndReason, cause?: IdaasApiError): IdaasSessionError {
  switch (reason) {
    case "expired":
      return new IdaasSessionError(reason, `the session expired (its session token outlived its expire): ${AGAIN}`);
    case "refused":
      return new IdaasSessionError(
        reason,
        `the service refused to refresh the session${cause ? ` (${cause.code})` : ""}: ${AGAIN}`,
        cause,
      );
    case "signed-out":
      return new IdaasSessionError(reason, `no session (not started, or signed out): ${AGAIN}`);
  }
}
