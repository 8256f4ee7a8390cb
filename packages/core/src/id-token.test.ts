import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { IdaasTokenError } from "./errors.js";
import { decodeIdToken, type VerifyIdTokenOptions, verifyIdToken } from "./id-token.js";

const user = { name: "", mobile: "+86-15907132852", id: "u1", userName: "louxi", email: "11@qq.com" };
const { publicKey, privateKey } = await generateKeyPair("RS256");
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" }] };
const ISSUER = "https://tenant.example.com";
const CLIENT = "nTo1eRIub60vPb54WeE6aojPwYwImtl4";

interface Claims {
  iss?: string;
  aud?: string;
  exp?: string | false;
  iat?: boolean;
  extra?: JWTPayload;
}
const sign = ({ iss = ISSUER, aud = CLIENT, exp = "5m", iat = true, extra = {} }: Claims = {}) => {
  const jwt = new SignJWT({ api: JSON.stringify(user), ...extra })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer(iss)
    .setAudience(aud);
  if (iat) jwt.setIssuedAt();
  if (exp !== false) jwt.setExpirationTime(exp);
  return jwt.sign(privateKey);
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

  it("rejects a token of another issuer or for another client, without quoting a claim", async () => {
    // The checks cannot be left out: without options.issuer (or options.audience) nothing verifies.
    const { issuer: _issuer, ...noIssuer } = options;
    const { audience: _audience, ...noAudience } = options;
    const foreign = await sign({ iss: "https://evil.example.com", aud: "another-client" });
    for (const given of [noIssuer, noAudience]) {
      expect((await rejection(verifyIdToken(foreign, given as VerifyIdTokenOptions))).reason).toBe("options");
    }
    const otherIssuer = await rejection(verifyIdToken(await sign({ iss: "https://evil.example.com" }), options));
    expect(otherIssuer.reason).toBe("ERR_JWT_CLAIM_VALIDATION_FAILED");
    expect(otherIssuer.message).toContain('"iss"');
    const otherClient = await rejection(verifyIdToken(await sign({ aud: "another-client" }), options));
    expect(otherClient.reason).toBe("ERR_JWT_CLAIM_VALIDATION_FAILED");
    expect(otherClient.message).toContain('"aud"');
    for (const error of [otherIssuer, otherClient]) {
      for (const secret of ["evil.example.com", "another-client", user.mobile, user.email, user.userName]) {
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
    expect(error.message).toContain("Expected 200 OK");
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
      `the JSON Web Key Set from options.jwksUri is larger than options.maxResponseBytes (${limit} bytes); reading ` +
        "stopped. Raise options.maxResponseBytes if the tenant's key set really is that large",
    );
    await served.closed;
    expect(served.finished).toBe(false);
    expect(served.bytes).toBeLessThan(32 * MIB);
  });

  it("gives up on a JWKS that does not answer within timeoutMs", async () => {
    route = () => {}; // never answers
    const started = Date.now();
    const error = await rejection(verifyIdToken(await sign(), remote(`${origin}/slow`, { timeoutMs: 200 })));
    expect(error.reason).toBe("ERR_JWKS_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
