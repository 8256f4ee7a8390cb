import { createCipheriv } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { encodeCaptchaPoint, withCaptchaPoint } from "./captcha.js";
import { IdaasConfigError } from "./errors.js";

const where = "verifyCaptcha input";
const KEY = "yMXC583dP4R7uhmq";
/** The reference: node's own AES-ECB with PKCS#7 padding (OpenSSL), base64. */
const nodeEcb = (key: string, text: string) => {
  const cipher = createCipheriv(`aes-${key.length * 8}-ecb`, Buffer.from(key, "utf8"), null);
  return Buffer.concat([cipher.update(text, "utf8"), cipher.final()]).toString("base64");
};

describe("encodeCaptchaPoint", () => {
  it.each([
    [{ x: 237, y: 5 }, '{"x":237,"y":5}'],
    [{ x: 237.25, y: 5 }, '{"x":237.25,"y":5}'],
    [{ y: 5, x: 0 }, '{"x":0,"y":5}'],
  ])("without a secretKey, %j is the compact JSON %s (x first)", async (point, json) => {
    expect(await encodeCaptchaPoint(where, point, null)).toBe(json);
  });

  it("sends only x and y", async () => {
    expect(await encodeCaptchaPoint(where, { x: 1, y: 5, extra: "no" }, null)).toBe('{"x":1,"y":5}');
  });

  // 16, 24 and 32 byte keys; JSON of one block, of exactly one block (a whole padding block follows), of three.
  const keys = [KEY, `${KEY}A1b2C3d4`, `${KEY}A1b2C3d4E5f6G7h8`];
  const points = [
    { x: 237, y: 5 },
    { x: 2370, y: 5 },
    { x: 237.123456789, y: 5.000000000001 },
  ];
  it.each(keys.flatMap((key) => points.map((point) => [key.length, point, key] as const)))(
    "with a %d-byte secretKey, %j is base64 of AES-ECB/PKCS#7 as node:crypto computes it",
    async (_, point, key) => {
      expect(await encodeCaptchaPoint(where, point, key)).toBe(nodeEcb(key, JSON.stringify(point)));
    },
  );

  it("the padding covers every length: one whole padding block after 16 bytes", async () => {
    expect(JSON.stringify({ x: 2370, y: 5 })).toHaveLength(16);
    const encoded = await encodeCaptchaPoint(where, { x: 2370, y: 5 }, KEY);
    expect(Buffer.from(encoded, "base64")).toHaveLength(32);
  });

  it("matches the vector of spec/research/journeys.md §14.4 for the page's secretKey", async () => {
    expect(await encodeCaptchaPoint(where, { x: 237, y: 5 }, KEY)).toBe("1qOiawVgsZK/Lm2jhb4yDw==");
  });

  it.each([
    ["point", undefined, null],
    ["point", { x: "237", y: 5 }, null],
    ["point", { x: 237 }, null],
    ["point", { x: Number.NaN, y: 5 }, null],
    ["point", { x: Number.POSITIVE_INFINITY, y: 5 }, null],
    ["point", [237, 5], null],
    ["secretKey", { x: 1, y: 5 }, undefined],
    ["secretKey", { x: 1, y: 5 }, "SENTINEL-short"],
    ["secretKey", { x: 1, y: 5 }, ""],
    ["secretKey", { x: 1, y: 5 }, 1234567890123456],
  ])("a bad %s (%j, %j) is an IdaasConfigError naming it, never the values", async (field, point, key) => {
    const thrown = await encodeCaptchaPoint(where, point, key).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(IdaasConfigError);
    expect((thrown as IdaasConfigError).field).toBe(`${where}.${field}`);
    expect((thrown as Error).message).not.toMatch(/SENTINEL|237/);
  });

  describe("without WebCrypto", () => {
    afterEach(() => vi.unstubAllGlobals());
    it("a secretKey is an IdaasConfigError saying so; no key needs none", async () => {
      vi.stubGlobal("crypto", undefined);
      await expect(encodeCaptchaPoint(where, { x: 1, y: 5 }, KEY)).rejects.toThrow(
        /^verifyCaptcha input\.secretKey needs WebCrypto/,
      );
      expect(await encodeCaptchaPoint(where, { x: 1, y: 5 }, null)).toBe('{"x":1,"y":5}');
    });
  });
});

describe("withCaptchaPoint", () => {
  const method = () => {
    const call = vi.fn(async (input: unknown) => input);
    return { call, verify: withCaptchaPoint("verifyCaptcha", "pointJson", call) };
  };

  it("turns point and secretKey into the argument, and passes the rest and the options on", async () => {
    const { call, verify } = method();
    const options = { timeoutMs: 5 };
    await verify({ token: "t", sender: "s", point: { x: 237, y: 5 }, secretKey: null, extra: 1 }, options);
    expect(call).toHaveBeenCalledWith({ token: "t", sender: "s", pointJson: '{"x":237,"y":5}', extra: 1 }, options);
    await verify({ token: "t", point: { x: 237, y: 5 }, secretKey: KEY });
    expect(call).toHaveBeenLastCalledWith({ token: "t", pointJson: nodeEcb(KEY, '{"x":237,"y":5}') }, undefined);
  });

  it("sends a point_json built by the caller as it is", async () => {
    const { call, verify } = method();
    const input = { token: "t", sender: "s", pointJson: '{"x":237.0,"y":5.0}' };
    await verify(input);
    expect(call).toHaveBeenCalledWith(input, undefined);
  });

  it("leaves an input that is not an object to the call, which refuses it", async () => {
    const { call, verify } = method();
    await verify(undefined);
    expect(call).toHaveBeenCalledWith(undefined, undefined);
  });

  it.each([
    [{ token: "t" }, /^verifyCaptcha input\.point is required/],
    [{ token: "t", point: { x: 1, y: 5 }, secretKey: null, pointJson: "{}" }, /takes point or pointJson, not both/],
    [{ token: "t", point: { x: 1, y: 5 } }, /^verifyCaptcha input\.secretKey is required/],
  ])("%j is refused before any call", async (input, message) => {
    const { call, verify } = method();
    await expect(verify(input)).rejects.toThrow(message);
    expect(call).not.toHaveBeenCalled();
  });
});
