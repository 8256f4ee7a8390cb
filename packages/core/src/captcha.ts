// The `point_json` of a captcha check: where the user dropped the slider piece, as the compact JSON `{"x":…,"y":…}`
// that the service's slider check (AJ-Captcha's) reads, AES-encrypted with the challenge's `secretKey` when it gave
// one, as AJ-Captcha's own front ends do. The evidence is in spec/README.md ("The captcha's point_json").

import { IdaasConfigError } from "./errors.js";
import type { OperationCall } from "./transport.js";

/** Where the user dropped the slider piece: `x` in pixels of the 310-pixel-wide original image, and `y`. */
export interface CaptchaPoint {
  x: number;
  y: number;
}

const BLOCK = 16;
const AES_KEY_BYTES = [16, 24, 32];
const utf8 = new TextEncoder();

/**
 * AES-ECB with PKCS#7 padding. WebCrypto has no ECB, but CBC over one block with an all-zero IV is that block's
 * ECB encryption: each block is encrypted on its own and the first 16 bytes of each output kept.
 */
async function aesEcb(subtle: SubtleCrypto, keyBytes: BufferSource, data: Uint8Array): Promise<Uint8Array> {
  const key = await subtle.importKey("raw", keyBytes, "AES-CBC", false, ["encrypt"]);
  const padding = BLOCK - (data.length % BLOCK);
  const padded = new Uint8Array(data.length + padding).fill(padding);
  padded.set(data);
  const iv = new Uint8Array(BLOCK);
  const encrypted = new Uint8Array(padded.length);
  for (let offset = 0; offset < padded.length; offset += BLOCK) {
    const block = await subtle.encrypt({ name: "AES-CBC", iv }, key, padded.slice(offset, offset + BLOCK));
    encrypted.set(new Uint8Array(block, 0, BLOCK), offset);
  }
  return encrypted;
}

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/**
 * The `point_json` value for `point`: compact JSON with `x` then `y`, as `JSON.stringify` writes the numbers;
 * with a `secretKey`, base64 of its AES-ECB/PKCS#7 encryption under the key's UTF-8 bytes. `where` names the
 * input in errors (`verifyCaptcha input`); neither the key nor the point is ever quoted.
 */
/** Where the user dropped the captcha piece, and the challenge's `secretKey` to encrypt it with. */
interface CaptchaPointInput {
  /** `x` in pixels of the 310-pixel-wide background image (scale the offset shown on screen), `y` 5. */
  point: CaptchaPoint;
  /** The `secretKey` of the getCaptcha result, null when it gave none; required so that it is never forgotten. */
  secretKey: string | null;
  pointJson?: never;
}
/** A `point_json` your own captcha widget built already, sent as it is. */
interface PointJsonInput {
  pointJson: string;
  point?: never;
  secretKey?: never;
}

/** The input of `verifyCaptcha`, the same in both products. */
export type VerifyCaptchaInput = {
  /** The `token` of the getCaptcha result. */
  token: string;
  /** The mobile number or email address the code will be sent to. */
  sender: string;
} & (CaptchaPointInput | PointJsonInput);

export async function encodeCaptchaPoint(where: string, point: unknown, secretKey: unknown): Promise<string> {
  const { x, y } = (typeof point === "object" && point !== null ? point : {}) as Record<string, unknown>;
  if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new IdaasConfigError(
      `${where}.point`,
      "must be { x, y } with finite numbers: where the user dropped the piece",
    );
  }
  const json = JSON.stringify({ x, y });
  if (secretKey === null) return json;
  if (secretKey === undefined) {
    throw new IdaasConfigError(
      `${where}.secretKey`,
      "is required with point: the secretKey of the getCaptcha result (null when it gave none)",
    );
  }
  const keyBytes = typeof secretKey === "string" ? utf8.encode(secretKey) : undefined;
  if (!keyBytes || !AES_KEY_BYTES.includes(keyBytes.length)) {
    throw new IdaasConfigError(
      `${where}.secretKey`,
      "must be the getCaptcha result's secretKey (an AES key of 16, 24 or 32 bytes) or null",
    );
  }
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new IdaasConfigError(
      `${where}.secretKey`,
      "needs WebCrypto (crypto.subtle) to encrypt the point, and this runtime has none (an http:// page?)",
    );
  }
  return base64(await aesEcb(subtle, keyBytes, utf8.encode(json)));
}

/**
 * A captcha check method over the generated call of `operation`: the input's `point` and `secretKey` become the
 * call argument `argument` (the one that carries point_json). An input with that argument already, built by the
 * caller's own captcha widget, and no `point`, is sent as it is.
 */
export function withCaptchaPoint<Result>(
  operation: string,
  argument: string,
  call: OperationCall<Result>,
): OperationCall<Result> {
  const where = `${operation} input`;
  return async (input, options) => {
    if (typeof input !== "object" || input === null) return call(input, options);
    const { point, secretKey, ...rest } = input as Record<string, unknown>;
    if (point === undefined) {
      if (rest[argument] === undefined) {
        throw new IdaasConfigError(`${where}.point`, `is required: { x, y }, or ${argument} built by your widget`);
      }
      return call(input, options);
    }
    if (rest[argument] !== undefined) throw new IdaasConfigError(where, `takes point or ${argument}, not both`);
    return call({ ...rest, [argument]: await encodeCaptchaPoint(where, point, secretKey) }, options);
  };
}
