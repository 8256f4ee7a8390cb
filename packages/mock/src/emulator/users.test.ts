// The users option and file are checked at start: a mistake is one line naming the entry and the field.
import { describe, expect, it } from "vitest";
import { MockStartError } from "../start-error.js";
import { checkUsers, DEFAULT_USERS } from "./users.js";

describe("checkUsers", () => {
  it("accepts the default users and the issue's example file", () => {
    expect(checkUsers(DEFAULT_USERS, "defaults")).toEqual(DEFAULT_USERS);
    const example = {
      eiam: [{ mobile: "13800000001", email: "wang@example.com", name: "Wang", userName: "wang", mfa: ["EMAIL"] }],
      ciam: [{ mobile: "13900000001", email: "li@example.com", password: "Passw0rd!", passwordState: "warn" }],
    };
    expect(checkUsers(example, "file")).toEqual(example);
    expect(checkUsers({ ciam: [{ email: "x@example.com" }] }, "file")).toEqual({
      eiam: [],
      ciam: [{ email: "x@example.com" }],
    });
  });

  it.each([
    [[], 'the value must be an object with the products as keys ("eiam", "ciam")'],
    [{ all: [] }, '"all" is not a product; expected "eiam", "ciam"'],
    [{ eiam: {} }, "eiam must be an array of users"],
    [{ eiam: ["13800000001"] }, "eiam[0] must be an object"],
    [{ eiam: [{}] }, "eiam[0] needs a mobile or an email"],
    [{ eiam: [{ mobile: 13800000001 }] }, "eiam[0].mobile must be a non-empty string"],
    [{ ciam: [{ mobile: "1", password: " " }] }, "ciam[0].password must be a non-empty string"],
    [{ ciam: [{ email: "not-an-address" }] }, "ciam[0].email must be an email address"],
    [{ ciam: [{ mobile: "1", phone: "2" }] }, "ciam[0].phone is not a user field"],
    [{ ciam: [{ mobile: "1", disabled: "yes" }] }, "ciam[0].disabled must be true or false"],
    [{ ciam: [{ mobile: "1", passwordState: "old" }] }, 'ciam[0].passwordState must be one of "ok", "warn", "expired"'],
    [{ ciam: [{ mobile: "1", mfa: ["EMAIL"] }] }, "ciam[0].mfa is EIAM only"],
    [{ eiam: [{ mobile: "1", mfa: ["TOTP"] }] }, 'eiam[0].mfa must be an array of "EMAIL", "SMS"'],
    [{ eiam: [{ mobile: "1" }, { mobile: "1" }] }, "eiam[1].mobile repeats eiam[0]'s"],
  ])("refuses %j: %s", (value, message) => {
    let caught: unknown;
    try {
      checkUsers(value, "users file u.json");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MockStartError);
    expect((caught as Error).message).toContain(`users file u.json: ${message}`);
    expect((caught as Error).message).not.toContain("\n");
  });

  it("lets the same user be on both products", () => {
    const same = { eiam: [{ mobile: "1" }], ciam: [{ mobile: "1" }] };
    expect(checkUsers(same, "file")).toEqual(same);
  });
});
