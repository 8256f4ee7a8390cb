// The request guard of each product's /server entry behind Hono (on @hono/node-server) and Express, on real sockets,
// written as the guide's "Protect your API" page writes them, with id_tokens from real logins against the emulator:
// 401 with a challenge without a token, with a forged one and with an expired one (the emulator's clock moved, the
// API's clock following it: nothing waits), 400 for two tokens, the claims with a good one (header or cookie), and
// no token in any answer or error.
import { generateKeyPairSync, sign } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import * as ciamIdToken from "@idaas-sdk/ciam/id-token";
import * as ciamServer from "@idaas-sdk/ciam/server";
import type { VerifiedIdTokenClaims } from "@idaas-sdk/core/id-token";
import * as eiamIdToken from "@idaas-sdk/eiam/id-token";
import * as eiamServer from "@idaas-sdk/eiam/server";
import { ADMIN_PATH, ID_TOKEN_LIFETIMES } from "@idaas-sdk/mock";
import express, { type NextFunction, type Request, type Response } from "express";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLIENT_ID, type World, world } from "./support/emulator.js";
import { signIn } from "./support/login.js";
import { PRODUCTS } from "./support/spec.js";

type Product = (typeof PRODUCTS)[number];
const entries = {
  eiam: { ...eiamIdToken, ...eiamServer },
  ciam: { ...ciamIdToken, ...ciamServer },
};
const COOKIE = "id_token";

// The tenant (an emulator), another tenant (its own keys), and the API's clock: it follows the emulator's when a test
// moves that forward.
let tenant: World;
let otherTenant: World;
let apiClockOffset = 0;
const apiNow = () => Date.now() + apiClockOffset;

/** Moves the emulator's clock as an integrator's test does (POST /__idaas/clock) and the API's with it. */
async function advanceClock(seconds: number): Promise<void> {
  const answer = await fetch(`${tenant.mock.url}${ADMIN_PATH}clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ seconds }),
  });
  expect(answer.status).toBe(200);
  const { now } = (await answer.json()) as { now: string };
  apiClockOffset = Date.parse(now) - Date.now();
}

/** What each framework's error handler saw: none of it may show a token. */
const errorsSeen: Error[] = [];
/** Every answer the APIs gave, as text: status, headers and body. */
const answersSeen: string[] = [];
/** Every token sent. */
const tokensSent = new Set<string>();

const verifiers = () =>
  Object.fromEntries(
    PRODUCTS.map((product) => [
      product,
      entries[product].createIdTokenVerifier({
        baseUrl: tenant.mock.baseUrl(product),
        clientId: CLIENT_ID,
        now: apiNow,
      }),
    ]),
  ) as Record<Product, eiamIdToken.IdTokenVerifier>;

/** What the APIs answer a signed-in user: a few claims, never the token. */
const me = (claims: VerifiedIdTokenClaims) => ({ sub: claims.sub, iss: claims.iss, exp: claims.exp });

// Hono, as the guide writes it: a middleware per product that puts the claims in the context, onError answering
// an IdaasAuthError with its status, headers and description.
function honoApi(verifier: Record<Product, eiamIdToken.IdTokenVerifier>) {
  const app = new Hono<{ Variables: { claims: VerifiedIdTokenClaims } }>();
  for (const product of PRODUCTS) {
    const { authenticate } = entries[product];
    app.use(`/${product}/api/*`, async (c, next) => {
      c.set("claims", await authenticate(c.req.raw, verifier[product], { cookie: COOKIE }));
      await next();
    });
    app.get(`/${product}/api/me`, (c) => c.json(me(c.get("claims"))));
  }
  app.onError((error, c) => {
    errorsSeen.push(error);
    if (error instanceof eiamServer.IdaasAuthError) {
      return c.json({ error: error.code ?? "unauthorized", message: error.description }, error.status, error.headers);
    }
    return c.json({ error: "internal" }, 500);
  });
  return app;
}

// Express 5, as the guide writes it: an async middleware (a rejection goes to the error handler) and an error
// handler for IdaasAuthError.
function expressApi(verifier: Record<Product, eiamIdToken.IdTokenVerifier>) {
  const app = express();
  for (const product of PRODUCTS) {
    const { authenticate } = entries[product];
    app.use(`/${product}/api`, async (req: Request, res: Response, next: NextFunction) => {
      res.locals.claims = await authenticate(req, verifier[product], { cookie: COOKIE });
      next();
    });
    app.get(`/${product}/api/me`, (_req: Request, res: Response) => {
      res.json(me(res.locals.claims as VerifiedIdTokenClaims));
    });
  }
  app.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
    errorsSeen.push(error);
    if (error instanceof ciamServer.IdaasAuthError) {
      res
        .status(error.status)
        .set(error.headers)
        .json({ error: error.code ?? "unauthorized", message: error.description });
      return;
    }
    next(error);
  });
  return app;
}

interface Listening {
  origin: string;
  close(): void;
}
const listening: Listening[] = [];
const servers: Record<"Hono" | "Express", () => Promise<Listening>> = {
  Hono: () =>
    new Promise((resolve) => {
      const server = serve({ fetch: honoApi(verifiers()).fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
        resolve({ origin: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
      );
    }),
  Express: () =>
    new Promise((resolve) => {
      const server = expressApi(verifiers()).listen(0, "127.0.0.1", () =>
        resolve({
          origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          close: () => server.close(),
        }),
      );
    }),
};

beforeAll(async () => {
  tenant = await world();
  otherTenant = await world();
});
afterAll(() => {
  for (const server of listening) server.close();
});

/** A token with the same header and claims as `idToken`, signed with another key: a forgery. */
function forge(idToken: string): string {
  const [header, payload] = idToken.split(".");
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signature = sign("sha256", Buffer.from(`${header}.${payload}`), privateKey);
  return `${header}.${payload}.${signature.toString("base64url")}`;
}

describe.each(["Hono", "Express"] as const)("behind %s", (framework) => {
  let origin: string;
  beforeAll(async () => {
    const server = await servers[framework]();
    listening.push(server);
    origin = server.origin;
  });

  /** GET /<product>/api/me with `headers`; the answer, recorded. */
  async function call(product: Product, headers: Record<string, string> = {}) {
    for (const value of Object.values(headers)) {
      const token = /(?:Bearer |=)(\S+)/.exec(value)?.[1];
      if (token) tokensSent.add(token);
    }
    const response = await fetch(`${origin}/${product}/api/me`, { headers });
    const body = await response.text();
    answersSeen.push(`${response.status} ${JSON.stringify([...response.headers])} ${body}`);
    return { status: response.status, challenge: response.headers.get("www-authenticate"), body: JSON.parse(body) };
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  describe.each(PRODUCTS)("%s", (product) => {
    test('no token: 401, WWW-Authenticate: Bearer realm="api" without an error', async () => {
      const answer = await call(product);
      expect(answer).toEqual({
        status: 401,
        challenge: 'Bearer realm="api"',
        body: { error: "unauthorized", message: "Send the id_token as Authorization: Bearer <id_token>" },
      });
    });

    test("a good token (a real login): 200 with its claims", async () => {
      const idToken = await signIn(tenant, product);
      const answer = await call(product, bearer(idToken));
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        sub: expect.any(String),
        iss: `${tenant.mock.baseUrl(product)}/api/v1/oauth2`,
        exp: expect.any(Number),
      });
      expect(answer.body.sub).toBe(entries[product].decodeIdToken(idToken).sub);
    });

    test("the token in the cookie: 200 with its claims", async () => {
      const idToken = await signIn(tenant, product);
      const answer = await call(product, { cookie: `theme=dark; ${COOKIE}=${idToken}` });
      expect(answer.status).toBe(200);
      expect(answer.body.sub).toBe(entries[product].decodeIdToken(idToken).sub);
    });

    test.each([
      ["signed with another key (its header and claims kept)", () => signIn(tenant, product).then(forge)],
      ["issued by another tenant (its own keys)", () => signIn(otherTenant, product)],
    ])("a token %s: 401 invalid_token", async (_, tokenOf) => {
      const answer = await call(product, bearer(await tokenOf()));
      expect(answer).toEqual({
        status: 401,
        challenge:
          'Bearer realm="api", error="invalid_token", error_description="The id_token is not valid here: sign in again"',
        body: { error: "invalid_token", message: "The id_token is not valid here: sign in again" },
      });
    });

    test("an expired token (the emulator's clock moved past its lifetime): 401 invalid_token, refresh it", async () => {
      const idToken = await signIn(tenant, product);
      expect((await call(product, bearer(idToken))).status).toBe(200);
      await advanceClock(ID_TOKEN_LIFETIMES[product] + 1);
      const description = "The id_token expired: refresh it and send the new one";
      expect(await call(product, bearer(idToken))).toEqual({
        status: 401,
        challenge: `Bearer realm="api", error="invalid_token", error_description="${description}"`,
        body: { error: "invalid_token", message: description },
      });
      // The server's log says when it expired and what to do.
      expect(errorsSeen.at(-1)?.message).toMatch(
        /^the id_token in the Authorization header was refused: the id_token expired at \S+: refresh it with refreshIdToken$/,
      );
    });

    test("two tokens in the Authorization header: 400 invalid_request", async () => {
      const idToken = await signIn(tenant, product);
      const answer = await call(product, { authorization: `Bearer ${idToken} ${idToken}` });
      expect(answer.status).toBe(400);
      expect(answer.challenge).toBe(
        'Bearer realm="api", error="invalid_request", error_description="The Authorization header must be Bearer ' +
          'followed by exactly one token"',
      );
    });
  });
});

test("no answer and no error shows a token", () => {
  // Every test above sent its tokens, the forged ones too; the file's tests run in order, this one last.
  expect(tokensSent.size).toBeGreaterThanOrEqual(20);
  expect(errorsSeen.length).toBeGreaterThanOrEqual(20);
  const shown = [
    ...answersSeen,
    ...errorsSeen.map((error) => `${error.message} ${String(error)} ${JSON.stringify(error)} ${error.stack}`),
  ].join("\n");
  for (const token of tokensSent) {
    expect(shown).not.toContain(token);
    expect(shown).not.toContain(token.split(".")[2]);
  }
});
