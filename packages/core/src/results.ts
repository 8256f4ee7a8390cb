// The results both products share, with their readers, for bodies without a `status`: the captcha challenge, the
// captcha token, the refreshed id_token, the password check and the country codes have the same schema (one shared
// component) in the EIAM and the CIAM spec, and an empty 200 resolves nothing. Each product asserts that its
// generated schema still has these field types. The results with a `status` are in ./status-results.ts.

import type { PasswordPolicy } from "./password.js";
import { type BodyReader, readBody } from "./read.js";
import type { Assert, Equal } from "./types.js";

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

/** An international dialling code the tenant supports. */
export interface PhoneAreaCodeDefinition {
  /** The dialling code, without `+` (`"86"`). */
  areaCode: string;
  /** The two-letter region code (`"CN"`). */
  countryCode: string;
  /** The name to show, per language (the languages the service gave). */
  displayMapping: { "zh-TW"?: string; en?: string; "zh-CN"?: string };
  /** Regular expression (Java syntax) of a mobile number with this code. */
  mobileRegex: string;
  areaCodeSuffixes: string[];
}

/** The international dialling codes the tenant supports, and its preferred one when the service gives it. */
export interface CountryCodesResult {
  phoneAreaCodeDefinitions: PhoneAreaCodeDefinition[];
  preferredAreaCode?: string;
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
  /** The policy in the `data` of PASSWORD_WARN / PASSWORD_EXPIRED (JSON in a string), which `checkPassword` takes. */
  PasswordPolicy: PasswordPolicy;
  PasswordExists: { is_set_pwd: boolean };
  CountryCodes: { phoneAreaCodeDefinitions: SharedSchemas["PhoneAreaCodeDefinition"][]; preferredAreaCode?: string };
  PhoneAreaCodeDefinition: {
    areaCode: string;
    countryCode: string;
    displayMapping: { "zh-TW"?: string; en?: string; "zh-CN"?: string };
    mobileRegex: string;
    areaCodeSuffixes: string[];
  };
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

export function toCaptchaVerifyResult(operation: string, body: unknown): VerifyCaptchaResult {
  return { captchaToken: readBody<SharedSchemas["CaptchaVerifyResult"]>(operation, body).string("captcha_token") };
}

/** A session's tokens, in a refresh's body and in a login's SUCCESS. */
export const sessionOf = (read: BodyReader<SharedSchemas["IdTokenRefresh"]>): RefreshIdTokenResult => ({
  sessionToken: read.string("session_token"),
  expire: read.integer("expire"),
  idToken: read.string("id_token"),
});

export function toIdTokenRefresh(operation: string, body: unknown): RefreshIdTokenResult {
  return sessionOf(readBody(operation, body));
}

/** An answer without a body (a code sent, a password or profile changed): the call resolves nothing. */
export const toNothing = (): void => undefined;

/** Whether the signed-in user has a password (`is_set_pwd`). */
export function toPasswordExists(operation: string, body: unknown): boolean {
  return readBody<SharedSchemas["PasswordExists"]>(operation, body).boolean("is_set_pwd");
}

const LANGUAGES = ["zh-TW", "en", "zh-CN"] as const;
export type _EveryLanguage = Assert<Equal<(typeof LANGUAGES)[number], keyof PhoneAreaCodeDefinition["displayMapping"]>>;

export function toCountryCodes(operation: string, body: unknown): CountryCodesResult {
  const read = readBody<SharedSchemas["CountryCodes"]>(operation, body);
  return {
    phoneAreaCodeDefinitions: read.objects("phoneAreaCodeDefinitions", (code) => ({
      areaCode: code.string("areaCode"),
      countryCode: code.string("countryCode"),
      // The known languages only, each when given: no other key of the service's JSON gets through.
      displayMapping: code.object("displayMapping", (names) => names.optionalStrings(LANGUAGES)),
      mobileRegex: code.string("mobileRegex"),
      areaCodeSuffixes: code.strings("areaCodeSuffixes"),
    })),
    ...read.optionalStrings(["preferredAreaCode"]),
  };
}
