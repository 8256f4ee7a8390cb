// The results both products share, with their readers: the captcha challenge, the captcha token and the refreshed
// id_token have the same schema (one shared component) in the EIAM and the CIAM spec. Each product asserts that
// its generated schema still has these field types.

import { readBody } from "./read.js";

/** A slider captcha: show the background and the piece, then pass `token` and `secretKey` to `verifyCaptcha`. */
export interface CaptchaChallengeResult {
  token: string;
  /** The background image with the gap, base64 PNG. */
  originalImageBase64: string;
  /** The piece the user drags into the gap, base64 PNG. */
  jigsawImageBase64: string;
  /** The key `verifyCaptcha` encrypts the point with; null when the service gave none. */
  secretKey: string | null;
}

/** The user passed the captcha: `captchaToken` goes to `sendSmsCode` or `sendEmailCode`. */
export interface VerifyCaptchaResult {
  captchaToken: string;
}

/** A new id_token; keep `sessionToken`, which is a new one when the tenant refreshes session tokens. */
export interface RefreshIdTokenResult {
  sessionToken: string;
  /** Seconds the session token stays valid. */
  expire: number;
  idToken: string;
}

/** The schema fields the readers below read, as the spec names them. */
export interface SharedSchemas {
  CaptchaChallenge: {
    token: string;
    originalImageBase64: string;
    jigsawImageBase64: string;
    secretKey?: string | null;
  };
  CaptchaVerifyResult: { captcha_token: string };
  IdTokenRefresh: { session_token: string; expire: number; id_token: string };
}

export function toCaptchaChallenge(operation: string, body: unknown): CaptchaChallengeResult {
  const read = readBody<SharedSchemas["CaptchaChallenge"]>(operation, body);
  return {
    token: read.string("token"),
    originalImageBase64: read.string("originalImageBase64"),
    jigsawImageBase64: read.string("jigsawImageBase64"),
    secretKey: read.nullableString("secretKey"),
  };
}

export function toCaptchaToken(operation: string, body: unknown): VerifyCaptchaResult {
  return { captchaToken: readBody<SharedSchemas["CaptchaVerifyResult"]>(operation, body).string("captcha_token") };
}

export function toIdTokenRefresh(operation: string, body: unknown): RefreshIdTokenResult {
  const read = readBody<SharedSchemas["IdTokenRefresh"]>(operation, body);
  return {
    sessionToken: read.string("session_token"),
    expire: read.integer("expire"),
    idToken: read.string("id_token"),
  };
}
