// A header value must travel as it is: non-empty Latin-1, no control characters, no surrounding white space.
import { describe, expect, it } from "vitest";
import { IdaasConfigError } from "./errors.js";
import { checkHeaderValue } from "./headers.js";

describe("checkHeaderValue", () => {
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
