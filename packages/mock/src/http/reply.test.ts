// The mock's own error codes are written once, in MOCK_ERRORS: the README documents exactly those, each at its status.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { MOCK_ERRORS, type MockErrorName, mockCode } from "./reply.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

test("the README names every MOCK.* code of the catalogue, and no other", () => {
  const named = new Set(readme.match(/MOCK\.[A-Z_]+/g));
  expect([...named].sort()).toEqual(
    Object.keys(MOCK_ERRORS)
      .map((name) => mockCode(name as MockErrorName))
      .sort(),
  );
});

test("each README row with a status gives the catalogue's", () => {
  const rows = [...readme.matchAll(/^\| (\d{3}) +\| `(MOCK\.[A-Z_]+)`/gm)];
  expect(rows.length).toBeGreaterThan(5);
  for (const [, status, code] of rows) {
    expect(`${code} ${status}`).toBe(`${code} ${MOCK_ERRORS[code?.slice(5) as MockErrorName]}`);
  }
});
