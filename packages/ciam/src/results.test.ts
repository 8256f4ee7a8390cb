import { IdaasResponseError } from "@idaas-sdk/core";
import { getOperation, loadSpec } from "@idaas-sdk/spec";
import { describe, expect, it } from "vitest";
import { sent, success, toPasswordLoginResult, toPasswordUpdateResult } from "./results.js";

const operation = "loginWithMobilePassword";
const policy = { minLength: 8, maxLength: 18, regEx: "(?=.*\\d).*", tip: "8 to 18, with a digit" };
// The service's `data` is JSON inside a string; JSON.parse turns a "__proto__" key into an own property.
const data = `{"__proto__":{"polluted":true,"minLength":0},"extra":"x",${JSON.stringify(policy).slice(1)}`;

describe("passwordPolicy", () => {
  it.each(["PASSWORD_WARN", "PASSWORD_EXPIRED"])(
    "%s: holds the known fields only, never the JSON's own __proto__ key",
    (status) => {
      const result = toPasswordLoginResult(operation, { status, state_token: "st.a.b", data });
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
      expect(() => toPasswordLoginResult(operation, body)).toThrow(IdaasResponseError);
    }
  });
});

const ciam = loadSpec("ciam");
const readers = {
  loginWithMobileCode: success,
  updatePassword: toPasswordUpdateResult,
  skipPasswordUpdate: toPasswordUpdateResult,
};
/** Every documented 200 example of the operations that end a login with SUCCESS or ACCESS_DENIED. */
const examples = Object.entries(readers).flatMap(([operationId, read]) =>
  getOperation(ciam, operationId)
    .responses.filter((response) => response.status === 200)
    .flatMap((response) => response.examples)
    .map(
      (example) =>
        [`${operationId} ${example.name}`, operationId, read, example.value as Record<string, unknown>] as const,
    ),
);

describe("results of the calls that finish a login", () => {
  it("cover the spec's examples", () => {
    expect(examples.map(([label]) => label).sort()).toEqual(
      expect.arrayContaining([
        "loginWithMobileCode success",
        "updatePassword access-denied",
        "skipPasswordUpdate success",
      ]),
    );
  });

  it.each(examples)("%s: every field camelCased, data as the reason", (_, operationId, read, body) => {
    const expected =
      body.status === "SUCCESS"
        ? { status: "SUCCESS", sessionToken: body.session_token, expire: body.expire, idToken: body.id_token }
        : {
            status: body.status,
            reason: body.data,
            ...(body.state_token !== undefined && { stateToken: body.state_token }),
          };
    expect(read(operationId, body)).toEqual(expected);
  });

  it.each(["PASSWORD_WARN", "MFA_AUTH"])("refuse the undocumented status %s", (status) => {
    for (const [operationId, read] of Object.entries(readers)) {
      expect(() => read(operationId, { status, state_token: "st.a.b", data: "{}" }), operationId).toThrow(
        IdaasResponseError,
      );
    }
  });

  it("a code send has nothing to return", () => {
    expect(sent()).toBeUndefined();
  });
});
