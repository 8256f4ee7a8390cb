// The redaction rule for text: 8+ characters anywhere, 4 to 7 as whole tokens, shorter never (README "Redaction").
import { describe, expect, it } from "vitest";
import { createScrubber, maskEmail, maskMobile, serverText } from "./redact.js";

describe("masks", () => {
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
});

describe("createScrubber().text", () => {
  it.each([
    ["t", "Parameter mobile cannot be left blank.", "Parameter mobile cannot be left blank."],
    ["9", "Remaining times: 9", "Remaining times: 9"],
    ["abc", "abc is not checked", "abc is not checked"],
    ["123456", "The code 123456 is wrong", "The code [redacted] is wrong"],
    ["123456", "code=123456;", "code=[redacted];"],
    ["time", "Remaining times: 9", "Remaining times: 9"],
    ["1234", "order 912345 and 1234", "order 912345 and [redacted]"],
    ["Passw0rd!", "Passw0rd! was echoed inside xPassw0rd!x", "[redacted] was echoed inside x[redacted]x"],
    ["SENTINEL-9c1d", "…SENTINEL-9c1dSENTINEL-9c1d…", "…[redacted][redacted]…"],
    ["a.b*c", "regex chars a.b*c stay literal: aXbbc", "regex chars [redacted] stay literal: aXbbc"],
  ])("secret %j in %j", (secret, text, expected) => {
    expect(createScrubber([["secret", secret]]).text(text)).toBe(expected);
  });

  it("masks personal values, leaves plain ones, and replaces the longest value first", () => {
    const scrub = createScrubber([
      ["mobile", "13812345678"],
      ["email", "zhangsan@qq.com"],
      ["secret", "zhangsan"],
      ["plain", "visible"],
    ]);
    expect(scrub.text("13812345678 / zhangsan@qq.com / zhangsan / visible")).toBe(
      "138****5678 / z***@qq.com / [redacted] / visible",
    );
  });
});

describe("createScrubber().fields", () => {
  it("redacts secret fields whatever their length or type, masks personal ones, and redacts a field of no kind", () => {
    const scrub = createScrubber([["secret", "9"]]);
    expect(
      scrub.fields(
        { password: "9", pin: 1234, type: "LOGIN", count: 1, mobile: "13812345678", unknown: "x" },
        { password: "secret", pin: "secret", type: "plain", count: "plain", mobile: "mobile" },
      ),
    ).toEqual({
      password: "[redacted]",
      pin: "[redacted]",
      type: "LOGIN",
      count: 1,
      mobile: "138****5678",
      unknown: "[redacted]",
    });
  });
});

describe("serverText", () => {
  it("scrubs, replaces control characters and cuts to the limit", () => {
    const scrub = createScrubber([["secret", "SECRET-TOKEN"]]);
    expect(serverText("a\r\nb\u0000c SECRET-TOKEN", scrub)).toBe("a b c [redacted]");
    expect(serverText("x".repeat(500), scrub)).toHaveLength(200);
    expect(serverText("x".repeat(500), scrub, 60)).toBe(`${"x".repeat(59)}…`);
  });
});
