// The one reader of bodies that answer a `status`: it dispatches on the operation's documented statuses only, and
// each status's reader checks its fields. (Every example of the spec through both clients: the client test suite.)
import { describe, expect, it } from "vitest";
import { IdaasResponseError } from "./errors.js";
import { createScrubber } from "./redact.js";
import { toStatusResult } from "./status-results.js";

const scrub = () => createScrubber([["secret", "482913"]]);
const all = { resultStatuses: ["SUCCESS", "MFA_AUTH", "PASSWORD_WARN", "PASSWORD_EXPIRED", "ACCESS_DENIED"] } as const;
const policy = { minLength: 8, maxLength: 18, regEx: "(?=.*\\d).*", tip: "8 to 18, with a digit" };
const read = (body: unknown, fact: { resultStatuses: readonly string[] } = all) =>
  toStatusResult("doThing", body, scrub, fact as typeof all);

describe("toStatusResult", () => {
  it.each([
    [
      { status: "SUCCESS", session_token: "s", expire: 60, id_token: "a.b.c" },
      { status: "SUCCESS", sessionToken: "s", expire: 60, idToken: "a.b.c" },
    ],
    [
      { status: "MFA_AUTH", state_token: "st", data: '["EMAIL","SMS"]' },
      { status: "MFA_AUTH", stateToken: "st", mfaMethods: ["EMAIL", "SMS"] },
    ],
    [
      { status: "PASSWORD_WARN", state_token: "st", data: JSON.stringify(policy) },
      { status: "PASSWORD_WARN", stateToken: "st", passwordPolicy: policy },
    ],
    [
      { status: "PASSWORD_EXPIRED", state_token: "st", data: JSON.stringify(policy) },
      { status: "PASSWORD_EXPIRED", stateToken: "st", passwordPolicy: policy },
    ],
    [
      { status: "ACCESS_DENIED", data: "Access Denied" },
      { status: "ACCESS_DENIED", reason: "Access Denied" },
    ],
    [
      { status: "ACCESS_DENIED", data: "Access Denied", state_token: "st" },
      { status: "ACCESS_DENIED", reason: "Access Denied", stateToken: "st" },
    ],
  ])("reads %j", (body, result) => {
    expect(read(body)).toStrictEqual(result);
  });

  it("refuses a status the operation does not document, though another operation's reader exists", () => {
    const onlySuccess = { resultStatuses: ["SUCCESS"] };
    for (const status of ["MFA_AUTH", "PASSWORD_WARN", "ACCESS_DENIED"]) {
      const thrown = (() => {
        try {
          return read({ status, state_token: "st", data: "{}" }, onlySuccess);
        } catch (error) {
          return error;
        }
      })();
      expect(thrown).toBeInstanceOf(IdaasResponseError);
      expect((thrown as Error).message).toBe(`doThing: the spec does not document status ${status}`);
    }
  });

  it("refuses an undocumented status without a reader, or an object key that is no status, scrubbed", () => {
    expect(() => read({ status: "SOMETHING_NEW" })).toThrow("doThing: the spec does not document status SOMETHING_NEW");
    expect(() => read({ status: "constructor" })).toThrow('the spec does not document status "constructor"');
    expect(() => read({ status: "__proto__" })).toThrow('the spec does not document status "__proto__"');
    expect(() => read({ status: "482913" })).toThrow('the spec does not document status "[redacted]"');
    expect(() => read({ status: 1 })).toThrow('doThing: the HTTP 200 body has no string "status"');
    expect(() => read([{ status: "SUCCESS" }])).toThrow("doThing: the HTTP 200 body is not a JSON object");
  });

  it("names the missing field of a documented status", () => {
    expect(() => read({ status: "SUCCESS", session_token: "s", expire: 60 })).toThrow(
      'doThing: status SUCCESS: "id_token" is missing or not a non-empty string',
    );
    expect(() => read({ status: "MFA_AUTH", state_token: "st", data: "[]" })).toThrow(
      '"data" does not hold a non-empty JSON array of method names',
    );
  });
});

// The service's `data` is JSON inside a string; JSON.parse turns a "__proto__" key into an own property.
const data = `{"__proto__":{"polluted":true,"minLength":0},"extra":"x",${JSON.stringify(policy).slice(1)}`;

describe("passwordPolicy", () => {
  it.each(["PASSWORD_WARN", "PASSWORD_EXPIRED"])(
    "%s: holds the known fields only, never the JSON's own __proto__ key",
    (status) => {
      const result = read({ status, state_token: "st.a.b", data });
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
    for (const bad of [{ minLength: -1 }, { maxLength: 0 }, { minLength: "8" }, { tip: null }]) {
      const body = { status: "PASSWORD_WARN", state_token: "st.a.b", data: JSON.stringify({ ...policy, ...bad }) };
      expect(() => read(body)).toThrow(IdaasResponseError);
    }
  });
});
