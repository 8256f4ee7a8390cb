// The emulator: state on top of Prism. Prism (server.ts) has already validated the request when an operation here
// runs; this decides the outcome from what was issued before (captcha challenges and tokens, codes, state and
// session tokens, failed passwords). Every answer is one of the spec's own: an outcome is the operation's named
// example with the emulator's tokens put in, an error is the one whose `x-mock-when.emulator` names the rule.
import { checkPassword, type PasswordPolicy } from "@idaas-sdk/core";
import type { CatalogOperation } from "@idaas-sdk/spec";
import type { Product } from "../products.js";
import { MockStartError } from "../start-error.js";
import { type EmulatorReply, policyReply, repliesOf } from "./replies.js";
import {
  createSigningKey,
  createStateTokenMaker,
  randomCode,
  randomHex,
  randomToken,
  type SigningKey,
} from "./tokens.js";
import { checkUsers, DEFAULT_USERS, type EmulatorUser, type EmulatorUsers, type MfaMethod } from "./users.js";

export interface EmulatorOptions {
  /** The users of each product; default {@link DEFAULT_USERS}. Checked at start. */
  users?: EmulatorUsers;
  /** Every code issued is this one instead of a random 6-digit code (for tests): 4 to 8 digits. */
  fixedCode?: string;
  /** Receives each code as it is issued (the CLI prints it with the target masked). */
  onCode?: (code: IssuedCode) => void;
  /** The clock, in milliseconds since the epoch; for tests that move time. Default `Date.now`. */
  now?: () => number;
}

/** A code as the inbox (`GET /__idaas/codes`) lists it. */
export interface IssuedCode {
  product: Product;
  channel: "sms" | "email";
  to: string;
  type: string;
  code: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** How long what the emulator issues lives, in seconds; the pages give none of these but the codes' (5 minutes). */
export const LIFETIMES = { challenge: 120, captchaToken: 120, code: 300, stateToken: 300 } as const;
/** The inbox keeps the newest codes, so that an emulator left running does not grow without end. */
export const INBOX_SIZE = 1000;
/** Password login: the pages show 9 attempts left after the first failure, and a lock of about 5 minutes. */
export const LOCKOUT = { attempts: 10, seconds: 300 } as const;

/** The code type each code login or second factor takes (the send operations' `type` enums). */
export const CODE_TYPES: Readonly<Record<string, { channel: IssuedCode["channel"]; type: string }>> = {
  loginWithMobileCode: { channel: "sms", type: "LOGIN_SMS" },
  loginWithEmailCode: { channel: "email", type: "LOGIN_EMS" },
  verifyMfaSms: { channel: "sms", type: "MFA_AUTH_SMS" },
  verifyMfaEmail: { channel: "email", type: "MFA_AUTH_EMS" },
};
const SENDS: Readonly<Record<string, { channel: IssuedCode["channel"]; field: "mobile" | "email" }>> = {
  sendSmsCode: { channel: "sms", field: "mobile" },
  sendEmailCode: { channel: "email", field: "email" },
};
const MFA_OF: Readonly<Record<string, MfaMethod>> = { verifyMfaSms: "SMS", verifyMfaEmail: "EMAIL" };

/** What the server passes for one request Prism found valid. */
export interface EmulatorCall {
  product: Product;
  operation: CatalogOperation;
  /** Request headers, names lower-cased (node:http). */
  headers: Record<string, string>;
  body: unknown;
  /** The product's base URL on this mock, e.g. http://127.0.0.1:4010/ciam: the id_token's issuer is under it. */
  baseUrl: string;
}

export interface Emulator {
  answer(call: EmulatorCall): Promise<EmulatorReply>;
  /** The inbox, oldest first; only the codes sent to `to` when given. */
  codes(to?: string): IssuedCode[];
  /** Forgets everything issued and every failed attempt; the users are as at start again. */
  reset(): void;
  /** The JWKS of the id_tokens' signing key. */
  jwks(): { keys: object[] };
  /** The users, as checked at start. */
  users: Required<EmulatorUsers>;
}

/** The emulator's own routes, on the origin (under no product): the code inbox and the reset. */
export const ADMIN_PATH = "/__idaas/";
/** Where the vendor's pages put a tenant's OAuth 2 endpoints: the id_token's issuer, and its JWKS at `/keys`. */
const OAUTH2_PATH = "/api/v1/oauth2";
export const JWKS_PATH = `${OAUTH2_PATH}/keys`;
/** The issuer of a product's id_tokens, under its base URL. */
export const issuerOf = (baseUrl: string) => `${baseUrl}${OAUTH2_PATH}`;

interface Account extends EmulatorUser {
  id: string;
  product: Product;
  failures: number;
  lockedUntil?: number;
}
interface Issued {
  product: Product;
  expiresAt: number;
  used: boolean;
}
interface Code extends Issued, Omit<IssuedCode, "expiresAt"> {}
type Journey = "mfa-auth" | "password-warn" | "password-expired";
interface StateToken extends Issued {
  account: Account;
  journey: Journey;
  policy?: PasswordPolicy;
}
interface Session {
  product: Product;
  account: Account;
  clientId: string;
  expiresAt: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : "");

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const users = checkUsers(options.users ?? DEFAULT_USERS, "the users option");
  const { fixedCode, onCode, now = Date.now } = options;
  if (fixedCode !== undefined && !(typeof fixedCode === "string" && /^\d{4,8}$/.test(fixedCode))) {
    throw new MockStartError(`the fixed code must be 4 to 8 digits, got "${String(fixedCode)}"`);
  }
  if (onCode !== undefined && typeof onCode !== "function") {
    throw new MockStartError("onCode must be a function that receives each issued code");
  }
  const key: SigningKey = await createSigningKey();
  const stateTokenFor = createStateTokenMaker();

  let accounts: Account[] = [];
  const challenges = new Map<string, Issued>();
  const captchaTokens = new Map<string, Issued>();
  const stateTokens = new Map<string, StateToken>();
  const sessions = new Map<string, Session>();
  let codes: Code[] = [];

  function reset() {
    accounts = (Object.entries(users) as [Product, EmulatorUser[]][]).flatMap(([product, list]) =>
      list.map((user, index) => ({
        ...structuredClone(user),
        id: `emulator-${product}-${index + 1}`,
        product,
        failures: 0,
      })),
    );
    for (const map of [challenges, captchaTokens, stateTokens, sessions]) map.clear();
    codes = [];
  }
  reset();

  const findAccount = (product: Product, field: "mobile" | "email", value: string) =>
    accounts.find((account) => account.product === product && account[field] === value);
  const live = <T extends Issued>(issued: T | undefined, product: Product): issued is T =>
    issued !== undefined && issued.product === product && !issued.used && issued.expiresAt > now();

  /** One request: the operation's handler, with the helpers that turn outcomes and rules into spec answers. */
  /** Forgets what has expired, so that a long run keeps only what can still be used. */
  function prune() {
    const time = now();
    for (const map of [challenges, captchaTokens, stateTokens, sessions] as Map<string, { expiresAt: number }>[]) {
      for (const [token, issued] of map) if (issued.expiresAt <= time) map.delete(token);
    }
  }

  async function answer(call: EmulatorCall): Promise<EmulatorReply> {
    prune();
    const { product, operation, headers, baseUrl } = call;
    const body = isObject(call.body) ? call.body : {};
    const headerOf = (option: string) => operation.headers.find((header) => header.option === option);
    const headerValue = (option: string) => {
      const header = headerOf(option);
      return header ? text(headers[header.name.toLowerCase()]) : "";
    };
    const chinese = headerValue("language").toLowerCase().startsWith("zh");
    const { fail, outcome, has, canFail } = repliesOf(operation, chinese);

    async function idToken(account: Account, clientId: string) {
      const user = Object.fromEntries(
        (["name", "mobile", "id", "userName", "email"] as const)
          .filter((claim) => account[claim] !== undefined)
          .map((claim) => [claim, account[claim]]),
      );
      // The vendor's tokens carry the user both as claims and as the JSON string `api`.
      return key.sign(
        { ...user, api: JSON.stringify(user) },
        { issuer: issuerOf(baseUrl), audience: clientId, subject: account.userName ?? account.id, now: now() },
      );
    }
    /** The operation's success outcome: a new session of `account`, with its expiry as the spec's example gives it. */
    async function logIn(account: Account): Promise<EmulatorReply> {
      const clientId = headerValue("clientId");
      const sessionToken = randomToken();
      const reply = outcome("success", { session_token: sessionToken, id_token: await idToken(account, clientId) });
      const { expire } = reply.body as { expire?: unknown };
      if (typeof expire !== "number")
        throw new Error(`the ${product} spec's ${operation.operationId} success has no expire`);
      sessions.set(sessionToken, { product, account, clientId, expiresAt: now() + expire * 1000 });
      return reply;
    }
    /** A state token of the outcome `name` (its `status` value goes into the token, as in the vendor's). */
    const stateToken = (account: Account, name: string) =>
      stateTokenFor(
        String((outcome(name).body as { status?: unknown }).status),
        account.id,
        now(),
        LIFETIMES.stateToken,
      );
    async function issueState(account: Account, journey: Journey, replace: Record<string, unknown> = {}) {
      const token = await stateToken(account, journey);
      const reply = outcome(journey, { state_token: token, ...replace });
      const data = (reply.body as { data?: unknown }).data;
      const policy =
        journey === "mfa-auth" || typeof data !== "string" ? undefined : (JSON.parse(data) as PasswordPolicy);
      stateTokens.set(token, {
        product,
        account,
        journey,
        policy,
        used: false,
        expiresAt: now() + LIFETIMES.stateToken * 1000,
      });
      return reply;
    }
    /** A refusal of the tenant's policy: ACCESS_DENIED where the operation has it, else its disabled-user error. */
    const denied = async (account: Account) =>
      has("access-denied")
        ? outcome("access-denied", { state_token: await stateToken(account, "access-denied") })
        : fail("disabled");
    const disabled = (account: Account) => (canFail("disabled") ? fail("disabled") : denied(account));
    /** After the first factor: the disabled-user refusal, a second factor, or what follows authentication. */
    async function afterFirstFactor(account: Account): Promise<EmulatorReply> {
      if (account.disabled) return disabled(account);
      if (account.mfa?.length) return issueState(account, "mfa-auth", { data: JSON.stringify(account.mfa) });
      return afterAuthentication(account);
    }
    /** Authenticated: a password to change first (where the operation has that outcome), or the session. */
    async function afterAuthentication(account: Account): Promise<EmulatorReply> {
      if (account.passwordState === "warn" && has("password-warn")) return issueState(account, "password-warn");
      if (account.passwordState === "expired" && has("password-expired"))
        return issueState(account, "password-expired");
      return finish(account);
    }
    /** The tenant's access policy decides last, as a session would be made: ACCESS_DENIED, or logged in. */
    const finish = (account: Account) => (account.accessDenied ? denied(account) : logIn(account));
    function consumeCode(channel: IssuedCode["channel"], to: string, type: string, given: string): boolean {
      // Only the latest code sent to the target for this use counts, as a new send replaces the one before.
      const latest = codes
        .filter((code) => code.product === product && code.channel === channel && code.to === to && code.type === type)
        .at(-1);
      if (!latest || !live(latest, product) || latest.code !== given) return false;
      latest.used = true;
      return true;
    }
    function lockedFor(account: Account): EmulatorReply | undefined {
      if (account.lockedUntil === undefined) return undefined;
      const left = Math.ceil((account.lockedUntil - now()) / 1000);
      if (left > 0) return fail("locked", Math.floor(left / 60), left % 60);
      account.lockedUntil = undefined;
      account.failures = 0;
      return undefined;
    }
    function wrongPassword(account: Account): EmulatorReply {
      account.failures += 1;
      const left = LOCKOUT.attempts - account.failures;
      if (left > 0) return fail("wrong-password", left);
      account.lockedUntil = now() + LOCKOUT.seconds * 1000;
      return lockedFor(account) as EmulatorReply;
    }
    /** The state token of the call, when it is live and of one of `journeys`; else undefined. */
    function stateOf(journeys: Journey[]): StateToken | undefined {
      const state = stateTokens.get(headerValue("stateToken"));
      return live(state, product) && journeys.includes(state.journey) ? state : undefined;
    }
    const refused = (option: string) => fail("refused-token", headerOf(option)?.name ?? option);

    const { operationId } = operation;
    const send = SENDS[operationId];
    if (send) {
      const captcha = captchaTokens.get(text(body.captcha_token));
      if (!live(captcha, product)) return fail("refused-token", "captcha_token");
      captcha.used = true;
      const code: Code = {
        product,
        channel: send.channel,
        to: text(body[send.field]),
        type: text(body.type),
        code: fixedCode ?? randomCode(),
        used: false,
        expiresAt: now() + LIFETIMES.code * 1000,
      };
      codes.push(code);
      if (codes.length > INBOX_SIZE) codes = codes.slice(-INBOX_SIZE);
      onCode?.(viewOf(code));
      return { status: 200, note: "emulator code sent" };
    }
    const codeLogin = CODE_TYPES[operationId];
    if (codeLogin && !MFA_OF[operationId]) {
      const field = codeLogin.channel === "sms" ? "mobile" : "email";
      const to = text(body[field]);
      if (!consumeCode(codeLogin.channel, to, codeLogin.type, text(body.verify_code))) return fail("wrong-code");
      const account = findAccount(product, field, to);
      return account ? afterFirstFactor(account) : fail("unknown-user");
    }
    const method = MFA_OF[operationId];
    if (codeLogin && method) {
      const state = stateOf(["mfa-auth"]);
      if (!state?.account.mfa?.includes(method)) return refused("stateToken");
      const field = codeLogin.channel === "sms" ? "mobile" : "email";
      const to = text(body[field]);
      if (to !== state.account[field] || !consumeCode(codeLogin.channel, to, codeLogin.type, text(body.verify_code))) {
        return fail("wrong-code");
      }
      state.used = true;
      return afterAuthentication(state.account);
    }
    switch (operationId) {
      case "getCaptcha": {
        const token = randomHex();
        challenges.set(token, { product, used: false, expiresAt: now() + LIFETIMES.challenge * 1000 });
        return outcome("default", { token, secretKey: randomToken(16) });
      }
      case "verifyCaptcha": {
        const challenge = challenges.get(text(body.token));
        if (!live(challenge, product)) return fail("refused-token", "token");
        challenge.used = true;
        // AJ-Captcha's captchaVerification: the challenge's token, "---", the point as sent.
        const captchaToken = `${randomHex()}---${text(body.point_json)}`;
        captchaTokens.set(captchaToken, { product, used: false, expiresAt: now() + LIFETIMES.captchaToken * 1000 });
        return outcome("default", { captcha_token: captchaToken });
      }
      case "loginWithMobilePassword": {
        const account = findAccount(product, "mobile", text(body.mobile));
        // An unknown number is answered like a wrong password, without a count: the service does not say which.
        if (!account) return fail("wrong-password", LOCKOUT.attempts - 1);
        const locked = lockedFor(account);
        if (locked) return locked;
        if (account.password === undefined || account.password !== text(body.password)) return wrongPassword(account);
        account.failures = 0;
        return afterFirstFactor(account);
      }
      case "updatePassword": {
        const state = stateOf(["password-warn", "password-expired"]);
        if (!state) return refused("stateToken");
        const { account, policy } = state;
        const locked = lockedFor(account);
        if (locked) return locked;
        if (account.password !== text(body.old_password)) return wrongPassword(account);
        account.failures = 0;
        const newPassword = text(body.new_password);
        const broken = policy ? checkPassword(newPassword, policy) : [];
        if (broken.length > 0) return policyReply(policy as PasswordPolicy, broken);
        account.password = newPassword;
        account.passwordState = "ok";
        state.used = true;
        return finish(account);
      }
      case "skipPasswordUpdate": {
        const state = stateOf(["password-warn"]);
        if (!state) return refused("stateToken");
        state.used = true;
        return finish(state.account);
      }
      case "refreshIdToken": {
        const token = headerValue("sessionToken");
        const session = sessions.get(token);
        if (!session || session.product !== product || session.expiresAt <= now()) return refused("sessionToken");
        return outcome("default", {
          session_token: token,
          expire: Math.floor((session.expiresAt - now()) / 1000),
          id_token: await idToken(session.account, session.clientId),
        });
      }
    }
    throw new Error(`the emulator has no handler for ${product} ${operationId}`);
  }

  return {
    answer,
    codes: (to) => codes.filter((code) => to === undefined || code.to === to).map(viewOf),
    reset,
    jwks: () => ({ keys: [key.jwk] }),
    users,
  };
}

function viewOf(code: Code): IssuedCode {
  const { product, channel, to, type } = code;
  return { product, channel, to, type, code: code.code, expiresAt: new Date(code.expiresAt).toISOString() };
}
