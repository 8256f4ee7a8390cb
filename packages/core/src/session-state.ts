// A session's tokens as it keeps them: in memory, and as one JSON value under one key of its storage (the stored
// form, versioned). Times are in milliseconds of this machine's clock: the id_token's lifetime is taken from its own
// claims (exp − iat) and counted from when it arrived, so a clock that differs from the tenant's does not matter.

/** The stored form's version: a value of another version is not read (it counts as no session). */
export const STORED_VERSION = 1;

/** What a session keeps, and (as JSON) what its storage holds under its key. */
export interface StoredSession {
  version: typeof STORED_VERSION;
  /** The session token of the login, or of the last refresh. */
  sessionToken: string;
  /** When the session token stops working: when it arrived plus its `expire` seconds. */
  sessionExpiresAt: number;
  idToken: string;
  /** When the id_token expires: when it arrived plus its lifetime (exp − iat). */
  idTokenExpiresAt: number;
  /** When these tokens arrived. */
  receivedAt: number;
}

/** What a login's SUCCESS and a refresh answer both carry. */
export interface SessionTokens {
  sessionToken: string;
  /** Seconds the session token stays valid. */
  expire: number;
  idToken: string;
}

/**
 * The `exp` and `iat` claims of a JWT, decoded WITHOUT verifying it (a base64url JSON decode, no jose): the session
 * only needs to know when to refresh. Undefined when it is not a JWT with a numeric `exp`.
 */
export function tokenTimes(jwt: string): { exp: number; iat: number | undefined } | undefined {
  const parts = jwt.split(".");
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const binary = atob(parts[1].replace(/-/g, "+").replace(/_/g, "/"));
    const claims: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (typeof claims !== "object" || claims === null) return undefined;
    const { exp, iat } = claims as { exp?: unknown; iat?: unknown };
    if (typeof exp !== "number" || !Number.isFinite(exp)) return undefined;
    return { exp, iat: typeof iat === "number" && Number.isFinite(iat) ? iat : undefined };
  } catch {
    return undefined;
  }
}

/** The session of tokens that arrived at `time`; undefined when the id_token has no readable `exp`. */
export function toStored(tokens: SessionTokens, time: number): StoredSession | undefined {
  const times = tokenTimes(tokens.idToken);
  if (!times) return undefined;
  const lifetime =
    times.iat !== undefined && times.exp > times.iat ? (times.exp - times.iat) * 1000 : times.exp * 1000 - time;
  return {
    version: STORED_VERSION,
    sessionToken: tokens.sessionToken,
    sessionExpiresAt: time + tokens.expire * 1000,
    idToken: tokens.idToken,
    idTokenExpiresAt: time + lifetime,
    receivedAt: time,
  };
}

const isText = (value: unknown): value is string => typeof value === "string" && value !== "";
const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The stored form read back; undefined for anything else (another version, a damaged value), never an error. */
export function parseStored(text: unknown): StoredSession | undefined {
  if (typeof text !== "string") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const stored = value as Record<keyof StoredSession, unknown>;
  if (
    stored.version !== STORED_VERSION ||
    !isText(stored.sessionToken) ||
    !isText(stored.idToken) ||
    !isTime(stored.sessionExpiresAt) ||
    !isTime(stored.idTokenExpiresAt) ||
    !isTime(stored.receivedAt)
  ) {
    return undefined;
  }
  // A fresh object of the known fields only.
  const { sessionToken, sessionExpiresAt, idToken, idTokenExpiresAt, receivedAt } = stored;
  return { version: STORED_VERSION, sessionToken, sessionExpiresAt, idToken, idTokenExpiresAt, receivedAt };
}

export const serialize = (session: StoredSession): string => JSON.stringify(session);

/** Two values of the stored form hold the same tokens. */
export const sameSession = (a: StoredSession | undefined, b: StoredSession | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && serialize(a) === serialize(b));
