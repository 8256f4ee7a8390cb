// The id_tokens the emulator issues through the clients, verified from the tenant's address alone, as the vendor's
// id_token page gives it (issuer `<baseUrl>/api/v1/oauth2`, keys at `<baseUrl>/api/v1/oauth2/keys`), by each
// product's /id-token entry; and every refusal's message, as a user reads it. No test waits on the clock.
import * as ciamIdToken from "@idaas-sdk/ciam/id-token";
import { IdaasTokenError, JWKS_PATH, OAUTH2_PATH } from "@idaas-sdk/core";
import * as eiamIdToken from "@idaas-sdk/eiam/id-token";
import { issuerOf, JWKS_PATH as MOCK_JWKS_PATH } from "@idaas-sdk/mock";
import { beforeAll, describe, expect, test } from "vitest";
import { CLIENT_ID, type World, world } from "./support/emulator.js";
import { signIn } from "./support/login.js";
import { PRODUCTS } from "./support/spec.js";

const entries = { eiam: eiamIdToken, ciam: ciamIdToken };

/** The IdaasTokenError `promise` rejects with; fails the test if it resolves or rejects with something else. */
async function rejection(promise: Promise<unknown>): Promise<IdaasTokenError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(IdaasTokenError);
  return error as IdaasTokenError;
}

/** The `kid` of a token's header. */
const kidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString()) as { kid: string }).kid;

// One emulator whose request log counts the key set downloads, and another one: a tenant with other keys.
const log: string[] = [];
let main: World;
let other: World;
beforeAll(async () => {
  main = await world({ log: (line) => log.push(line) });
  other = await world();
});
const keyDownloads = (product: string) =>
  log.filter((line) => line.startsWith(`GET /${product}${JWKS_PATH} 200`)).length;

test("the SDK and the mock put the tenant's issuer and keys at the same place", () => {
  expect(OAUTH2_PATH).toBe("/api/v1/oauth2");
  expect(JWKS_PATH).toBe(`${OAUTH2_PATH}/keys`);
  expect(MOCK_JWKS_PATH).toBe(JWKS_PATH);
  expect(issuerOf("https://tenant.example.com")).toBe(`https://tenant.example.com${OAUTH2_PATH}`);
});

describe.each(PRODUCTS)("%s: id_tokens verified from the tenant's base URL", (product) => {
  const { createIdTokenVerifier, verifyIdToken } = entries[product];
  const otherProduct = product === "eiam" ? "ciam" : "eiam";
  let baseUrl: string;
  let idToken: string;
  beforeAll(async () => {
    baseUrl = main.mock.baseUrl(product);
    idToken = await signIn(main, product);
  });

  test("verifyIdToken(idToken, { baseUrl, audience }) accepts the emulator's id_token, its claims typed", async () => {
    const claims = await verifyIdToken(idToken, { baseUrl, audience: CLIENT_ID });
    expect(claims.iss).toBe(`${baseUrl}/api/v1/oauth2`);
    expect(claims.aud).toBe(CLIENT_ID);
    const sub: string | undefined = claims.sub;
    expect(sub).toBeTypeOf("string");
    expect(claims.exp - claims.iat).toBeGreaterThan(0);
    expect(claims.api?.mobile).toBe(claims.mobile);
  });

  test("another base URL's issuer: the message names both issuers", async () => {
    const expected = `${main.mock.baseUrl(otherProduct)}/api/v1/oauth2`;
    const error = await rejection(
      verifyIdToken(idToken, {
        baseUrl: main.mock.baseUrl(otherProduct),
        jwksUri: `${baseUrl}${JWKS_PATH}`, // the keys that did sign it: the issuer is what differs
        audience: CLIENT_ID,
      }),
    );
    expect(error.reason).toBe("ERR_JWT_CLAIM_VALIDATION_FAILED");
    expect(error.message).toBe(
      `the id_token's issuer is "${baseUrl}/api/v1/oauth2", expected "${expected}" (options.baseUrl followed by ` +
        "/api/v1/oauth2): check that options.baseUrl is the address of the tenant and product that issued the token",
    );
  });

  test("a wrong audience: the message names the audience expected, never the token's", async () => {
    const error = await rejection(verifyIdToken(idToken, { baseUrl, audience: "another-app" }));
    expect(error.message).toBe(
      'the id_token is not for this application: its audience does not contain "another-app" (options.audience, ' +
        "your client id)",
    );
    expect(error.message).not.toContain(CLIENT_ID);
  });

  test("an expired id_token: when it expired, and to refresh it with refreshIdToken", async () => {
    const { exp } = eiamIdToken.decodeIdToken(idToken);
    if (exp === undefined) throw new Error("the emulator's id_token has no exp");
    const expiredAt = new Date(exp * 1000).toISOString();
    const message = `the id_token expired at ${expiredAt}: refresh it with refreshIdToken`;
    const after = new Date((exp + 1) * 1000);
    const error = await rejection(verifyIdToken(idToken, { baseUrl, audience: CLIENT_ID, currentDate: after }));
    expect(error.reason).toBe("ERR_JWT_EXPIRED");
    expect(error.message).toBe(message);
    const verifier = createIdTokenVerifier({ baseUrl, clientId: CLIENT_ID, now: () => after.getTime() });
    expect((await rejection(verifier.verify(idToken))).message).toBe(message);
  });

  test("an id_token signed by another key: the message names its kid and the tenant's key set address", async () => {
    const foreign = await signIn(other, product); // another emulator: its own keys
    const error = await rejection(verifyIdToken(foreign, { baseUrl, audience: CLIENT_ID }));
    expect(error.reason).toBe("ERR_JWKS_NO_MATCHING_KEY");
    expect(error.message).toBe(
      `the tenant's keys at ${baseUrl}/api/v1/oauth2/keys have no key "${kidOf(foreign)}": the id_token was signed ` +
        "with another key (another tenant's or product's, or one the tenant no longer publishes)",
    );
  });

  test("no message carries the token or a claim but the issuer and the expiry time", async () => {
    const { exp = 0 } = eiamIdToken.decodeIdToken(idToken);
    const refusals = [
      () => verifyIdToken(idToken, { baseUrl, audience: "another-app" }),
      () => verifyIdToken(idToken, { baseUrl, audience: CLIENT_ID, currentDate: new Date((exp + 1) * 1000) }),
      () =>
        verifyIdToken(idToken, {
          baseUrl: "https://tenant.example.com",
          jwksUri: `${baseUrl}${JWKS_PATH}`,
          audience: CLIENT_ID,
        }),
    ];
    const claims = eiamIdToken.decodeIdToken(idToken);
    // Values long enough not to occur in a message by chance (a user name such as "li" would).
    const secrets = [idToken, claims.sub, claims.jti, claims.mobile, claims.email, claims.id].filter(
      (value): value is string => typeof value === "string" && value.length >= 6,
    );
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    for (const refuse of refusals) {
      const error = await rejection(refuse());
      const shown = `${error.message} ${String(error)} ${JSON.stringify(error)} ${error.stack}`;
      for (const secret of secrets) expect(shown).not.toContain(secret);
    }
  });

  test("createIdTokenVerifier({ baseUrl, clientId }) downloads the tenant's keys once for many verifications", async () => {
    const verifier = createIdTokenVerifier({ baseUrl, clientId: CLIENT_ID });
    expect(verifier.issuer).toBe(`${baseUrl}/api/v1/oauth2`);
    expect(verifier.jwksUri).toBe(`${baseUrl}/api/v1/oauth2/keys`);
    const tokens = [idToken, ...(await Promise.all([1, 2, 3].map(() => signIn(main, product))))];
    const before = keyDownloads(product);
    const claims = await Promise.all([...tokens, ...tokens].map((token) => verifier.verify(token)));
    for (const token of tokens) await verifier.verify(token);
    expect(claims.every((claim) => claim.iss === verifier.issuer)).toBe(true);
    expect(keyDownloads(product) - before).toBe(1);
  });
});
