import { expect, test } from "vitest";
import { addStyles, STYLES } from "../scripts/styles.mjs";

test("the site's style rules go into the page's head", () => {
  expect(addStyles("<html><head><title>x</title></head><body></body></html>")).toBe(
    `<html><head><title>x</title><style>${STYLES}</style>\n</head><body></body></html>`,
  );
});

test("a page without a head fails, so a Redoc upgrade that changes the page is noticed", () => {
  expect(() => addStyles("<body></body>")).toThrow(/no <\/head>/);
});
