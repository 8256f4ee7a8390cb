import { IdaasResponseError } from "@idaas-sdk/core";
import { createScrubber } from "@idaas-sdk/core/internal";
import { describe, expect, it } from "vitest";
import { success, toPasswordLoginResult, toPasswordUpdateResult } from "./results.js";

const operation = "loginWithMobilePassword";
const scrub = () => createScrubber([]);
const policy = { minLength: 8, maxLength: 18, regEx: "(?=.*\\d).*", tip: "8 to 18, with a digit" };
// The service's `data` is JSON inside a string; JSON.parse turns a "__proto__" key into an own property.
const data = `{"__proto__":{"polluted":true,"minLength":0},"extra":"x",${JSON.stringify(policy).slice(1)}`;

describe("passwordPolicy", () => {
  it.each(["PASSWORD_WARN", "PASSWORD_EXPIRED"])(
    "%s: holds the known fields only, never the JSON's own __proto__ key",
    (status) => {
      const result = toPasswordLoginResult(operation, { status, state_token: "st.a.b", data }, scrub);
      if (!("passwordPolicy" in result)) throw new Error(`no passwordPolicy for ${status}`);
      const { passwordPolicy } = result;
      expect(passwordPolicy).toEqual(policy);
      expect(Reflect.ownKeys(passwordPolicy).sort()).toEqual(["maxLength", "minLength", "regEx", "tip"]);
      expect(Object.getPrototypeOf(passwordPolicy)).toBe(Object.prototype);
      // Copying the policy the usual ways neither changes a prototype nor reaches Object.prototype.
      const copied = Object.assign({} as Record<string, unknown>, passwordPolicy);
      expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
      expect(copied.polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it("refuses lengths outside the spec's bounds", () => {
    for (const bad of [{ minLength: -1 }, { maxLength: 0 }, { minLength: "8" }]) {
      const body = { status: "PASSWORD_WARN", state_token: "st.a.b", data: JSON.stringify({ ...policy, ...bad }) };
      expect(() => toPasswordLoginResult(operation, body, scrub)).toThrow(IdaasResponseError);
    }
  });
});

const readers = {
  loginWithMobileCode: success,
  updatePassword: toPasswordUpdateResult,
  skipPasswordUpdate: toPasswordUpdateResult,
};
// Every documented example becoming its typed result is one contract test (coverage.test.ts, through the mock).
describe("results of the calls that finish a login", () => {
  it.each(["PASSWORD_WARN", "MFA_AUTH"])("refuse the undocumented status %s", (status) => {
    for (const [operationId, read] of Object.entries(readers)) {
      expect(() => read(operationId, { status, state_token: "st.a.b", data: "{}" }, scrub), operationId).toThrow(
        IdaasResponseError,
      );
    }
  });
});
