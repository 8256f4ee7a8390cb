// The catalogue's own logic: what a reader shows of a message the vendor's page cuts.
import { expect, test } from "vitest";
import { listAllOperations, shownMessage } from "../lib/index.js";

test("a message the page cuts is shown with its whole words and a note, never cut mid-word", () => {
  expect(shownMessage({ message: "Failed to send verification c", incomplete: true })).toBe(
    "Failed to send verification… (the vendor's page cuts the rest of this message)",
  );
  expect(shownMessage({ message: "Graphic verification code verification failed" })).toBe(
    "Graphic verification code verification failed",
  );
});

test("every error the spec marks incomplete is shown without its cut word", () => {
  const incomplete = listAllOperations().flatMap((operation) => operation.errors.filter((error) => error.incomplete));
  expect(incomplete.map((error) => error.code)).toContain("IDAAS.SDK.CAPTCHA.0006");
  for (const error of incomplete) expect(shownMessage(error)).not.toContain(error.message);
});
