// Reading a 200 body field by field: a missing or mistyped field is named, its value never quoted.
import { describe, expect, it } from "vitest";
import { readBody, readStatus } from "./read.js";

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
