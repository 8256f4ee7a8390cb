import { describe, expect, it } from "vitest";
import { IdaasApiError, IdaasConfigError, isIdaasApiError } from "./errors.js";
import { checkHeaderValue } from "./headers.js";
import { checkPassword } from "./password.js";
import { readBody, readStatus } from "./read.js";
import { createScrubber, maskEmail, maskMobile } from "./redact.js";
import { backoffDelay, parseRetryAfter } from "./retry.js";

describe("masking", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["+86-15907132852", "+86****2852"],
    ["12345", "1****5"],
    ["1", "****"],
  ])("mobile %s → %s", (mobile, masked) => expect(maskMobile(mobile)).toBe(masked));
  it.each([
    ["zhangsan@qq.com", "z***@qq.com"],
    ["a@b.c", "a***@b.c"],
    ["no-at-sign", "***"],
  ])("email %s → %s", (email, masked) => expect(maskEmail(email)).toBe(masked));
  it("scrubs secrets and masks personal values in text and fields", () => {
    const scrub = createScrubber([
      ["secret", "s3cr3t"],
      ["mobile", "13812345678"],
      ["plain", "visible"],
    ]);
    expect(scrub.text("code s3cr3t for 13812345678, visible")).toBe("code [redacted] for 138****5678, visible");
    expect(
      scrub.fields({ a: "s3cr3t", b: "13812345678", c: 1, d: "x" }, { a: "secret", b: "mobile", c: "plain" }),
    ).toEqual({
      a: "[redacted]",
      b: "138****5678",
      c: 1,
      d: "[redacted]",
    });
  });
});

describe("retry timing", () => {
  it.each([
    ["3", 3000],
    ["0", 0],
    ["", undefined],
    ["soon", undefined],
  ])("Retry-After %j → %s ms", (value, ms) => expect(parseRetryAfter(value, 0)).toBe(ms));
  it("reads an HTTP date", () => expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:05 GMT", 1000)).toBe(4000));
  it("backs off exponentially with jitter, up to maxDelayMs", () => {
    const options = { retries: 9, minDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 1))).toEqual([100, 200, 400, 800, 1000]);
  });
});

describe("errors", () => {
  it("isIdaasApiError narrows by class and code", () => {
    const error = new IdaasApiError({ operation: "op", httpStatus: 400, code: "E1", message: "m" });
    expect(isIdaasApiError(error)).toBe(true);
    expect(isIdaasApiError(error, "E1")).toBe(true);
    expect(isIdaasApiError(error, "E2")).toBe(false);
    expect(isIdaasApiError(new Error("E1"))).toBe(false);
    expect(String(error)).toBe("IdaasApiError: m");
  });
  it.each([
    ["line\nbreak", /control character \(position 5\)/],
    ["soh\x01", /control character/],
    ["del\x7f", /control character/],
    ["tab\there", /control character/],
    [" padded", /white space/],
    ["padded ", /white space/],
    ["caf\u00e9 ok", null],
    ["令牌", /outside Latin-1/],
    ["", /must be a non-empty string/],
    [undefined, /must be a non-empty string/],
  ])("header value %j", (value, problem) => {
    const check = () => checkHeaderValue("token", "X-token", value);
    if (!problem) return expect(check).not.toThrow();
    expect(check).toThrow(IdaasConfigError);
    expect(check).toThrow(problem);
    expect(check).toThrow(/^token .*X-token/);
  });
});

describe("reading bodies", () => {
  it("names the field that is missing, never its value", () => {
    const read = readBody<{ token: string; n: number }>("op", { token: "", n: 1.5 }, "OK");
    expect(() => read.string("token")).toThrow('op: status OK: "token" is missing or not a non-empty string');
    expect(() => read.integer("n")).toThrow('"n" is missing or not an integer');
    expect(() => readStatus("op", "text", "status")).toThrow("not a JSON object");
  });

  it("reads a body without a status as a whole, which must be a JSON object", () => {
    const read = readBody<{ token: string }>("op", { token: 1 });
    expect(() => read.string("token")).toThrow('op: the HTTP 200 body: "token" is missing or not a non-empty string');
    expect(() => readBody("op", ["token"])).toThrow("op: the HTTP 200 body is not a JSON object");
  });

  it.each([
    [{ key: "k" }, "k"],
    [{ key: null }, null],
    [{ key: "" }, null],
    [{}, null],
  ])("nullableString of %j is %j", (body, expected) => {
    expect(readBody<{ key: string | null }>("op", body).nullableString("key")).toBe(expected);
  });

  it("nullableString refuses a value that is neither a string nor null", () => {
    expect(() => readBody<{ key: string | null }>("op", { key: 16 }).nullableString("key")).toThrow(
      '"key" is not a string or null',
    );
  });
});

describe("checkPassword", () => {
  const policy = { minLength: 8, maxLength: 12, regEx: "(?=.*[0-9])(?=.*[a-z]).*", tip: "digits and letters" };
  it.each([
    ["abc12345", []],
    ["abc1", ["minLength"]],
    ["abcdefghijklmn", ["maxLength"]], // the pattern is never run on an over-long candidate
    ["abcdefgh", ["regEx"]],
  ])("%s breaks %j", (candidate, rules) => expect(checkPassword(candidate, policy)).toEqual(rules));
  it("skips a pattern JavaScript cannot compile", () =>
    expect(checkPassword("abcdefgh", { ...policy, regEx: "(" })).toEqual([]));
});
