// 11. The emulator through the published clients: every journey against `startMock({ mode: "emulator" })`, codes read
// from its inbox over HTTP and id_tokens verified against its JWKS, the docs' curls, and every answer the clients got
// checked against the spec. The emulator's own rules, and that each outcome the spec gives them is produced, are
// tested next to it (packages/mock/src/emulator).
import { type CiamClient, createCiamClient } from "@idaas-sdk/ciam";
import { verifyIdToken as verifyCiamIdToken } from "@idaas-sdk/ciam/id-token";
import { type ClientOptions, IdaasApiError, IdaasTokenError } from "@idaas-sdk/core";
import { createEiamClient, type EiamClient } from "@idaas-sdk/eiam";
import { verifyIdToken } from "@idaas-sdk/eiam/id-token";
import {
  ADMIN_PATH,
  basePath,
  DEFAULT_USERS,
  type EmulatorUser,
  type IssuedCode,
  issuerOf,
  JWKS_PATH,
  type RunningMock,
  startMock,
} from "@idaas-sdk/mock";
import type { Product } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { passCaptcha } from "./support/captcha.js";
import { DEVICE } from "./support/clients.js";
import { parseCurl, preferOf, replayCurl } from "./support/curl.js";
import { curlSamples, docsOperation, readDocsDefinition } from "./support/docs.js";
import { operations, operationsByRoute, outcomesOf, PRODUCTS, validatorOf } from "./support/spec.js";

const CLIENT_ID = "emulator-tests";

interface Answered {
  product: Product;
  operationId: string;
  status: number;
  body: unknown;
}
/** Every answer the emulator gave (not the `Prefer` ones, which are Prism's examples). */
const answered: Answered[] = [];

function recorder(product: Product): typeof fetch {
  const byPath = operationsByRoute(product);

  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const path = new URL(request.url).pathname.slice(basePath(product).length);
    const operation = byPath.get(`${request.method} ${path}`);
    if (operation && !request.headers.has("Prefer")) {
      const text = await response.clone().text();
      answered.push({
        product,
        operationId: operation.operationId,
        status: response.status,
        body: text === "" ? undefined : JSON.parse(text),
      });
    }
    return response;
  };
}

interface World {
  mock: RunningMock;
  eiam: EiamClient;
  ciam: CiamClient;
  /** The newest code sent to `to`, from GET /__idaas/codes. */
  code(to: string): Promise<string>;
  inbox(to?: string): Promise<IssuedCode[]>;
  /** Moves the emulator's clock forward. */
  advance(ms: number): void;
}

const worlds: RunningMock[] = [];
async function world(options: Parameters<typeof startMock>[0] = {}): Promise<World> {
  let offset = 0;
  const mock = await startMock({ port: 0, mode: "emulator", now: () => Date.now() + offset, ...options });
  worlds.push(mock);
  const clientOptions = (product: Product): ClientOptions => ({
    baseUrl: mock.baseUrl(product),
    clientId: CLIENT_ID,
    device: DEVICE,
    fetch: recorder(product),
  });
  const inbox = async (to?: string) => {
    const response = await fetch(
      `${mock.url}${ADMIN_PATH}codes${to === undefined ? "" : `?to=${encodeURIComponent(to)}`}`,
    );
    expect(response.status).toBe(200);
    return ((await response.json()) as { codes: IssuedCode[] }).codes;
  };
  return {
    mock,
    eiam: createEiamClient(clientOptions("eiam")),
    ciam: createCiamClient(clientOptions("ciam")),
    inbox,
    advance(ms) {
      offset += ms;
    },
    async code(to) {
      const code = (await inbox(to)).at(-1)?.code;
      if (!code) throw new Error(`no code was sent to ${to}`);
      return code;
    },
  };
}
afterAll(() => Promise.all(worlds.map((mock) => mock.close())));

/** A default user of the product that `matches`. */
function user(
  product: Product,
  matches: (candidate: EmulatorUser) => boolean,
): Required<Pick<EmulatorUser, "mobile" | "email">> & EmulatorUser {
  const found = DEFAULT_USERS[product].find(matches);
  if (!found?.mobile || !found.email) throw new Error(`the default ${product} users have none that matches`);
  return found as Required<Pick<EmulatorUser, "mobile" | "email">> & EmulatorUser;
}
const plain = (candidate: EmulatorUser) =>
  !candidate.mfa?.length &&
  !candidate.disabled &&
  !candidate.accessDenied &&
  (candidate.passwordState ?? "ok") === "ok";

/** What `verifyIdToken` needs to trust the emulator's id_tokens of a product: its issuer, this client, its JWKS. */
function verifyOptions(mock: RunningMock, product: Product) {
  const baseUrl = mock.baseUrl(product);
  return { issuer: issuerOf(baseUrl), audience: CLIENT_ID, jwksUri: `${baseUrl}${JWKS_PATH}` };
}

/** The error a call fails with; fails the test when the call succeeds or fails otherwise. */
async function refusal(call: Promise<unknown>): Promise<IdaasApiError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof IdaasApiError)) throw new Error(`expected an IdaasApiError, got ${String(error)}`);
  return error;
}

/** A new password the spec's example policy accepts (8 to 18 characters, three kinds of four). */
const NEW_PASSWORD = "Newpass-2026";

let main: World;
beforeAll(async () => {
  main = await world();
});

describe("journeys through the clients, codes from the inbox", () => {
  test("EIAM SMS login with the captcha, and verifyIdToken on the id_token against the emulator's JWKS", async () => {
    const { mobile } = user("eiam", plain);
    const captchaToken = await passCaptcha(main.eiam, mobile, main.mock);
    await main.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken });
    const login = await main.eiam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
    if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
    const options = verifyOptions(main.mock, "eiam");
    const claims = await verifyIdToken(login.idToken, options);
    expect(claims.api?.mobile).toBe(mobile);
    expect(claims.mobile).toBe(mobile);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(7200);
    const otherIssuer = verifyIdToken(login.idToken, { ...options, issuer: issuerOf("https://another.example") });
    await expect(otherIssuer).rejects.toBeInstanceOf(IdaasTokenError);
    await expect(verifyIdToken(login.idToken, { ...options, audience: "another-app" })).rejects.toBeInstanceOf(
      IdaasTokenError,
    );
  });

  test("CIAM email-code login", async () => {
    const { email } = user("ciam", plain);
    await main.ciam.sendEmailCode({ email, type: "LOGIN_EMS", captchaToken: await passCaptcha(main.ciam, email, main.mock) });
    const login = await main.ciam.loginWithEmailCode({ email, verifyCode: await main.code(email) });
    expect(login.status).toBe("SUCCESS");
  });

  test("CIAM SMS-code login", async () => {
    const { mobile } = user("ciam", plain);
    await main.ciam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(main.ciam, mobile, main.mock) });
    const login = await main.ciam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
    expect(login.status).toBe("SUCCESS");
  });

  test.each(["EMAIL", "SMS"] as const)(
    "EIAM MFA by %s: MFA_AUTH, a code of the MFA type, then SUCCESS",
    async (method) => {
      const account = user("eiam", (candidate) => candidate.mfa?.includes(method) === true && !candidate.accessDenied);
      const { mobile, email } = account;
      await main.eiam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(main.eiam, mobile, main.mock) });
      const login = await main.eiam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
      if (login.status !== "MFA_AUTH") throw new Error(`expected MFA_AUTH, got ${login.status}`);
      expect(login.mfaMethods).toEqual(account.mfa);
      const { stateToken } = login;
      const verified =
        method === "EMAIL"
          ? await main.eiam
              .sendEmailCode({ email, type: "MFA_AUTH_EMS", captchaToken: await passCaptcha(main.eiam, email, main.mock) })
              .then(async () => main.eiam.verifyMfaEmail({ stateToken, email, verifyCode: await main.code(email) }))
          : await main.eiam
              .sendSmsCode({ mobile, type: "MFA_AUTH_SMS", captchaToken: await passCaptcha(main.eiam, mobile, main.mock) })
              .then(async () => main.eiam.verifyMfaSms({ stateToken, mobile, verifyCode: await main.code(mobile) }));
      expect(verified.status).toBe("SUCCESS");
      // The state token was used up by the second factor.
      const again = main.eiam.verifyMfaEmail({ stateToken, email, verifyCode: "000000" });
      expect((await refusal(again)).code).toBe("SDK.COMMON.1006");
    },
  );

  test("CIAM password about to expire, skipped: PASSWORD_WARN → skipPasswordUpdate → SUCCESS", async () => {
    const { mobile, password = "" } = user("ciam", (candidate) => candidate.passwordState === "warn");
    const login = await main.ciam.loginWithMobilePassword({ mobile, password });
    if (login.status !== "PASSWORD_WARN") throw new Error(`expected PASSWORD_WARN, got ${login.status}`);
    const skipped = await main.ciam.skipPasswordUpdate({ stateToken: login.stateToken });
    expect(skipped.status).toBe("SUCCESS");
  });

  test.each(["warn", "expired"] as const)(
    "CIAM password %s, changed: updatePassword with a password the policy accepts, then logs in with it",
    async (state) => {
      const mock = await world();
      const { mobile, password = "" } = user("ciam", (candidate) => candidate.passwordState === state);
      const login = await mock.ciam.loginWithMobilePassword({ mobile, password });
      if (login.status !== (state === "warn" ? "PASSWORD_WARN" : "PASSWORD_EXPIRED")) {
        throw new Error(`unexpected ${login.status}`);
      }
      if (login.status !== "PASSWORD_WARN" && login.status !== "PASSWORD_EXPIRED") return;
      const newPassword = NEW_PASSWORD;
      const changed = await mock.ciam.updatePassword({
        stateToken: login.stateToken,
        oldPassword: password,
        newPassword,
      });
      expect(changed.status).toBe("SUCCESS");
      expect((await mock.ciam.loginWithMobilePassword({ mobile, password: newPassword })).status).toBe("SUCCESS");
      const old = await refusal(mock.ciam.loginWithMobilePassword({ mobile, password }));
      expect(old.code).toBe("IDAAS.SDK.LOGIN.0002");
    },
  );

  test.each(["eiam", "ciam"] as const)(
    "%s refresh: a live session token gives a new id_token that verifies",
    async (product) => {
      const { mobile } = user(product, plain);
      const client = main[product];
      await client.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(client, mobile, main.mock) });
      const login = await client.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) });
      if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
      const refreshed = await client.refreshIdToken({ sessionToken: login.sessionToken });
      expect(refreshed.idToken).not.toBe(login.idToken);
      const claims = await verifyCiamIdToken(refreshed.idToken, verifyOptions(main.mock, product));
      expect(claims.api?.mobile).toBe(mobile);
      const unknown = await refusal(client.refreshIdToken({ sessionToken: "not-a-session" }));
      expect(unknown.code).toBe(product === "eiam" ? "SDK.COMMON.1006" : "IDAAS.SDK.PARAM.0023");
    },
  );

  test("two users logging in at once never get each other's codes or tokens", async () => {
    const [first, second] = DEFAULT_USERS.ciam.filter((candidate) => candidate.mobile && !candidate.disabled);
    const logins = await Promise.all(
      [first, second].map(async (account) => {
        const mobile = account?.mobile ?? "";
        await main.ciam.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken: await passCaptcha(main.ciam, mobile, main.mock) });
        const codes = await main.inbox(mobile);
        expect(codes.every((code) => code.to === mobile)).toBe(true);
        return { mobile, login: await main.ciam.loginWithMobileCode({ mobile, verifyCode: await main.code(mobile) }) };
      }),
    );
    const [one, two] = logins;
    if (one?.login.status !== "SUCCESS" || two?.login.status !== "SUCCESS") throw new Error("expected two sessions");
    expect(one.login.sessionToken).not.toBe(two.login.sessionToken);
    const options = verifyOptions(main.mock, "ciam");
    expect((await verifyCiamIdToken(one.login.idToken, options)).api?.mobile).toBe(one.mobile);
    expect((await verifyCiamIdToken(two.login.idToken, options)).api?.mobile).toBe(two.mobile);
  });
});

describe("the docs' curls with a Prefer work against the emulator as against the examples", () => {
  const definitions = Object.fromEntries(PRODUCTS.map((product) => [product, readDocsDefinition(product)]));
  const curls = operations.flatMap((operation) =>
    curlSamples(docsOperation(definitions[operation.product] ?? {}, operation))
      .map((source) => parseCurl(source))
      .flatMap((request) => {
        const name = preferOf(request);
        const outcome = outcomesOf(operation).find((candidate) => candidate.example.name === name);
        const label = `${operation.product} ${operation.operationId} example=${name}`;
        return outcome ? [{ label, request, outcome }] : [];
      }),
  );

  test("the site has such a curl for every operation", () => {
    const covered = new Set(curls.map(({ label }) => label.split(" ").slice(0, 2).join(" ")));
    expect(covered.size).toBe(operations.length);
  });

  test.each(curls.map((curl) => [curl.label, curl] as const))("%s", async (_, { request, outcome }) => {
    const answer = await replayCurl(main.mock.url, request);
    expect(answer.status).toBe(outcome.httpStatus);
    expect(answer.json).toEqual(outcome.example.value);
  });
});

describe("every answer is the spec's", () => {
  test("every answer the emulator gave validates against its product's spec (data strings included)", () => {
    expect(answered.length).toBeGreaterThan(50);
    const problems = answered.flatMap(({ product, operationId, status, body }) =>
      validatorOf({ product } as never)
        .validateResponse(operationId, status, body)
        .map((problem) => `${product} ${operationId} HTTP ${status}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
