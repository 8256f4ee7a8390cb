import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { IdaasTokenError } from "./errors.js";
import { decodeIdToken, verifyIdToken } from "./id-token.js";

const user = { name: "", mobile: "+86-15907132852", id: "u1", userName: "louxi", email: "11@qq.com" };
const { publicKey, privateKey } = await generateKeyPair("RS256");
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" }] };
const sign = (claims: Record<string, unknown>, expires = "5m") =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer("Issuer")
    .setAudience("Audience")
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(privateKey);

describe("id_token", () => {
  it("decodes the claims with the api claim parsed", async () => {
    const claims = decodeIdToken(await sign({ api: JSON.stringify(user) }));
    expect(claims.api).toEqual(user);
    expect(claims.iss).toBe("Issuer");
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

  it("verifies the RS256 signature, issuer and audience", async () => {
    const token = await sign({ api: JSON.stringify(user) });
    const claims = await verifyIdToken(token, { jwks, issuer: "Issuer", audience: "Audience" });
    expect(claims.api?.userName).toBe("louxi");
    await expect(verifyIdToken(token, { jwks, issuer: "Other" })).rejects.toMatchObject({
      reason: "ERR_JWT_CLAIM_VALIDATION_FAILED",
    });
    const tampered = `${token.slice(0, token.lastIndexOf(".") + 1)}AAAA`;
    await expect(verifyIdToken(tampered, { jwks })).rejects.toBeInstanceOf(IdaasTokenError);
    const expired = await sign({}, "-1m");
    await expect(verifyIdToken(expired, { jwks })).rejects.toMatchObject({ reason: "ERR_JWT_EXPIRED" });
    await expect(verifyIdToken(token, {})).rejects.toMatchObject({ reason: "options" });
  });
});
