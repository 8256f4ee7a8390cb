import { expect, test } from "vitest";
import { HASH_LINKS_SCRIPT, hashLinks } from "../scripts/links.mjs";

test("a root-path href outside the scripts becomes its hash route; the script keeps Redoc's later links so", () => {
  const page = hashLinks(
    '<html><head></head><body><a class="x" href="/guide-1-install">a</a><a href="/">b</a><a href="//cdn.example/x">c</a><a href="ciam.html">d</a><script>const a = \'<a href="/kept">\';</script></body></html>',
  );
  expect(page).toContain('<a class="x" href="#/guide-1-install">');
  expect(page).toContain('<a href="#/">');
  expect(page).toContain('<a href="//cdn.example/x">');
  expect(page).toContain('<a href="ciam.html">');
  expect(page).toContain("'<a href=\"/kept\">'");
  expect(page).toContain(`<head><script>${HASH_LINKS_SCRIPT}</script>\n</head>`);
});

test("a page without a head fails, so a Redoc upgrade that changes the page is noticed", () => {
  expect(() => hashLinks("<body></body>")).toThrow(/no <\/head>/);
});
