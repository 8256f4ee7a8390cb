// authenticate over every shape of request it accepts (Web Headers, Node records), every Authorization header and
// cookie it reads or refuses, and a real verifier (createIdTokenVerifier over a key set, a clock the tests set): the
// status, challenge and description of each failure, the 503 of a key set that cannot be fetched, and no token in
// any error.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, test } from "vitest";
import { IdaasConfigError, IdaasTokenError } from "./errors.js";
import { createIdTokenVerifier } from "./id-token.js";
import { authenticate, IdaasAuthError, type RequestWithHeaders } from "./server.js";

const ISSUER = "https://tenant.example.com/api/v1/oauth2";
const CLIENT = "my-app";
const T0 = Date.UTC(2026, 11, 4, 10, 0, 0);
const { publicKey, privateKey } = await generateKeyPair("RS256");
const other = await generateKeyPair("RS256");
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" }] };

/** An id_token of the tenant (or signed by `key`), issued at T0 and living 300 s. */
const sign = (key = privateKey) =>
  new SignJWT({ name: "Li" })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer(ISSUER)
    .setAudience(CLIENT)
    .setSubject("li")
    .setIssuedAt(T0 / 1000)
    .setExpirationTime(T0 / 1000 + 300)
    .sign(key);
const TOKEN = await sign();
const FORGED = await sign(other.privateKey);

let now = T0;
const verifier = createIdTokenVerifier({ issuer: ISSUER, jwks, clientId: CLIENT, now: () => now });
/** A verifier that returns the token it was given, so that a test sees what was read. */
const echo = { verify: async (token: string) => token };

/** The IdaasAuthError `promise` rejects with; fails the test if it resolves or rejects with something else. */
async function refusal(promise: Promise<unknown>): Promise<IdaasAuthError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(IdaasAuthError);
  return error as IdaasAuthError;
}

/** Everything an error shows, its cause's too. */
const shown = (error: Error) =>
  [error.message, String(error), JSON.stringify(error), error.stack, inspect(error, { depth: 5 })].join(" ");

type Headers = Record<string, string>;
// The request shapes authenticate reads: a Web Request (Hono, Workers, Next.js, Deno, Bun), a Node headers record
// (Express, Fastify, node:http: lower-case names), and a record with names in any case (a serverless event).
const shapes: [string, (headers: Headers) => RequestWithHeaders][] = [
  ["a Web Request", (headers) => new Request("http://127.0.0.1/api", { headers })],
  [
    "a Node headers record",
    (headers) => ({
      headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])),
    }),
  ],
  ["a record with names in any case", (headers) => ({ headers })],
];

describe.each(shapes)("from %s", (_, requestOf) => {
  test.each([
    ["Bearer t.o.k", "t.o.k"],
    ["bearer t.o.k", "t.o.k"],
    ["BEARER   t.o.k  ", "t.o.k"],
    ["Bearer\tt.o.k", "t.o.k"],
    ["Bearer abc-_~+/.xyz==", "abc-_~+/.xyz=="],
  ])("Authorization: %j gives the token", async (authorization, token) => {
    expect(await authenticate(requestOf({ Authorization: authorization }), echo)).toBe(token);
  });

  test.each([
    ["Bearer", 'the Authorization header has "Bearer" but no token'],
    ["Bearer   ", 'the Authorization header has "Bearer" but no token'],
    ["Bearer a.b.c d.e.f", "the Authorization header carries more than one token (or a space inside it)"],
    ["Bearer a.b.c, Bearer d.e.f", "the Authorization header carries more than one token (or a space inside it)"],
    ["Bearer a.b.c;x", "the Authorization header's token has characters a bearer token cannot have"],
    ['Bearer "a.b.c"', "the Authorization header's token has characters a bearer token cannot have"],
  ])("Authorization: %j is a 400 invalid_request", async (authorization, problem) => {
    const error = await refusal(authenticate(requestOf({ Authorization: authorization }), echo));
    expect(error.reason).toBe("malformed");
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_request");
    expect(error.message).toBe(
      `${problem}: send the id_token as "Authorization: Bearer <id_token>", exactly one token after "Bearer "`,
    );
    expect(error.wwwAuthenticate).toBe(
      'Bearer realm="api", error="invalid_request", error_description="The Authorization header must be Bearer ' +
        'followed by exactly one token"',
    );
    expect(error.headers).toEqual({ "WWW-Authenticate": error.wwwAuthenticate });
  });

  test.each([
    ["no header", {}],
    ["another scheme", { Authorization: "Basic dXNlcjpwYXNz" }],
    ["a cookie, but no cookie option", { Cookie: "id_token=t.o.k" }],
  ])("%s: 401 with a challenge that names no error", async (_, headers) => {
    const error = await refusal(authenticate(requestOf(headers), echo));
    expect(error.reason).toBe("missing");
    expect(error.status).toBe(401);
    expect(error.code).toBeUndefined();
    expect(error.wwwAuthenticate).toBe('Bearer realm="api"');
    expect(error.message).toBe('no id_token in the request: send the id_token as "Authorization: Bearer <id_token>"');
    expect(error.description).toBe("Send the id_token as Authorization: Bearer <id_token>");
  });

  test.each([
    ["the named cookie", { Cookie: "theme=dark; id_token=t.o.k; x=1" }, "t.o.k"],
    ["a quoted cookie", { Cookie: 'id_token="t.o.k"' }, "t.o.k"],
    ["the first of two", { Cookie: "id_token=first; id_token=second" }, "first"],
    ["the cookie, beside another scheme", { Cookie: "id_token=t.o.k", Authorization: "Basic dXNlcjpwYXNz" }, "t.o.k"],
    ["the Bearer header over the cookie", { Cookie: "id_token=from-cookie", Authorization: "Bearer h.d.r" }, "h.d.r"],
  ])("with options.cookie: %s", async (_, headers, token) => {
    expect(await authenticate(requestOf(headers), echo, { cookie: "id_token" })).toBe(token);
  });

  test.each([
    ["an empty cookie (signed out)", { Cookie: "id_token=; theme=dark" }],
    ["another cookie only", { Cookie: "id_token_old=t.o.k" }],
  ])("with options.cookie, %s: 401, the message naming the cookie", async (_, headers) => {
    const error = await refusal(authenticate(requestOf(headers), echo, { cookie: "id_token" }));
    expect(error.reason).toBe("missing");
    expect(error.message).toBe(
      'no id_token in the request: send the id_token as "Authorization: Bearer <id_token>" or in the cookie "id_token"',
    );
  });
});

test("a Node record's repeated headers: Authorization values joined (two tokens), cookies joined", async () => {
  const twice = await refusal(authenticate({ headers: { authorization: ["Bearer a.b.c", "Bearer d.e.f"] } }, echo));
  expect(twice.reason).toBe("malformed");
  const cookies = { headers: { cookie: ["theme=dark", "id_token=t.o.k"] } };
  expect(await authenticate(cookies, echo, { cookie: "id_token" })).toBe("t.o.k");
});

test("options.realm is the challenge's realm", async () => {
  const error = await refusal(authenticate({ headers: {} }, echo, { realm: "orders API" }));
  expect(error.wwwAuthenticate).toBe('Bearer realm="orders API"');
});

describe("with createIdTokenVerifier", () => {
  const bearer = (token: string) =>
    new Request("http://127.0.0.1/api", { headers: { authorization: `Bearer ${token}` } });

  test("a good token: its claims", async () => {
    now = T0 + 1000;
    const claims = await authenticate(bearer(TOKEN), verifier);
    expect(claims.sub).toBe("li");
    expect(claims.iss).toBe(ISSUER);
  });

  test("an expired token: 401 invalid_token, to the client 'refresh it', to the log when and how", async () => {
    now = T0 + 301_000;
    const error = await refusal(authenticate(bearer(TOKEN), verifier));
    expect(error.reason).toBe("invalid");
    expect(error.status).toBe(401);
    expect(error.wwwAuthenticate).toBe(
      'Bearer realm="api", error="invalid_token", error_description="The id_token expired: refresh it and send the ' +
        'new one"',
    );
    expect(error.message).toBe(
      "the id_token in the Authorization header was refused: the id_token expired at 2026-12-04T10:05:00.000Z: " +
        "refresh it with refreshIdToken",
    );
    expect(error.cause).toBeInstanceOf(IdaasTokenError);
    expect((error.cause as IdaasTokenError).reason).toBe("ERR_JWT_EXPIRED");
  });

  test.each([
    ["signed by another key", FORGED, "ERR_JWS_SIGNATURE_VERIFICATION_FAILED"],
    ["not a JWT", "abc", "ERR_JWS_INVALID"],
  ])("a token %s: 401 invalid_token, 'sign in again'", async (_, token, reason) => {
    now = T0 + 1000;
    const error = await refusal(authenticate(bearer(token), verifier));
    expect(error.status).toBe(401);
    expect(error.code).toBe("invalid_token");
    expect(error.description).toBe("The id_token is not valid here: sign in again");
    expect((error.cause as IdaasTokenError).reason).toBe(reason);
  });

  test("a cookie's token is verified the same way, and the message says where it came from", async () => {
    now = T0 + 301_000;
    const request = { headers: { cookie: `id_token=${TOKEN}` } };
    const error = await refusal(authenticate(request, verifier, { cookie: "id_token" }));
    expect(error.message).toMatch(/^the id_token in the cookie "id_token" was refused: the id_token expired at /);
  });

  test("the tenant's keys unreachable: 503 with no challenge, the cause (ECONNREFUSED) in the message", async () => {
    // A port that was just closed: a real refused connection.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const baseUrl = `http://127.0.0.1:${port}`;
    const unreachable = createIdTokenVerifier({ baseUrl, clientId: CLIENT });
    const error = await refusal(authenticate(bearer(TOKEN), unreachable));
    expect(error.reason).toBe("unavailable");
    expect(error.status).toBe(503);
    expect(error.code).toBeUndefined();
    expect(error.wwwAuthenticate).toBeUndefined();
    expect(error.headers).toEqual({});
    expect(error.description).toBe("The id_token cannot be checked now: try again later");
    expect(error.message).toBe(
      `the id_token in the Authorization header could not be checked: could not fetch the tenant's keys at ` +
        `${baseUrl}/api/v1/oauth2/keys (ECONNREFUSED): check options.baseUrl and the network (answered 503: not ` +
        "the client's fault)",
    );
  });

  test.each([
    ["answer HTTP 500", 500, "{}", "jwks-unavailable"],
    ["are not JSON", 200, "<html>", "ERR_JOSE_GENERIC"],
    ["are not a key set", 200, '{"keys": 1}', "ERR_JWKS_INVALID"],
    ["are too large", 200, `{"keys": [], "pad": "${"x".repeat(70_000)}"}`, "jwks-too-large"],
  ])("the tenant's keys %s: 503", async (_, status, body, reason) => {
    const server = createServer((__, response) => response.writeHead(status).end(body));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const broken = createIdTokenVerifier({ baseUrl, clientId: CLIENT });
      const error = await refusal(authenticate(bearer(TOKEN), broken));
      expect(error.status).toBe(503);
      expect((error.cause as IdaasTokenError).reason).toBe(reason);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test("no error shows the token, its cause included", async () => {
    const errors: Error[] = [];
    for (const [token, at] of [
      [TOKEN, T0 + 301_000],
      [FORGED, T0],
    ] as const) {
      now = at;
      errors.push(await refusal(authenticate(bearer(token), verifier)));
      errors.push(await refusal(authenticate({ headers: { cookie: `c=${token}` } }, verifier, { cookie: "c" })));
    }
    errors.push(await refusal(authenticate(bearer(`${TOKEN} ${TOKEN}`), verifier)));
    for (const error of errors) {
      for (const token of [TOKEN, FORGED]) {
        expect(shown(error)).not.toContain(token);
        // Nor its signature alone, the part that makes it a credential.
        expect(shown(error)).not.toContain(token.split(".")[2]);
      }
    }
  });
});

describe("what is not the request's fault is not an IdaasAuthError", () => {
  test("a verifier's other errors are rethrown as they are", async () => {
    const boom = new TypeError("the verifier broke");
    const broken = { verify: () => Promise.reject(boom) };
    await expect(authenticate({ headers: { authorization: "Bearer a.b.c" } }, broken)).rejects.toBe(boom);
    const misconfigured = new IdaasTokenError("options", "options.now must return milliseconds");
    const failing = { verify: () => Promise.reject(misconfigured) };
    await expect(authenticate({ headers: { authorization: "Bearer a.b.c" } }, failing)).rejects.toBe(misconfigured);
  });

  test.each([
    [
      "request",
      () => authenticate(undefined as never, echo),
      "request must be a Web Request or a Node IncomingMessage",
    ],
    ["request", () => authenticate({} as never, echo), "in Hono pass c.req.raw"],
    ["verifier", () => authenticate({ headers: {} }, {} as never), "verifier must have verify(token)"],
    ["options", () => authenticate({ headers: {} }, echo, null as never), "options must be an object"],
    ["options.cookie", () => authenticate({ headers: {} }, echo, { cookie: "id token" }), "options.cookie must be"],
    ["options.realm", () => authenticate({ headers: {} }, echo, { realm: 'a"b' }), "options.realm must be"],
  ])("a bad %s is an IdaasConfigError", async (field, call, text) => {
    const error = await call().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(IdaasConfigError);
    expect((error as IdaasConfigError).field).toBe(field);
    expect((error as Error).message).toContain(text);
  });
});
