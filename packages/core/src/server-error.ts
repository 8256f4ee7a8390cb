// The error a request guard throws: the HTTP answer it calls for (status, WWW-Authenticate as RFC 6750 §3 gives it,
// a description for the client) and, in its message, what went wrong for the server's log. Neither holds the token.
import { IdaasError, type IdaasTokenError } from "./errors.js";

/**
 * Why the request was refused: `missing` (no token: 401, a challenge without an error), `malformed` (an
 * Authorization header that is not `Bearer` and exactly one token: 400 `invalid_request`), `invalid` (a token that
 * fails verification: 401 `invalid_token`) or `unavailable` (the tenant's keys could not be had: 503, not the
 * client's fault).
 */
export type AuthFailure = "missing" | "malformed" | "invalid" | "unavailable";

/** The HTTP status of each failure. */
const STATUS = { missing: 401, malformed: 400, invalid: 401, unavailable: 503 } as const;

/** The RFC 6750 error code of each failure that has one. */
const CODE = {
  missing: undefined,
  malformed: "invalid_request",
  invalid: "invalid_token",
  unavailable: undefined,
} as const;

type Status = (typeof STATUS)[AuthFailure];
type Code = (typeof CODE)[AuthFailure];

/**
 * The request is not authenticated. Answer it with `status`, `headers` (`WWW-Authenticate` on a 400 or 401) and
 * `description` (safe to show the client); log `message` (what went wrong and what to do). Neither the message nor
 * anything else in it carries the token; `cause` is the {@link IdaasTokenError} of a refused or uncheckable token.
 */
export class IdaasAuthError extends IdaasError {
  override name = "IdaasAuthError";
  readonly reason: AuthFailure;
  /** 401 (no token, or a refused one), 400 (a malformed Authorization header) or 503 (the keys are unreachable). */
  readonly status: Status;
  /** RFC 6750's `error`: `invalid_request`, `invalid_token`, or undefined (no token; the keys unreachable). */
  readonly code: Code;
  /** A sentence for the client (its `error_description`): what to send instead. ASCII, no token, no claim. */
  readonly description: string;
  /** The `WWW-Authenticate` value of a 400 or 401 (`Bearer realm="api", error="invalid_token", …`); none on a 503. */
  readonly wwwAuthenticate: string | undefined;
  /** The headers to answer with: `WWW-Authenticate` when there is one. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(init: {
    reason: AuthFailure;
    message: string;
    description: string;
    realm: string;
    cause?: IdaasTokenError;
  }) {
    super(init.message, init.cause ? { cause: init.cause } : undefined);
    const { reason, description, realm } = init;
    this.reason = reason;
    this.status = STATUS[reason];
    this.code = CODE[reason];
    this.description = description;
    const code = CODE[reason];
    // RFC 6750 §3.1: no error attributes when the request had no token at all.
    this.wwwAuthenticate =
      reason === "unavailable"
        ? undefined
        : `Bearer realm="${realm}"${code ? `, error="${code}", error_description="${description}"` : ""}`;
    const headers: Record<string, string> = {};
    if (this.wwwAuthenticate) headers["WWW-Authenticate"] = this.wwwAuthenticate;
    this.headers = Object.freeze(headers);
  }
}
