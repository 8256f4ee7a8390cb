// The steps the emulator's outcome scenarios are made of, for one product: captcha, code sends, code and password
// logins, state and id tokens, each a call through the in-process pipeline. `expectOutcomes` registers the check that
// a product's scenarios are exactly the outcomes its spec gives the emulator, and one test per scenario.
import { listOperations, loadSpec, type Product } from "@idaas-sdk/spec";
import { beforeAll, expect, test } from "vitest";
import { LOCKOUT } from "../emulator/journey.js";
import type { EmulatorUser } from "../emulator/users.js";
import { type Answer, captchaToken, type InProcess, inProcess, outcomeOf, sendCode, solutionOf } from "./in-process.js";

export const PASSWORD = "Passw0rd!";
/** A new password the spec's example policies take (8 to 18 characters, three kinds of four). */
export const NEW_PASSWORD = "Newpass-2026";

export type Scenario = () => Promise<Answer>;

/** Users for scenarios, one per name: `<name>@example.com`, user name `name`, mobile `<prefix><nn>`, PASSWORD. */
export function scenarioUsers(prefix: string, entries: readonly (readonly [string, Partial<EmulatorUser>])[]) {
  const users: Record<string, EmulatorUser & { mobile: string; email: string; userName: string }> = {};
  for (const [name, traits] of entries) {
    const index = String(Object.keys(users).length + 1).padStart(2, "0");
    users[name] = {
      mobile: `${prefix}${index}`,
      email: `${name}@example.com`,
      userName: name,
      password: PASSWORD,
      ...traits,
    };
  }
  const mobile = (name: string) => users[name]?.mobile ?? "";
  const email = (name: string) => users[name]?.email ?? "";
  return { users, mobile, email };
}

/** The steps of one product, on one in-process emulator (given late: it is made in a beforeAll). */
export function steps(product: Product, emulator: () => InProcess) {
  const call = (operationId: string, request?: Parameters<InProcess["call"]>[2]) =>
    emulator().call(product, operationId, request);
  const isEmail = (to: string) => to.includes("@");
  const code = (to: string, type: string) => sendCode(emulator(), product, to, type);
  const codeLogin = async (to: string, verifyCode?: string) => {
    const verify_code = verifyCode ?? (await code(to, isEmail(to) ? "LOGIN_EMS" : "LOGIN_SMS"));
    const [operationId, field] = isEmail(to) ? ["loginWithEmailCode", "email"] : ["loginWithMobileCode", "mobile"];
    return call(operationId, { body: { [field]: to, verify_code } });
  };
  const tokenOf = (answer: Answer, field: "state_token" | "id_token" | "session_token") => String(answer.body?.[field]);
  return {
    call,
    code,
    codeLogin,
    tokenOf,
    /** A password login, by the body field that names the user. */
    passwordLogin: (operationId: string, field: string, name: string, password = PASSWORD) =>
      call(operationId, { body: { [field]: name, password } }),
    /** The id_token of a code login of the user. */
    idToken: async (to: string) => tokenOf(await codeLogin(to), "id_token"),
    /** `attempt` repeated until the lock: the answer of the last. */
    untilLocked: async (attempt: () => Promise<Answer>) => {
      for (let tries = 1; tries < LOCKOUT.attempts; tries++) await attempt();
      return attempt();
    },
    send: async (to: string, captcha = true) => {
      const captcha_token = captcha ? await captchaToken(emulator(), product, to) : "never-issued";
      return isEmail(to)
        ? call("sendEmailCode", { body: { email: to, type: "LOGIN_EMS", captcha_token } })
        : call("sendSmsCode", { body: { mobile: to, type: "LOGIN_SMS", captcha_token } });
    },
    verify: async (known = true) => {
      const token = known ? String((await call("getCaptcha")).body?.token) : "never-issued";
      const point_json = known ? solutionOf(emulator(), token) : "{}";
      return call("verifyCaptcha", { body: { token, point_json, sender: "s" } });
    },
    refresh: (sessionToken = "none") => call("refreshIdToken", { options: { sessionToken } }),
    /** A call with a header option's token ("bogus" as such), e.g. the state token of a login. */
    withToken: async (
      operationId: string,
      option: "stateToken" | "idToken",
      token: string | (() => Promise<string>),
      body?: Record<string, unknown>,
    ) => call(operationId, { options: { [option]: typeof token === "string" ? token : await token() }, body }),
  };
}

/** Each operation's outcomes in the product's spec: its 200 `status` values (or "200"), its errors named by a rule. */
function expectedOutcomes(product: Product): string[] {
  return listOperations(loadSpec(product)).flatMap((operation) => {
    const key = (outcome: unknown) => `${operation.operationId} ${String(outcome)}`;
    const ok = operation.responses.find((response) => response.status === 200)?.examples ?? [];
    const statuses = [
      ...new Set(ok.map((example) => (example.value as { status?: unknown } | undefined)?.status ?? 200)),
    ];
    const rules = operation.errors.filter((error) => error.mockWhen?.emulator?.length).map((error) => error.code);
    return [...(statuses.length > 0 ? statuses : [200]).map(key), ...rules.map(key)];
  });
}

/** The product's scenarios are exactly its spec's emulator outcomes, and each produces its outcome. */
export function expectOutcomes(product: Product, scenarios: Record<string, Scenario>) {
  test(`${product}: the scenarios are exactly the spec's emulator outcomes`, () => {
    expect(Object.keys(scenarios).sort()).toEqual([...new Set(expectedOutcomes(product))].sort());
  });
  test.each(Object.keys(scenarios))(`${product} %s`, async (key) => {
    const answer = await scenarios[key]?.();
    expect(String(answer && (outcomeOf(answer) ?? answer.status))).toBe(key.split(" ")[1]);
  });
}

/**
 * A product's scenario world: its users (see {@link scenarioUsers}), an in-process emulator made before the file's
 * tests, the steps, and the product's password login (by `field` of the body, naming the user by `by`) with the state
 * and id tokens scenarios take.
 */
export function scenarioWorld(
  product: Product,
  prefix: string,
  entries: readonly (readonly [string, Partial<EmulatorUser>])[],
  passwordLogin: { operationId: string; field: string; by: "mobile" | "userName" },
) {
  const { users, mobile, email } = scenarioUsers(prefix, entries);
  let emulator: InProcess | undefined;
  beforeAll(async () => {
    emulator = await inProcess({ users: { [product]: Object.values(users) } });
  });
  const s = steps(product, () => {
    if (!emulator) throw new Error("the scenario world's emulator is made before the tests");
    return emulator;
  });
  const { operationId, field, by } = passwordLogin;
  const login = (name: string, password = PASSWORD) =>
    s.passwordLogin(operationId, field, by === "mobile" ? mobile(name) : name, password);
  const stateToken = async (name: string) => s.tokenOf(await login(name), "state_token");
  return {
    s,
    mobile,
    email,
    login,
    stateToken,
    /** A call with the state token of the user's password login ("bogus": a bogus one). */
    withState: (operation: string, name: string, body?: Record<string, unknown>) =>
      s.withToken(operation, "stateToken", name === "bogus" ? name : () => stateToken(name), body),
    /** A call with the id_token of the user's code login ("bogus": a bogus one). */
    withIdToken: (operation: string, name: string, body?: Record<string, unknown>) =>
      s.withToken(operation, "idToken", name === "bogus" ? name : () => s.idToken(mobile(name)), body),
  };
}
