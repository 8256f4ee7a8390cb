import { describe, expect, it, vi } from "vitest";
import { IdaasConfigError } from "./errors.js";
import { checkPassword, type PasswordPolicy } from "./password.js";

const policy: PasswordPolicy = { minLength: 8, maxLength: 18, regEx: "(?=.*\\d).*", tip: "8 to 18, with a digit" };

describe("checkPassword checks the length rules before the tenant's pattern", () => {
  it("never runs the pattern on a candidate longer than maxLength", () => {
    // A pattern the candidate does not match: had it been run, "regEx" would be in the result.
    expect(checkPassword("a".repeat(19), { ...policy, regEx: "b+" })).toEqual(["maxLength"]);
    expect(checkPassword("a".repeat(18), { ...policy, regEx: "b+" })).toEqual(["regEx"]);
  });

  it("returns at once for (a+)+b on 28 characters with maxLength 18, without evaluating the pattern", () => {
    const test = vi.spyOn(RegExp.prototype, "test");
    try {
      expect(checkPassword("a".repeat(28), { ...policy, regEx: "(a+)+b" })).toEqual(["maxLength"]);
      expect(test).not.toHaveBeenCalled();
    } finally {
      test.mockRestore();
    }
  });

  it("counts Unicode code points, and still runs the pattern on a short candidate", () => {
    expect(checkPassword("😀".repeat(18), { ...policy, regEx: ".*" })).toEqual([]);
    expect(checkPassword("😀".repeat(19), { ...policy, regEx: ".*" })).toEqual(["maxLength"]);
    expect(checkPassword("abc", policy)).toEqual(["minLength", "regEx"]);
    expect(checkPassword("abc", { ...policy, minLength: 30, maxLength: 2 })).toEqual(["minLength", "maxLength"]);
    expect(checkPassword("a".repeat(25), { ...policy, minLength: 30, maxLength: 2 })).toEqual([
      "minLength",
      "maxLength",
    ]);
    expect(checkPassword("a".repeat(30), { ...policy, minLength: 30, maxLength: 2 })).toEqual(["maxLength"]);
  });
});

describe("checkPassword returns the rules a candidate breaks", () => {
  const digitsAndLetters = { ...policy, regEx: "(?=.*[0-9])(?=.*[a-z]).*" };
  it.each([
    ["abc12345", digitsAndLetters, []],
    ["abc1", digitsAndLetters, ["minLength"]],
    // A pattern JavaScript cannot compile is not checked.
    ["abcdefgh", { ...policy, regEx: "(" }, []],
  ])("%s under %j breaks %j", (candidate, given, rules) => expect(checkPassword(candidate, given)).toEqual(rules));
});

describe("checkPassword checks its arguments", () => {
  it.each([
    ["candidate", undefined, policy],
    ["candidate", 12345678, policy],
    ["policy", "abcdefgh1", undefined],
    ["policy", "abcdefgh1", "(?=.*\\d).*"],
    ["policy.minLength", "abcdefgh1", { ...policy, minLength: "8" }],
    ["policy.minLength", "abcdefgh1", { ...policy, minLength: -1 }],
    ["policy.maxLength", "abcdefgh1", { ...policy, maxLength: undefined }],
    ["policy.maxLength", "abcdefgh1", { ...policy, maxLength: Number.NaN }],
    ["policy.regEx", "abcdefgh1", { ...policy, regEx: /\d/ }],
  ])("throws an IdaasConfigError naming %s", (field, candidate, given) => {
    const call = () => checkPassword(candidate as string, given as PasswordPolicy);
    expect(call).toThrow(IdaasConfigError);
    expect(call).toThrow(expect.objectContaining({ field }));
  });

  it("never quotes the candidate", () => {
    let thrown: unknown;
    try {
      checkPassword("SENTINEL-pw1", { ...policy, maxLength: "18" as unknown as number });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IdaasConfigError);
    expect(`${String(thrown)} ${JSON.stringify(thrown)}`).not.toContain("SENTINEL");
  });
});
