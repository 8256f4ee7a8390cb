import { expect, test } from "vitest";
import { removeCdnRequests } from "../scripts/offline.mjs";

test("Redoc's CDN logo is replaced by an inline image", () => {
  const page = removeCdnRequests(
    "src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`",
  );
  expect(page).not.toContain("cdn.redoc.ly");
  expect(page.match(/data:image\/svg\+xml;base64,/g)).toHaveLength(2);
});

test("a page without the logo address fails, so a Redoc upgrade that moves it is noticed", () => {
  expect(() => removeCdnRequests("<html></html>")).toThrow(/CDN logo address was not found/);
});
