// What the emulator issues: random opaque tokens and codes, and id_tokens signed RS256 with a key made at start
// (jose), published as a JWKS where the vendor's pages put the tenant's.
import { randomBytes, randomInt } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK, jwtVerify, SignJWT } from "jose";

/** The vendor's example sets `nbf` 120 seconds before `iat`. */
const NOT_BEFORE_SKEW_SECONDS = 120;

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A random token of letters and digits, like the vendor's session tokens (32 characters). */
export function randomToken(length = 32): string {
  let token = "";
  for (let index = 0; index < length; index++) token += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return token;
}

/** Random lowercase hex, like AJ-Captcha's challenge tokens (32 characters for 16 bytes). */
export const randomHex = (bytes = 16): string => randomBytes(bytes).toString("hex");

/** A 6-digit verification code. */
export const randomCode = (): string => String(randomInt(1_000_000)).padStart(6, "0");

/**
 * Makes state tokens as the vendor's look: HS256 JWTs whose `subject` claim is a JSON string of the journey and
 * the user (the pages' examples decode so). The secret never leaves the emulator, so to a client they are opaque.
 */
export type StateTokenMaker = (state: string, userId: string, now: number, seconds: number) => Promise<string>;

export function createStateTokenMaker(): StateTokenMaker {
  const secret = randomBytes(32);
  return (state, userId, now, seconds) => {
    const iat = Math.floor(now / 1000);
    return new SignJWT({ subject: JSON.stringify({ state, userId }), id: userId })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuedAt(iat)
      .setExpirationTime(iat + seconds)
      .sign(secret);
  };
}

export interface SigningKey {
  kid: string;
  sign(
    claims: Record<string, unknown>,
    options: { issuer: string; audience: string; subject: string; now: number; seconds: number },
  ): Promise<string>;
  /** The public key, as the JWKS publishes it. */
  jwk: JWK;
  /** The claims of an id_token this key signed for `issuer`, live at `now`; undefined for any other token. */
  verify(token: string, options: { issuer: string; now: number }): Promise<Record<string, unknown> | undefined>;
}

export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { modulusLength: 2048 });
  const kid = randomHex();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return {
    kid,
    jwk,
    sign(claims, { issuer, audience, subject, now, seconds }) {
      const iat = Math.floor(now / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ kid, alg: "RS256" })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(subject)
        .setJti(randomToken(22))
        .setIssuedAt(iat)
        .setNotBefore(iat - NOT_BEFORE_SKEW_SECONDS)
        .setExpirationTime(iat + seconds)
        .sign(privateKey);
    },
    async verify(token, { issuer, now }) {
      try {
        const { payload } = await jwtVerify(token, publicKey, { issuer, currentDate: new Date(now) });
        return payload;
      } catch {
        return undefined;
      }
    },
  };
}
