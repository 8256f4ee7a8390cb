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

  it("boolean reads true and false, and refuses a string", () => {
    expect(readBody<{ set: boolean }>("op", { set: false }).boolean("set")).toBe(false);
    expect(readBody<{ set: boolean }>("op", { set: true }).boolean("set")).toBe(true);
    expect(() => readBody<{ set: boolean }>("op", { set: "true" }).boolean("set")).toThrow(
      'op: the HTTP 200 body: "set" is missing or not a boolean',
    );
  });

  it("strings reads an array of strings, empty ones and an empty array included", () => {
    expect(readBody<{ list: string[] }>("op", { list: [] }).strings("list")).toEqual([]);
    expect(readBody<{ list: string[] }>("op", { list: ["a", ""] }).strings("list")).toEqual(["a", ""]);
    for (const list of [undefined, "a", [1], ["a", null]]) {
      expect(() => readBody<{ list: string[] }>("op", { list }).strings("list")).toThrow(
        '"list" is missing or not an array of strings',
      );
    }
  });

  it("optionalStrings gives the present fields only, in a new object, and checks each", () => {
    type Body = { a?: string; b?: string; c?: string };
    const read = readBody<Body>("op", { a: "x", c: "z", d: "other", ["__proto__"]: "p" });
    const present = read.optionalStrings(["a", "b", "c"]);
    expect(present).toEqual({ a: "x", c: "z" });
    expect(Object.keys(present)).toEqual(["a", "c"]);
    expect(() => readBody<Body>("op", { b: 7 }).optionalStrings(["a", "b"])).toThrow(
      '"b" is missing or not a non-empty string',
    );
  });

  it("object and objects read nested JSON objects, naming a bad field by its path", () => {
    type Item = { name: string; tags: string[]; names: { en?: string } };
    type Body = { items: Item[]; one: { en?: string } };
    const body = {
      items: [
        { name: "a", tags: [], names: { en: "A" } },
        { name: "b", tags: ["t"], names: {} },
      ],
      one: { en: "One" },
    };
    const read = readBody<Body>("op", body, "OK");
    const items = read.objects("items", (item) => ({
      name: item.string("name"),
      tags: item.strings("tags"),
      names: item.object("names", (names) => names.optionalStrings(["en"])),
    }));
    expect(items).toEqual(body.items);
    expect(read.object("one", (one) => one.optionalStrings(["en"]))).toEqual({ en: "One" });
    const broken = { ...body, items: [body.items[0], { ...body.items[1], names: { en: 5 } }] };
    expect(() =>
      readBody<Body>("op", broken, "OK").objects("items", (item) =>
        item.object("names", (n) => n.optionalStrings(["en"])),
      ),
    ).toThrow('op: status OK: "items[1].names.en" is missing or not a non-empty string');
    expect(() => readBody<Body>("op", { items: [null] }).objects("items", (item) => item)).toThrow(
      '"items" is missing or not an array of JSON objects',
    );
    expect(() => readBody<Body>("op", { one: [] }).object("one", (one) => one)).toThrow(
      '"one" is missing or not a JSON object',
    );
  });
});
