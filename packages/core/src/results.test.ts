// The shared readers of bodies without a `status`: each field checked, no `undefined` field, no key of the service's
// JSON that the result does not declare.
import { describe, expect, it } from "vitest";
import { toCountryCodes, toIdTokenRefresh, toNothing, toPasswordExists } from "./results.js";

const china = {
  areaCode: "86",
  displayMapping: { "zh-TW": "中國大陸", en: "China", "zh-CN": "中国大陆" },
  countryCode: "CN",
  mobileRegex: "^(\\+86){0,1}\\-?1\\d{10}$",
  areaCodeSuffixes: [],
};

describe("toCountryCodes", () => {
  it("is the body, field by field, with preferredAreaCode only when given", () => {
    const result = toCountryCodes("listCountryCodes", { phoneAreaCodeDefinitions: [china] });
    expect(result).toStrictEqual({ phoneAreaCodeDefinitions: [china] });
    expect("preferredAreaCode" in result).toBe(false);
    const preferred = toCountryCodes("listCountryCodes", { phoneAreaCodeDefinitions: [], preferredAreaCode: "86" });
    expect(preferred).toStrictEqual({ phoneAreaCodeDefinitions: [], preferredAreaCode: "86" });
  });

  it("keeps the known languages and fields only, each when given, never a key such as __proto__", () => {
    const hostile = JSON.parse(
      JSON.stringify({
        phoneAreaCodeDefinitions: [
          { ...china, displayMapping: { en: "China", fr: "Chine" }, extra: "x", areaCodeSuffixes: ["1"] },
        ],
        other: true,
      }).replace('"fr"', '"__proto__":{"polluted":true},"fr"'),
    );
    const [code] = toCountryCodes("listCountryCodes", hostile).phoneAreaCodeDefinitions;
    expect(code).toStrictEqual({ ...china, displayMapping: { en: "China" }, areaCodeSuffixes: ["1"] });
    expect(Object.keys(code?.displayMapping ?? {})).toEqual(["en"]);
    expect(Object.getPrototypeOf(code?.displayMapping)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [{}, '"phoneAreaCodeDefinitions" is missing or not an array of JSON objects'],
    [{ phoneAreaCodeDefinitions: [{ ...china, areaCode: 86 }] }, '"phoneAreaCodeDefinitions[0].areaCode" is missing'],
    [
      { phoneAreaCodeDefinitions: [china, { ...china, displayMapping: null }] },
      '"phoneAreaCodeDefinitions[1].displayMapping" is missing or not a JSON object',
    ],
    [
      { phoneAreaCodeDefinitions: [{ ...china, displayMapping: { en: 1 } }] },
      '"phoneAreaCodeDefinitions[0].displayMapping.en" is missing or not a non-empty string',
    ],
    [
      { phoneAreaCodeDefinitions: [{ ...china, areaCodeSuffixes: "" }] },
      '"phoneAreaCodeDefinitions[0].areaCodeSuffixes" is missing or not an array of strings',
    ],
    [
      { phoneAreaCodeDefinitions: [], preferredAreaCode: 86 },
      '"preferredAreaCode" is missing or not a non-empty string',
    ],
  ])("refuses %j, naming the field", (body, message) => {
    expect(() => toCountryCodes("listCountryCodes", body)).toThrow(`listCountryCodes: the HTTP 200 body: ${message}`);
  });
});

describe("toPasswordExists", () => {
  it("is is_set_pwd, a boolean; the string the pages' table declares is refused", () => {
    expect(toPasswordExists("hasPassword", { is_set_pwd: true })).toBe(true);
    expect(toPasswordExists("hasPassword", { is_set_pwd: false })).toBe(false);
    for (const body of [{ is_set_pwd: "true" }, {}, { is_set_pwd: 1 }]) {
      expect(() => toPasswordExists("hasPassword", body)).toThrow('hasPassword: the HTTP 200 body: "is_set_pwd"');
    }
  });
});

describe("toNothing and toIdTokenRefresh", () => {
  it("an empty answer resolves nothing, whatever came", () => {
    expect(toNothing()).toBeUndefined();
  });

  it("a refresh reads the session's three fields", () => {
    const body = { session_token: "s", expire: 60, id_token: "a.b.c", other: "x" };
    expect(toIdTokenRefresh("refreshIdToken", body)).toStrictEqual({ sessionToken: "s", expire: 60, idToken: "a.b.c" });
  });
});
