import type { JSONWebKeySet } from "jose";
import { describe, expectTypeOf, it } from "vitest";
import { type IdTokenClaims, type VerifyIdTokenOptions, verifyIdToken } from "./id-token.js";

declare const token: string;
declare const jwks: JSONWebKeySet;

describe("verifyIdToken's options", () => {
  it("need issuer, audience and exactly one of jwksUri / jwks", () => {
    expectTypeOf(
      verifyIdToken(token, { jwksUri: "https://t.example.com/jwks", issuer: "i", audience: "a" }),
    ).toEqualTypeOf<Promise<IdTokenClaims>>();
    expectTypeOf({ jwks, issuer: "i", audience: ["a", "b"] }).toExtend<VerifyIdTokenOptions>();
    // @ts-expect-error issuer is required
    void verifyIdToken(token, { jwksUri: "https://t.example.com/jwks", audience: "a" });
    // @ts-expect-error audience is required
    void verifyIdToken(token, { jwksUri: "https://t.example.com/jwks", issuer: "i" });
    // @ts-expect-error the keys are required
    void verifyIdToken(token, { issuer: "i", audience: "a" });
    // @ts-expect-error jwksUri or jwks, not both
    void verifyIdToken(token, { jwks, jwksUri: "https://t.example.com/jwks", issuer: "i", audience: "a" });
    // @ts-expect-error the options are required
    void verifyIdToken(token);
  });
});
