// The emulator's users: the users file (or the `users` option), checked at start so that a mistake is one line
// naming the entry and the field, and the default set `npm start` runs with.
import { readFileSync } from "node:fs";
import { PRODUCTS, type Product } from "../products.js";
import { MockStartError } from "../start-error.js";

export type PasswordState = "ok" | "warn" | "expired";
/** The second factors the emulator can complete: `verifyMfaEmail` and `verifyMfaSms`. */
export const MFA_METHODS = ["EMAIL", "SMS"] as const;
export type MfaMethod = (typeof MFA_METHODS)[number];

/** One user of a product, as the users file gives it. One of `mobile` or `email` is required. */
export interface EmulatorUser {
  mobile?: string;
  email?: string;
  password?: string;
  name?: string;
  userName?: string;
  /** `"ok"` (default), `"warn"` (PASSWORD_WARN at a password login) or `"expired"` (PASSWORD_EXPIRED). */
  passwordState?: PasswordState;
  /** EIAM only: the second factors asked after the first one (MFA_AUTH); none by default. */
  mfa?: MfaMethod[];
  /** Refused at login with the product's disabled-user outcome. */
  disabled?: boolean;
  /** Refused at login with ACCESS_DENIED (the tenant's access policy). */
  accessDenied?: boolean;
}

export type EmulatorUsers = Partial<Record<Product, EmulatorUser[]>>;

const STRING_FIELDS = ["mobile", "email", "password", "name", "userName"] as const;
const BOOLEAN_FIELDS = ["disabled", "accessDenied"] as const;
const FIELDS = new Set<string>([...STRING_FIELDS, ...BOOLEAN_FIELDS, "passwordState", "mfa"]);
const PASSWORD_STATES: readonly PasswordState[] = ["ok", "warn", "expired"];

/** The users `npm start` and `--emulator` without `--users` run with; the banner lists them. */
export const DEFAULT_USERS: Required<EmulatorUsers> = {
  eiam: [
    { mobile: "13800000001", email: "wang@example.com", password: "Passw0rd!", name: "Wang Wei", userName: "wang" },
    {
      mobile: "13800000002",
      email: "zhao@example.com",
      password: "Passw0rd!",
      name: "Zhao Li",
      userName: "zhao",
      mfa: ["EMAIL"],
    },
    {
      mobile: "13800000003",
      email: "sun@example.com",
      password: "Passw0rd!",
      name: "Sun Yan",
      userName: "sun",
      mfa: ["SMS", "EMAIL"],
    },
    {
      mobile: "13800000004",
      email: "qian@example.com",
      password: "Passw0rd!",
      name: "Qian Hao",
      userName: "qian",
      accessDenied: true,
    },
    {
      mobile: "13800000005",
      email: "zhou@example.com",
      password: "Passw0rd!",
      name: "Zhou Min",
      userName: "zhou",
      disabled: true,
    },
    {
      mobile: "13800000006",
      email: "wu@example.com",
      password: "Passw0rd!",
      name: "Wu Lei",
      userName: "wu",
      passwordState: "warn",
    },
    {
      mobile: "13800000007",
      email: "zheng@example.com",
      password: "Passw0rd!",
      name: "Zheng Yu",
      userName: "zheng",
      passwordState: "expired",
    },
    {
      mobile: "13800000008",
      email: "feng@example.com",
      password: "Passw0rd!",
      name: "Feng Jie",
      userName: "feng",
      mfa: ["SMS"],
    },
  ],
  ciam: [
    { mobile: "13900000001", email: "li@example.com", password: "Passw0rd!", name: "Li Na", userName: "li" },
    { mobile: "13900000002", email: "liu@example.com", password: "Passw0rd!", userName: "liu", passwordState: "warn" },
    {
      mobile: "13900000003",
      email: "chen@example.com",
      password: "Passw0rd!",
      userName: "chen",
      passwordState: "expired",
    },
    { mobile: "13900000004", email: "yang@example.com", password: "Passw0rd!", userName: "yang", accessDenied: true },
    { mobile: "13900000005", email: "huang@example.com", password: "Passw0rd!", userName: "huang", disabled: true },
  ],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const quote = (values: readonly string[]) => values.map((value) => `"${value}"`).join(", ");

/** Checks a users value (the parsed file, or the `users` option); `source` names it in the one-line error. */
export function checkUsers(value: unknown, source: string): Required<EmulatorUsers> {
  const fail = (where: string, problem: string): never => {
    throw new MockStartError(`${source}: ${where} ${problem}`);
  };
  if (!isObject(value)) fail("the value", `must be an object with the products as keys (${quote(PRODUCTS)})`);
  const given = value as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(PRODUCTS as readonly string[]).includes(key))
      fail(`"${key}"`, `is not a product; expected ${quote(PRODUCTS)}`);
  }
  const checked = { eiam: [], ciam: [] } as Required<EmulatorUsers>;
  for (const product of PRODUCTS) {
    const list = given[product];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(product, "must be an array of users");
    const seen = new Map<string, number>();
    for (const [index, entry] of (list as unknown[]).entries()) {
      const at = `${product}[${index}]`;
      if (!isObject(entry)) return fail(at, "must be an object");
      for (const key of Object.keys(entry)) {
        if (!FIELDS.has(key)) fail(`${at}.${key}`, `is not a user field; expected one of ${quote([...FIELDS])}`);
      }
      for (const field of STRING_FIELDS) {
        const fieldValue = entry[field];
        if (fieldValue !== undefined && (typeof fieldValue !== "string" || fieldValue.trim() === "")) {
          fail(`${at}.${field}`, "must be a non-empty string");
        }
      }
      for (const field of BOOLEAN_FIELDS) {
        if (entry[field] !== undefined && typeof entry[field] !== "boolean")
          fail(`${at}.${field}`, "must be true or false");
      }
      if (entry.mobile === undefined && entry.email === undefined) fail(at, "needs a mobile or an email");
      if (typeof entry.email === "string" && !/^[^@\s]+@[^@\s]+$/.test(entry.email)) {
        fail(`${at}.email`, "must be an email address");
      }
      const { passwordState, mfa } = entry;
      if (passwordState !== undefined && !PASSWORD_STATES.includes(passwordState as PasswordState)) {
        fail(`${at}.passwordState`, `must be one of ${quote(PASSWORD_STATES)}`);
      }
      if (mfa !== undefined) {
        if (product !== "eiam") fail(`${at}.mfa`, "is EIAM only: CIAM's pages document no second factor");
        if (!Array.isArray(mfa) || !mfa.every((method) => (MFA_METHODS as readonly unknown[]).includes(method))) {
          fail(`${at}.mfa`, `must be an array of ${quote(MFA_METHODS)}`);
        }
      }
      for (const field of ["mobile", "email"] as const) {
        const key = entry[field];
        if (typeof key !== "string") continue;
        const other = seen.get(`${field} ${key}`);
        if (other !== undefined) fail(`${at}.${field}`, `repeats ${product}[${other}]'s; each user needs their own`);
        seen.set(`${field} ${key}`, index);
      }
      checked[product].push(entry as EmulatorUser);
    }
  }
  return checked;
}

/** Reads and checks a users file (JSON); every problem is a {@link MockStartError} naming the file. */
export function readUsersFile(path: string): Required<EmulatorUsers> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MockStartError(`users file ${path} cannot be read (${code ?? "read error"})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message may quote the file (passwords included): only the place is passed on.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    throw new MockStartError(
      `users file ${path} is not valid JSON${position ? ` (at ${placeOf(text, Number(position))})` : ""}`,
    );
  }
  return checkUsers(value, `users file ${path}`);
}

/** "line 3, column 7" of a character offset. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
