import type { JSONWebKeySet } from "jose";
import { describe, expectTypeOf, it } from "vitest";
import {
  createIdTokenVerifier,
  decodeIdToken,
  type IdTokenClaims,
  type IdTokenUser,
  type IdTokenVerifier,
  type VerifiedIdTokenClaims,
  type VerifyIdTokenOptions,
  verifyIdToken,
} from "./id-token.js";

declare const token: string;
declare const jwks: JSONWebKeySet;
const baseUrl = "https://tenant.example.com";

describe("verifyIdToken's options", () => {
  it("take the tenant's baseUrl and the audience; issuer and jwksUri / jwks override what baseUrl gives", () => {
    expectTypeOf(verifyIdToken(token, { baseUrl, audience: "a" })).toEqualTypeOf<Promise<VerifiedIdTokenClaims>>();
    expectTypeOf({ baseUrl, audience: "a", issuer: "i" }).toExtend<VerifyIdTokenOptions>();
    expectTypeOf({ baseUrl, audience: "a", jwksUri: "https://k.example.com/keys" }).toExtend<VerifyIdTokenOptions>();
    expectTypeOf({ baseUrl, audience: ["a", "b"], jwks }).toExtend<VerifyIdTokenOptions>();
    // @ts-expect-error audience is required
    void verifyIdToken(token, { baseUrl });
    // @ts-expect-error jwksUri or jwks, not both
    void verifyIdToken(token, { baseUrl, jwks, jwksUri: "https://t.example.com/jwks", audience: "a" });
    // @ts-expect-error clientId is the verifier's name for it: verifyIdToken takes audience
    void verifyIdToken(token, { baseUrl, clientId: "a" });
  });

  it("without baseUrl need issuer, audience and exactly one of jwksUri / jwks", () => {
    expectTypeOf(
      verifyIdToken(token, { jwksUri: "https://t.example.com/jwks", issuer: "i", audience: "a" }),
    ).toEqualTypeOf<Promise<VerifiedIdTokenClaims>>();
    expectTypeOf({ jwks, issuer: "i", audience: ["a", "b"] }).toExtend<VerifyIdTokenOptions>();
    // @ts-expect-error issuer (or baseUrl) is required
    void verifyIdToken(token, { jwksUri: "https://t.example.com/jwks", audience: "a" });
    // @ts-expect-error audience is required
    void verifyIdToken(token, { jwksUri: "https://t.example.com/jwks", issuer: "i" });
    // @ts-expect-error the keys (or baseUrl) are required
    void verifyIdToken(token, { issuer: "i", audience: "a" });
    // @ts-expect-error jwksUri or jwks, not both
    void verifyIdToken(token, { jwks, jwksUri: "https://t.example.com/jwks", issuer: "i", audience: "a" });
    // @ts-expect-error the options are required
    void verifyIdToken(token);
  });
});

describe("createIdTokenVerifier", () => {
  it("takes the tenant's baseUrl and the clientId, and verifies to the claims", () => {
    const verifier = createIdTokenVerifier({ baseUrl, clientId: "app" });
    expectTypeOf(verifier).toEqualTypeOf<IdTokenVerifier>();
    expectTypeOf(verifier.verify(token)).toEqualTypeOf<Promise<VerifiedIdTokenClaims>>();
    expectTypeOf(verifier.issuer).toEqualTypeOf<string>();
    expectTypeOf(verifier.jwksUri).toEqualTypeOf<string | undefined>();
    createIdTokenVerifier({ issuer: "i", jwks, clientId: ["a", "b"], now: () => Date.now(), clockTolerance: 5 });
    // @ts-expect-error clientId is required
    createIdTokenVerifier({ baseUrl });
    // @ts-expect-error the tenant is required
    createIdTokenVerifier({ clientId: "app" });
    // @ts-expect-error the clock gives milliseconds, like Date.now
    createIdTokenVerifier({ baseUrl, clientId: "app", now: () => new Date() });
  });
});

describe("the claims keep their types", () => {
  it("the standard claims and the vendor's user claims are typed, in the decoded claims too", () => {
    const claims = decodeIdToken(token);
    const sub: string | undefined = claims.sub;
    void sub;
    expectTypeOf(claims.iss).toEqualTypeOf<string | undefined>();
    expectTypeOf(claims.aud).toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf(claims.exp).toEqualTypeOf<number | undefined>();
    expectTypeOf(claims.iat).toEqualTypeOf<number | undefined>();
    expectTypeOf(claims.nbf).toEqualTypeOf<number | undefined>();
    expectTypeOf(claims.jti).toEqualTypeOf<string | undefined>();
    for (const user of [claims, claims.api ?? {}]) {
      expectTypeOf(user.id).toEqualTypeOf<string | undefined>();
      expectTypeOf(user.name).toEqualTypeOf<string | undefined>();
      expectTypeOf(user.userName).toEqualTypeOf<string | undefined>();
      expectTypeOf(user.mobile).toEqualTypeOf<string | undefined>();
      expectTypeOf(user.email).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf(claims.api).toEqualTypeOf<IdTokenUser | undefined>();
    // Other claims are there, unknown until checked.
    expectTypeOf(claims.tenant).toEqualTypeOf<unknown>();
    // @ts-expect-error a decoded token's exp may be missing
    void (claims.exp - claims.iat);
  });

  it("a verified token's issuer, audience, expiry and issue time are there", async () => {
    const claims = await verifyIdToken(token, { baseUrl, audience: "a" });
    expectTypeOf(claims.exp - claims.iat).toEqualTypeOf<number>();
    expectTypeOf(claims.iss).toEqualTypeOf<string>();
    expectTypeOf(claims.aud).toEqualTypeOf<string | string[]>();
    expectTypeOf(claims.sub).toEqualTypeOf<string | undefined>();
    expectTypeOf(claims).toExtend<IdTokenClaims>();
    // @ts-expect-error sub is a string, not a number
    const wrong: { sub?: number } = claims;
    void wrong;
  });
});
