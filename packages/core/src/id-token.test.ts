import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { IdaasTokenError } from "./errors.js";
import { createIdTokenVerifier, decodeIdToken, type VerifyIdTokenOptions, verifyIdToken } from "./id-token.js";

const user = { name: "", mobile: "+86-15907132852", id: "u1", userName: "louxi", email: "11@qq.com" };
const { publicKey, privateKey } = await generateKeyPair("RS256");
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" }] };
const ISSUER = "https://tenant.example.com";
const CLIENT = "nTo1eRIub60vPb54WeE6aojPwYwImtl4";

interface Claims {
  iss?: string;
  aud?: string;
  exp?: string | number | false;
  iat?: boolean;
  nbf?: string;
  extra?: JWTPayload;
  /** The header's kid; null for none. */
  kid?: string | null;
  key?: CryptoKey;
}
const sign = ({
  iss = ISSUER,
  aud = CLIENT,
  exp = "5m",
  iat = true,
  nbf,
  extra = {},
  kid = "k1",
  key,
}: Claims = {}) => {
  const jwt = new SignJWT({ api: JSON.stringify(user), ...extra })
    .setProtectedHeader({ alg: "RS256", ...(kid !== null && { kid }) })
    .setIssuer(iss)
    .setAudience(aud);
  if (iat) jwt.setIssuedAt();
  if (exp !== false) jwt.setExpirationTime(exp);
  if (nbf) jwt.setNotBefore(nbf);
  return jwt.sign(key ?? privateKey);
};
const options = { jwks, issuer: ISSUER, audience: CLIENT } satisfies VerifyIdTokenOptions;

/** The IdaasTokenError `promise` rejects with; fails the test if it resolves or rejects with something else. */
async function rejection(promise: Promise<unknown>): Promise<IdaasTokenError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(IdaasTokenError);
  return error as IdaasTokenError;
}
/** Everything an error shows: message, toString() and JSON form. */
const shown = (error: Error) => `${error.message} ${String(error)} ${JSON.stringify(error)}`;

// A JWKS server on 127.0.0.1 that counts the requests it gets, per path.
const requests: string[] = [];
let route: (request: IncomingMessage, response: ServerResponse) => void;
const server = createServer((request, response) => {
  requests.push(request.url ?? "");
  route(request, response);
});
const serveJwks = (_: IncomingMessage, response: ServerResponse) => {
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks));
};
let origin = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  requests.length = 0;
  route = serveJwks;
  vi.restoreAllMocks();
});
route = serveJwks;

describe("decodeIdToken", () => {
  it("decodes the claims with the api claim parsed", async () => {
    const claims = decodeIdToken(await sign());
    expect(claims.api).toEqual(user);
    expect(claims.iss).toBe(ISSUER);
  });

  it("rejects a malformed token without echoing it", () => {
    const thrown = (() => {
      try {
        decodeIdToken("SENTINEL.not-a-jwt");
      } catch (error) {
        return error as IdaasTokenError;
      }
    })();
    expect(thrown).toBeInstanceOf(IdaasTokenError);
    expect(thrown?.reason).toBe("malformed");
    expect(JSON.stringify(thrown) + String(thrown)).not.toContain("SENTINEL");
  });
});

describe("verifyIdToken checks the token as OpenID Connect requires", () => {
  it("verifies the RS256 signature, issuer, audience and lifetime and returns the claims", async () => {
    const claims = await verifyIdToken(await sign(), options);
    expect(claims.api?.userName).toBe("louxi");
    expect(claims.aud).toBe(CLIENT);
    await expect(verifyIdToken(await sign(), { ...options, audience: ["other", CLIENT] })).resolves.toBeDefined();
  });

  it("rejects a tampered signature and an expired token", async () => {
    const token = await sign();
    const tampered = `${token.slice(0, token.lastIndexOf(".") + 1)}AAAA`;
    expect((await rejection(verifyIdToken(tampered, options))).reason).toBe("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
    const expired = await sign({ exp: "-1m" });
    expect((await rejection(verifyIdToken(expired, options))).reason).toBe("ERR_JWT_EXPIRED");
  });

  it.each([
    ["exp", { exp: false } as const],
    ["iat", { iat: false } as const],
  ])("rejects a token without %s", async (claim, claims) => {
    const error = await rejection(verifyIdToken(await sign(claims), options));
    expect(error.reason).toBe("ERR_JWT_CLAIM_VALIDATION_FAILED");
    expect(error.message).toContain(`"${claim}"`);
  });

  it("rejects a token of another issuer or for another client, naming the issuers and the audience expected only", async () => {
    // The checks cannot be left out: without options.issuer (or options.audience) nothing verifies.
    const { issuer: _issuer, ...noIssuer } = options;
    const { audience: _audience, ...noAudience } = options;
    const foreign = await sign({ iss: "https://evil.example.com", aud: "another-client" });
    for (const given of [noIssuer, noAudience]) {
      expect((await rejection(verifyIdToken(foreign, given as VerifyIdTokenOptions))).reason).toBe("options");
    }
    const otherIssuer = await rejection(verifyIdToken(await sign({ iss: "https://evil.example.com" }), options));
    expect(otherIssuer.reason).toBe("ERR_JWT_CLAIM_VALIDATION_FAILED");
    expect(otherIssuer.message).toBe(
      'the id_token\'s issuer is "https://evil.example.com", expected "https://tenant.example.com" (options.issuer): ' +
        "check options.issuer",
    );
    const otherClient = await rejection(verifyIdToken(await sign({ aud: "another-client" }), options));
    expect(otherClient.reason).toBe("ERR_JWT_CLAIM_VALIDATION_FAILED");
    expect(otherClient.message).toBe(
      `the id_token is not for this application: its audience does not contain "${CLIENT}" (options.audience, ` +
        "your client id)",
    );
    const several = await rejection(
      verifyIdToken(await sign({ aud: "another-client" }), { ...options, audience: ["a", "b"] }),
    );
    expect(several.message).toContain('does not contain any of "a", "b" (options.audience, your client id)');
    for (const error of [otherIssuer, otherClient, several]) {
      for (const secret of ["another-client", user.mobile, user.email, user.userName]) {
        expect(shown(error)).not.toContain(secret);
      }
      expect(error.cause).toBeUndefined();
    }
  });

  it("rejects a token that is not a string as malformed, without a TypeError", async () => {
    for (const token of [undefined, null, 42, {}, ""]) {
      const error = await rejection(verifyIdToken(token as unknown as string, options));
      expect(error.reason).toBe("malformed");
    }
  });
});

describe("verifyIdToken checks its options", () => {
  it("requires options.issuer and options.audience", async () => {
    const token = await sign();
    const { issuer: _issuer, ...noIssuer } = options;
    const { audience: _audience, ...noAudience } = options;
    const cases: [unknown, string][] = [
      [noIssuer, "options.issuer must be a non-empty string"],
      [{ ...options, issuer: "" }, "options.issuer must be a non-empty string"],
      [noAudience, "options.audience must be"],
      [{ ...options, audience: [] }, "options.audience must be"],
      [{ ...options, audience: [CLIENT, 7] }, "options.audience must be"],
    ];
    for (const [given, message] of cases) {
      const error = await rejection(verifyIdToken(token, given as VerifyIdTokenOptions));
      expect(error.reason).toBe("options");
      expect(error.message).toContain(message);
    }
  });

  it("turns missing or malformed options into an IdaasTokenError, not a TypeError", async () => {
    const token = await sign();
    const cases: [unknown, string][] = [
      [undefined, "options object"],
      [null, "options object"],
      ["https://tenant.example.com/jwks", "options object"],
      [{ issuer: ISSUER, audience: CLIENT }, "options.jwksUri or options.jwks"],
      [{ ...options, jwksUri: `${origin}/jwks` }, "not both"],
      [{ issuer: ISSUER, audience: CLIENT, jwksUri: "not a url" }, "options.jwksUri is not an absolute URL"],
      [{ issuer: ISSUER, audience: CLIENT, jwksUri: 42 }, "options.jwksUri must be a non-empty string"],
      [{ issuer: ISSUER, audience: CLIENT, jwks: [] }, "options.jwks must be a JSON Web Key Set"],
      [{ ...options, jwks: { keys: "k1" } }, "options.jwks must be a JSON Web Key Set"],
      [{ ...options, clockTolerance: -1 }, "options.clockTolerance"],
      [{ ...options, clockTolerance: "30s" }, "options.clockTolerance"],
      [{ ...options, clockTolerance: Number.POSITIVE_INFINITY }, "options.clockTolerance"],
      [{ ...options, currentDate: new Date(Number.NaN) }, "options.currentDate"],
      [{ ...options, timeoutMs: 0 }, "options.timeoutMs"],
      [{ ...options, maxResponseBytes: 0 }, "options.maxResponseBytes must be a positive integer number of bytes"],
      [{ ...options, maxResponseBytes: 1.5 }, "options.maxResponseBytes must be a positive integer number of bytes"],
      [{ ...options, maxResponseBytes: "64k" }, "options.maxResponseBytes must be a positive integer number of bytes"],
    ];
    for (const [given, message] of cases) {
      const error = await rejection(verifyIdToken(token, given as VerifyIdTokenOptions));
      expect(error.reason, message).toBe("options");
      expect(error.message).toContain(message);
    }
  });
});

describe("verifyIdToken fetches the JWKS safely", () => {
  const remote = (jwksUri: string, extra: Partial<VerifyIdTokenOptions> = {}) =>
    ({ issuer: ISSUER, audience: CLIENT, jwksUri, ...extra }) as VerifyIdTokenOptions;

  it("fetches the keys from an http:// JWKS on 127.0.0.1", async () => {
    const claims = await verifyIdToken(await sign(), remote(`${origin}/jwks`));
    expect(claims.api?.id).toBe("u1");
    expect(requests).toEqual(["/jwks"]);
  });

  it("keeps one key set per address: verifying again does not download the JWKS again", async () => {
    await verifyIdToken(await sign(), remote(`${origin}/jwks`));
    requests.length = 0;
    await verifyIdToken(await sign(), remote(`${origin}/jwks`));
    await verifyIdToken(await sign(), remote(`${origin}/jwks`));
    expect(requests).toEqual([]);
  });

  it("refuses an http:// JWKS on another host without any request", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    for (const jwksUri of ["http://jwks.example.com/", "http://10.0.0.1/jwks", "ftp://jwks.example.com/jwks"]) {
      const error = await rejection(verifyIdToken(await sign(), remote(jwksUri)));
      expect(error.reason).toBe("options");
      expect(error.message).toContain("options.jwksUri must use https://");
    }
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
  });

  it("refuses a JWKS address with credentials and never repeats them", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    for (const jwksUri of [
      "https://admin:Pa55-SENTINEL@tenant.example.com/jwks",
      "http://admin:Pa55-SENTINEL@jwks.example.com/jwks",
      `http://admin:Pa55-SENTINEL@${origin.slice("http://".length)}/jwks`,
      "https://admin:Pa55-SENTINEL@ not a url",
      "https:admin:Pa55-SENTINEL@ not a url",
      "https:\\\\admin:Pa55-SENTINEL@ not a url",
    ]) {
      const error = await rejection(verifyIdToken(await sign(), remote(jwksUri)));
      expect(error.reason).toBe("options");
      expect(error.message).toContain("options.jwksUri");
      expect(shown(error)).not.toContain("Pa55-SENTINEL");
      expect(shown(error)).not.toContain("admin");
    }
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
  });

  it("takes a JWKS address with a query (some key endpoints need one)", async () => {
    await expect(verifyIdToken(await sign(), remote(`${origin}/jwks?appid=a1`))).resolves.toBeDefined();
    expect(requests).toEqual(["/jwks?appid=a1"]);
  });

  it.each(["/jwks#k1", "/jwks#", "/jwks?appid=a1#k1"])(
    "refuses a JWKS address with a fragment (%s), which never reaches the server, without any request",
    async (path) => {
      const error = await rejection(verifyIdToken(await sign(), remote(`${origin}${path}`)));
      expect(error.reason).toBe("options");
      expect(error.message).toBe(
        "options.jwksUri must not contain a fragment (#…): a fragment is never sent to the server; remove it",
      );
      expect(requests).toEqual([]);
    },
  );

  it("does not follow a redirect from the JWKS address", async () => {
    route = (request, response) => {
      if (request.url === "/moved") response.writeHead(302, { location: "/jwks" }).end();
      else serveJwks(request, response);
    };
    const error = await rejection(verifyIdToken(await sign(), remote(`${origin}/moved`)));
    expect(error.reason).toBe("jwks-unavailable");
    expect(error.message).toBe(
      `the tenant's keys at ${origin}/moved answered HTTP 302 (a redirect, never followed), not 200 OK: check ` +
        "options.jwksUri",
    );
    expect(requests).toEqual(["/moved"]);
  });

  // Streams `limit` bytes of white space, a chunk at a time as the client reads, never all in memory; `closed` settles
  // when the connection closes, cancelled by the client or after the last byte (`finished`).
  const MIB = 1024 * 1024;
  const streamJwks = (limit: number, declareLength: boolean) => {
    const served = { bytes: 0, finished: false, closed: new Promise<void>(() => {}) };
    served.closed = new Promise<void>((resolve) => {
      route = (_, response) => {
        response.on("close", resolve);
        response.writeHead(200, {
          "content-type": "application/json",
          ...(declareLength && { "content-length": String(limit) }),
        });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (!response.destroyed && served.bytes < limit) {
            served.bytes += chunk.byteLength;
            if (!response.write(chunk)) return void response.once("drain", pump);
          }
          if (!response.destroyed) {
            served.finished = true;
            response.end();
          }
        };
        pump();
      };
    });
    return served;
  };

  it.each([
    ["the default cap, 64 KiB", {}, 65536, false],
    ["options.maxResponseBytes", { maxResponseBytes: 1000 }, 1000, false],
    ["a declared Content-Length over options.maxResponseBytes", { maxResponseBytes: 1000 }, 1000, true],
  ])("stops reading a JWKS larger than %s and cancels the connection", async (_, extra, limit, declareLength) => {
    const served = streamJwks(32 * MIB, declareLength);
    const error = await rejection(
      verifyIdToken(await sign(), remote(`${origin}/huge-${limit}-${declareLength}`, extra)),
    );
    expect(error.reason).toBe("jwks-too-large");
    expect(error.message).toBe(
      `the tenant's keys at ${origin}/huge-${limit}-${declareLength} are larger than options.maxResponseBytes ` +
        `(${limit} bytes); reading stopped. Raise options.maxResponseBytes if the tenant's key set really is that large`,
    );
    await served.closed;
    expect(served.finished).toBe(false);
    expect(served.bytes).toBeLessThan(32 * MIB);
  });

  it("gives up on a JWKS that does not answer within timeoutMs", async () => {
    route = () => {}; // never answers
    const started = Date.now();
    const error = await rejection(verifyIdToken(await sign(), remote(`${origin}/slow?appid=a1`, { timeoutMs: 200 })));
    expect(error.reason).toBe("ERR_JWKS_TIMEOUT");
    expect(error.message).toBe(`the tenant's keys at ${origin}/slow did not arrive within 200 ms (options.timeoutMs)`);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});

describe("verifyIdToken from the tenant's baseUrl", () => {
  // The tenant under a path of the local server, as the mock serves each product; every path serves the JWKS.
  const tenant = (name: string) => `${origin}/${name}`;
  const issuerOf = (name: string) => `${tenant(name)}/api/v1/oauth2`;

  it("takes the issuer <baseUrl>/api/v1/oauth2 and fetches the keys from <baseUrl>/api/v1/oauth2/keys", async () => {
    const claims = await verifyIdToken(await sign({ iss: issuerOf("t1") }), {
      baseUrl: tenant("t1"),
      audience: CLIENT,
    });
    expect(claims.iss).toBe(issuerOf("t1"));
    expect(claims.exp - claims.iat).toBe(300);
    expect(requests).toEqual(["/t1/api/v1/oauth2/keys"]);
  });

  it("takes the base URL as a client does: a trailing slash is left out", async () => {
    const token = await sign({ iss: issuerOf("t2") });
    await expect(verifyIdToken(token, { baseUrl: `${tenant("t2")}/`, audience: CLIENT })).resolves.toBeDefined();
    expect(requests).toEqual(["/t2/api/v1/oauth2/keys"]);
  });

  it("lets options.issuer, options.jwksUri and options.jwks override what the base URL gives", async () => {
    const baseUrl = tenant("t3");
    await verifyIdToken(await sign(), { baseUrl, issuer: ISSUER, audience: CLIENT });
    await verifyIdToken(await sign({ iss: issuerOf("t3") }), {
      baseUrl,
      jwksUri: `${origin}/own-keys`,
      audience: CLIENT,
    });
    await verifyIdToken(await sign({ iss: issuerOf("t3") }), { baseUrl, jwks, audience: CLIENT });
    expect(requests).toEqual(["/t3/api/v1/oauth2/keys", "/own-keys"]);
  });

  it("names both issuers and says to check options.baseUrl when the token comes from another tenant", async () => {
    const error = await rejection(
      verifyIdToken(await sign({ iss: "https://other.example.com/api/v1/oauth2" }), {
        baseUrl: tenant("t4"),
        audience: CLIENT,
      }),
    );
    expect(error.reason).toBe("ERR_JWT_CLAIM_VALIDATION_FAILED");
    expect(error.message).toBe(
      `the id_token's issuer is "https://other.example.com/api/v1/oauth2", expected "${issuerOf("t4")}" ` +
        "(options.baseUrl followed by /api/v1/oauth2): check that options.baseUrl is the address of the tenant and " +
        "product that issued the token",
    );
  });

  it("checks the base URL as a client's: https:// (http:// only to loopback), no credentials, query or fragment", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const cases: [unknown, string][] = [
      ["http://tenant.example.com", "options.baseUrl must use https:// (http:// only to localhost"],
      ["ftp://tenant.example.com", "options.baseUrl must use https://"],
      ["https://admin:Pa55-SENTINEL@tenant.example.com", "options.baseUrl must not contain credentials"],
      ["https://tenant.example.com#x", "options.baseUrl must not contain a fragment"],
      ["https://tenant.example.com?", "options.baseUrl must not contain a query"],
      ["https://tenant.example.com/?appid=1", "options.baseUrl must not contain a query"],
      ["tenant.example.com", "options.baseUrl is not an absolute URL"],
      ["", "options.baseUrl must be a non-empty string"],
      [42, "options.baseUrl must be a non-empty string"],
    ];
    for (const [baseUrl, message] of cases) {
      const error = await rejection(verifyIdToken(await sign(), { baseUrl, audience: CLIENT } as VerifyIdTokenOptions));
      expect(error.reason, String(baseUrl)).toBe("options");
      expect(error.message).toContain(message);
      expect(shown(error)).not.toContain("Pa55-SENTINEL");
    }
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
  });
});

describe("verifyIdToken's messages say what to do", () => {
  it("an expired token: when it expired, and to refresh it", async () => {
    const exp = Math.floor(Date.parse("2026-12-04T10:00:00Z") / 1000);
    const token = await sign({ exp });
    const error = await rejection(verifyIdToken(token, { ...options, currentDate: new Date("2026-12-04T10:00:01Z") }));
    expect(error.reason).toBe("ERR_JWT_EXPIRED");
    expect(error.message).toBe("the id_token expired at 2026-12-04T10:00:00.000Z: refresh it with refreshIdToken");
    // Within clockTolerance it still verifies.
    await expect(
      verifyIdToken(token, { ...options, currentDate: new Date("2026-12-04T10:00:01Z"), clockTolerance: 5 }),
    ).resolves.toBeDefined();
  });

  it("a token not valid yet: check the clock, or clockTolerance", async () => {
    const error = await rejection(verifyIdToken(await sign({ nbf: "1h" }), options));
    expect(error.reason).toBe("ERR_JWT_CLAIM_VALIDATION_FAILED");
    expect(error.message).toBe(
      'the id_token is not valid yet (its "nbf" is later than this machine\'s clock): check the clock, or allow for ' +
        "clock skew with options.clockTolerance",
    );
  });

  it("a token without exp: the claim OpenID Connect requires", async () => {
    const error = await rejection(verifyIdToken(await sign({ exp: false }), options));
    expect(error.message).toBe('the id_token has no "exp" claim, which OpenID Connect requires');
  });

  it("a key id the tenant's keys do not have: the address (without its query) and the kid", async () => {
    const error = await rejection(
      verifyIdToken(await sign({ kid: "k9" }), { issuer: ISSUER, audience: CLIENT, jwksUri: `${origin}/kid?appid=a1` }),
    );
    expect(error.reason).toBe("ERR_JWKS_NO_MATCHING_KEY");
    expect(error.message).toBe(
      `the tenant's keys at ${origin}/kid have no key "k9": the id_token was signed with another key (another ` +
        "tenant's or product's, or one the tenant no longer publishes)",
    );
    const local = await rejection(verifyIdToken(await sign({ kid: "k9" }), options));
    expect(local.message).toMatch(/^the keys in options\.jwks have no key "k9": /);
  });

  it("a token whose header names no key id, against a key set of two keys", async () => {
    const other = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k2", alg: "RS256" };
    const error = await rejection(
      verifyIdToken(await sign({ kid: null }), { ...options, jwks: { keys: [...jwks.keys, other] } }),
    );
    expect(error.reason).toBe("ERR_JWKS_MULTIPLE_MATCHING_KEYS");
    expect(error.message).toBe(
      "the keys in options.jwks have several keys that fit the id_token, whose header names no key id (kid)",
    );
  });

  it("a signature that does not verify: the key it was checked with", async () => {
    const { privateKey: otherKey } = await generateKeyPair("RS256");
    const error = await rejection(verifyIdToken(await sign({ key: otherKey }), options));
    expect(error.reason).toBe("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
    expect(error.message).toBe(
      'the id_token\'s signature does not verify with key "k1" of the keys in options.jwks: the token was altered, ' +
        "or not signed by this tenant",
    );
  });

  it("a token signed with another algorithm than RS256", async () => {
    const hs256 = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", kid: "k1" })
      .setIssuer(ISSUER)
      .setAudience(CLIENT)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("a-shared-secret-of-32-bytes-long"));
    const error = await rejection(verifyIdToken(hs256, options));
    expect(error.reason).toBe("ERR_JOSE_ALG_NOT_ALLOWED");
    expect(error.message).toBe('the id_token is signed with "HS256", not RS256 as the tenant signs its id_tokens');
  });

  it("a key set that cannot be fetched: the address and the system error code", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await rejection(
      verifyIdToken(await sign(), { ...options, jwks: undefined, jwksUri: `http://127.0.0.1:${port}/keys` }),
    );
    expect(error.reason).toBe("jwks-unavailable");
    expect(error.message).toBe(
      `could not fetch the tenant's keys at http://127.0.0.1:${port}/keys (ECONNREFUSED): check options.jwksUri and ` +
        "the network",
    );
  });

  it("a key set address that answers 404, or something else than a key set", async () => {
    route = (request, response) => {
      if (request.url?.startsWith("/missing")) response.writeHead(404).end();
      else if (request.url?.startsWith("/html")) response.writeHead(200).end("<html></html>");
      else response.writeHead(200, { "content-type": "application/json" }).end('{"keys":"none"}');
    };
    const token = await sign();
    const missing = await rejection(
      verifyIdToken(token, { baseUrl: `${origin}/missing`, issuer: ISSUER, audience: CLIENT }),
    );
    expect(missing.reason).toBe("jwks-unavailable");
    expect(missing.message).toBe(
      `the tenant's keys at ${origin}/missing/api/v1/oauth2/keys answered HTTP 404, not 200 OK: check options.baseUrl`,
    );
    const html = await rejection(verifyIdToken(token, { ...options, jwks: undefined, jwksUri: `${origin}/html` }));
    expect(html.message).toBe(`the tenant's keys at ${origin}/html are not JSON`);
    const notASet = await rejection(verifyIdToken(token, { ...options, jwks: undefined, jwksUri: `${origin}/bad` }));
    expect(notASet.reason).toBe("ERR_JWKS_INVALID");
    expect(notASet.message).toBe(`the tenant's keys at ${origin}/bad are not a JSON Web Key Set`);
  });

  it("never shows the token, nor a claim but the issuer and the expiry time", async () => {
    const exp = Math.floor(Date.now() / 1000) - 60;
    const tokens = [
      await sign({ exp }),
      await sign({ iss: "https://other.example.com" }),
      await sign({ aud: "another-client" }),
      await sign({ kid: "k9" }),
      await sign({ nbf: "1h" }),
    ];
    for (const token of tokens) {
      const error = await rejection(verifyIdToken(token, options));
      for (const secret of [
        token,
        token.split(".")[1] ?? "",
        "another-client",
        user.mobile,
        user.email,
        user.userName,
        user.id,
      ]) {
        expect(shown(error)).not.toContain(secret);
      }
      expect(error.cause).toBeUndefined();
    }
  });
});

describe("the claims are checked against their types", () => {
  it("a typed claim of another type is malformed, named without its value; null counts as absent", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sub: 42 }, 'the id_token\'s "sub" claim is not a string'],
      [{ email: ["a@example.com"] }, 'the id_token\'s "email" claim is not a string'],
      [
        { api: JSON.stringify({ ...user, mobile: 15907132852 }) },
        'the id_token\'s "api" claim\'s "mobile" is not a string',
      ],
      [{ api: "[1]" }, 'the id_token\'s "api" claim is not a JSON object'],
      [{ api: "{" }, 'the id_token\'s "api" claim is not JSON'],
    ];
    for (const [extra, message] of cases) {
      const token = await sign({ extra: extra as JWTPayload });
      for (const check of [() => verifyIdToken(token, options), async () => decodeIdToken(token)]) {
        const error = await rejection(check());
        expect(error.reason).toBe("malformed");
        expect(error.message).toBe(message);
        expect(shown(error)).not.toContain("15907132852");
      }
    }
    const claims = await verifyIdToken(await sign({ extra: { name: null, jti: "j1" } }), options);
    expect("name" in claims).toBe(false);
    expect(claims.jti).toBe("j1");
  });
});

describe("createIdTokenVerifier", () => {
  const tenant = (name: string) => `${origin}/${name}`;
  const tokenOf = (name: string, claims: Claims = {}) => sign({ iss: `${tenant(name)}/api/v1/oauth2`, ...claims });

  it("fetches the tenant's keys once for many verifications, one after another or at once", async () => {
    const verifier = createIdTokenVerifier({ baseUrl: tenant("v1"), clientId: CLIENT });
    expect(verifier.issuer).toBe(`${tenant("v1")}/api/v1/oauth2`);
    expect(verifier.jwksUri).toBe(`${tenant("v1")}/api/v1/oauth2/keys`);
    expect(requests).toEqual([]); // nothing is fetched before the first verification
    const tokens = await Promise.all(Array.from({ length: 10 }, () => tokenOf("v1")));
    const claims = await Promise.all(tokens.map((token) => verifier.verify(token)));
    for (const token of tokens) await verifier.verify(token);
    expect(claims.map((claim) => claim.api?.userName)).toEqual(Array(10).fill("louxi"));
    expect(requests).toEqual(["/v1/api/v1/oauth2/keys"]);
  });

  it("holds its own key set: another verifier of the same tenant fetches its own, once", async () => {
    const token = await tokenOf("v2");
    const verify = (verifier: ReturnType<typeof createIdTokenVerifier>) => verifier.verify(token);
    const first = createIdTokenVerifier({ baseUrl: tenant("v2"), clientId: CLIENT });
    const second = createIdTokenVerifier({ baseUrl: tenant("v2"), clientId: CLIENT });
    await Promise.all([verify(first), verify(first), verify(second), verify(second)]);
    expect(requests).toEqual(["/v2/api/v1/oauth2/keys", "/v2/api/v1/oauth2/keys"]);
  });

  it("does not fetch the keys again for an unknown key id within jose's cooldown", async () => {
    const verifier = createIdTokenVerifier({ baseUrl: tenant("v3"), clientId: CLIENT });
    await verifier.verify(await tokenOf("v3"));
    for (let i = 0; i < 3; i++) {
      const error = await rejection(verifier.verify(await tokenOf("v3", { kid: "k9" })));
      expect(error.message).toContain(`the tenant's keys at ${tenant("v3")}/api/v1/oauth2/keys have no key "k9"`);
    }
    expect(requests).toEqual(["/v3/api/v1/oauth2/keys"]);
  });

  it("downloads through the fetch it is given, once", async () => {
    const fetched: string[] = [];
    const counting: typeof fetch = (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    };
    const verifier = createIdTokenVerifier({ baseUrl: tenant("v4"), clientId: CLIENT, fetch: counting });
    for (let i = 0; i < 5; i++) await verifier.verify(await tokenOf("v4"));
    expect(fetched).toEqual([`${tenant("v4")}/api/v1/oauth2/keys`]);
  });

  it("checks expiry against its clock, and names the clientId it expects", async () => {
    let now = Date.parse("2026-12-04T10:00:00Z");
    const exp = now / 1000 + 300;
    const verifier = createIdTokenVerifier({ issuer: ISSUER, jwks, clientId: CLIENT, now: () => now });
    expect(verifier.jwksUri).toBeUndefined();
    const token = await sign({ exp });
    await expect(verifier.verify(token)).resolves.toBeDefined();
    now += 300_000;
    const expired = await rejection(verifier.verify(token));
    expect(expired.message).toBe("the id_token expired at 2026-12-04T10:05:00.000Z: refresh it with refreshIdToken");
    const otherClient = await rejection(verifier.verify(await sign({ aud: "another-client", exp: "1h" })));
    now = Number.NaN;
    expect((await rejection(verifier.verify(token))).message).toBe(
      "options.now must return milliseconds since the epoch, as Date.now does",
    );
    expect(otherClient.message).toBe(
      `the id_token is not for this application: its audience does not contain "${CLIENT}" (options.clientId, your ` +
        "client id)",
    );
  });

  it("checks its options once, when it is made, and fetches nothing for bad ones", () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const cases: [unknown, string][] = [
      [undefined, "createIdTokenVerifier needs an options object"],
      [{ baseUrl: tenant("v5") }, "options.clientId must be a non-empty string or a non-empty array of them"],
      [{ baseUrl: tenant("v5"), audience: CLIENT }, "options.clientId must be"],
      [{ clientId: CLIENT }, "options.issuer must be a non-empty string (or give options.baseUrl"],
      [{ clientId: CLIENT, issuer: ISSUER }, "options.jwksUri or options.jwks is needed"],
      [{ clientId: CLIENT, baseUrl: "http://tenant.example.com" }, "options.baseUrl must use https://"],
      [{ clientId: CLIENT, baseUrl: tenant("v5"), jwks, jwksUri: `${origin}/k` }, "not both"],
      [{ clientId: CLIENT, baseUrl: tenant("v5"), now: 5 }, "options.now must be a function"],
      [{ clientId: CLIENT, baseUrl: tenant("v5"), fetch: "fetch" }, "options.fetch must be a function"],
      [{ clientId: CLIENT, baseUrl: tenant("v5"), timeoutMs: -1 }, "options.timeoutMs"],
    ];
    for (const [given, message] of cases) {
      let thrown: unknown;
      try {
        createIdTokenVerifier(given as Parameters<typeof createIdTokenVerifier>[0]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, message).toBeInstanceOf(IdaasTokenError);
      expect((thrown as IdaasTokenError).reason).toBe("options");
      expect((thrown as IdaasTokenError).message).toContain(message);
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("a verify taken off its verifier still works", async () => {
    const { verify } = createIdTokenVerifier({ issuer: ISSUER, jwks, clientId: CLIENT });
    await expect(verify(await sign())).resolves.toMatchObject({ iss: ISSUER });
  });
});
