// A login's way from its first factor to a session, the same for every operation that starts or continues one:
// the disabled-user refusal, a second factor (MFA_AUTH), a password to change first (PASSWORD_WARN /
// PASSWORD_EXPIRED), the tenant's access policy (ACCESS_DENIED), then the session and its id_token. And the lockout
// that counts wrong passwords.
import { JWKS_PATH, OAUTH2_PATH, type PasswordPolicy } from "@idaas-sdk/core";
import type { Reply } from "../http/reply.js";
import { type Context, headerOf, now, optionHeader } from "./context.js";
import { bodyField, canFail, fail, has, outcome } from "./replies.js";
import type { Account, Attempts, Journey } from "./store.js";
import { randomToken } from "./tokens.js";

/** How long what the emulator issues lives, in seconds; the pages give none of these but the codes' (5 minutes). */
export const LIFETIMES = { challenge: 120, captchaToken: 120, code: 300, stateToken: 300 } as const;
/**
 * How long an id_token lives by default, per product: EIAM's example id_tokens have `exp` = `iat` + 7200; CIAM's
 * pages give 5 minutes (the spec's IdToken). `idTokenTtl` shortens both.
 */
export const ID_TOKEN_LIFETIMES = { eiam: 7200, ciam: 300 } as const;
/** Password login: the pages show 9 attempts left after the first failure, and a lock of about 5 minutes. */
export const LOCKOUT = { attempts: 10, seconds: 300 } as const;
/** A code stops working after so many wrong tries; the pages give no number, this is the emulator's choice. */
export const CODE_TRIES = 5;

// Where the vendor's pages put a tenant's OAuth 2 endpoints (the id_token's issuer, and its JWKS): core's, which the
// clients' verifyIdToken({ baseUrl }) reads too.
export { JWKS_PATH };
/** The issuer of a product's id_tokens, under its base URL. */
export const issuerOf = (baseUrl: string) => `${baseUrl}${OAUTH2_PATH}`;

/** An id_token of the account for the client, signed with the emulator's key. */
export function idToken(context: Context, account: Account, clientId: string): Promise<string> {
  const user = Object.fromEntries(
    (["name", "mobile", "id", "userName", "email"] as const)
      .filter((claim) => account[claim] !== undefined)
      .map((claim) => [claim, account[claim]]),
  );
  // The vendor's tokens carry the user both as claims and as the JSON string `api`.
  const { keys, idTokenTtl } = context.world;
  return keys[context.product].sign(
    { ...user, api: JSON.stringify(user) },
    {
      issuer: issuerOf(context.baseUrl),
      audience: clientId,
      subject: account.userName ?? account.id,
      now: now(context),
      seconds: idTokenTtl ?? ID_TOKEN_LIFETIMES[context.product],
    },
  );
}

/** After the first factor: the disabled-user refusal, a second factor, or what follows authentication. */
export function afterFirstFactor(context: Context, account: Account): Promise<Reply> {
  if (account.disabled) return disabled(context, account);
  if (account.mfa?.length) return issueState(context, account, "mfa-auth", { data: JSON.stringify(account.mfa) });
  return afterAuthentication(context, account);
}

/** Authenticated: a password to change first (where the operation has that outcome), or the session. */
export function afterAuthentication(context: Context, account: Account): Promise<Reply> {
  if (account.passwordState === "warn" && has(context, "password-warn")) {
    return issueState(context, account, "password-warn");
  }
  if (account.passwordState === "expired" && has(context, "password-expired")) {
    return issueState(context, account, "password-expired");
  }
  return finish(context, account);
}

/** The tenant's access policy decides last, as a session would be made: ACCESS_DENIED, or logged in. */
export function finish(context: Context, account: Account): Promise<Reply> {
  return account.accessDenied ? denied(context, account) : logIn(context, account);
}

/** The operation's success outcome: a new session of the account, living its example's `expire` (or `sessionTtl`). */
export async function logIn(context: Context, account: Account): Promise<Reply> {
  const { store, sessionTtl } = context.world;
  const clientId = optionHeader(context, "clientId");
  const sessionToken = randomToken();
  const reply = outcome(context, "success", {
    session_token: sessionToken,
    id_token: await idToken(context, account, clientId),
    ...(sessionTtl !== undefined && { expire: sessionTtl }),
  });
  const expire = bodyField(reply, "expire");
  if (typeof expire !== "number") {
    throw new Error(`the ${context.product} spec's ${context.operation.operationId} success has no expire`);
  }
  store.sessions.set(sessionToken, {
    product: context.product,
    account,
    clientId,
    used: false,
    expiresAt: store.expiry(expire),
  });
  return reply;
}

/** A state token of the outcome `name` (its `status` value goes into the token, as in the vendor's). */
function stateToken(context: Context, account: Account, name: string): Promise<string> {
  const status = String(bodyField(outcome(context, name), "status"));
  return context.world.stateTokenFor(status, account.id, now(context), LIFETIMES.stateToken);
}

async function issueState(
  context: Context,
  account: Account,
  journey: Journey,
  replace: Record<string, unknown> = {},
): Promise<Reply> {
  const { store } = context.world;
  const token = await stateToken(context, account, journey);
  const reply = outcome(context, journey, { state_token: token, ...replace });
  const data = bodyField(reply, "data");
  const policy = journey === "mfa-auth" || typeof data !== "string" ? undefined : (JSON.parse(data) as PasswordPolicy);
  store.stateTokens.set(token, {
    product: context.product,
    account,
    journey,
    policy,
    used: false,
    expiresAt: store.expiry(LIFETIMES.stateToken),
  });
  return reply;
}

/** A refusal of the tenant's policy: ACCESS_DENIED where the operation has it, else its disabled-user error. */
async function denied(context: Context, account: Account): Promise<Reply> {
  if (!has(context, "access-denied")) return fail(context, "disabled");
  return outcome(context, "access-denied", { state_token: await stateToken(context, account, "access-denied") });
}

function disabled(context: Context, account: Account): Promise<Reply> {
  return canFail(context, "disabled") ? Promise.resolve(fail(context, "disabled")) : denied(context, account);
}

/** The lock's refusal while locked; undefined (and the count reset) once the lock is over. */
export function lockedFor(context: Context, attempts: Attempts): Reply | undefined {
  if (attempts.lockedUntil === undefined) return undefined;
  const left = Math.ceil((attempts.lockedUntil - now(context)) / 1000);
  if (left > 0) return fail(context, "locked", Math.floor(left / 60), left % 60);
  attempts.lockedUntil = undefined;
  attempts.failures = 0;
  return undefined;
}

/** A wrong password: the attempts left, or the lock at the last one. */
export function wrongPassword(context: Context, attempts: Attempts): Reply {
  attempts.failures += 1;
  const left = LOCKOUT.attempts - attempts.failures;
  if (left > 0) return fail(context, "wrong-password", left);
  attempts.lockedUntil = context.world.store.expiry(LOCKOUT.seconds);
  return lockedFor(context, attempts) as Reply;
}

/** The refusal of the header the spec fills from the client option (its name goes into the message). */
export const refused = (context: Context, option: string) =>
  fail(context, "refused-token", headerOf(context, option)?.name ?? option);
