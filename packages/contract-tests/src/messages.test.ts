// 11. Localized messages: `describeError` of each product's `/messages` entry gives, for every code the spec
// documents, the catalogue's English and Chinese message and its action; an unknown code does not compile.
import { describeError as describeCiamError } from "@idaas-sdk/ciam/messages";
import { describeError as describeEiamError } from "@idaas-sdk/eiam/messages";
import { shownMessage } from "@idaas-sdk/spec";
import { expect, test } from "vitest";
import { nameOf, operations } from "./support/spec.js";

const describers = { eiam: describeEiamError, ciam: describeCiamError } as Record<
  string,
  (code: string, language: "en" | "zh") => { message: string; language: string; action: string }
>;
const errors = operations.flatMap((operation) =>
  operation.errors.map((error) => [`${nameOf(operation)} ${error.code}`, operation.product, error] as const),
);

test.each(errors)("%s: English and Chinese message and the action, from the catalogue", (_, product, error) => {
  const describe = describers[product];
  if (!describe) throw new Error(`no describeError for ${product}`);
  // A message the vendor's page cuts is shown with its whole words and a note (shownMessage), never cut.
  const message = error.incomplete ? shownMessage(error) : error.message;
  expect(describe(error.code, "en")).toEqual({ message, language: "en", action: error.action });
  expect(describe(error.code, "zh")).toEqual({
    message: error.messageZh ?? message,
    language: error.messageZh ? "zh" : "en",
    action: error.action,
  });
});

test("an unknown code is refused, naming it, at compile time and at run time", () => {
  // @ts-expect-error not a code the CIAM spec documents
  expect(() => describeCiamError("IDAAS.SDK.NOPE.0000", "en")).toThrow(/IDAAS\.SDK\.NOPE\.0000/);
  // @ts-expect-error CIAM codes are not EIAM's
  expect(() => describeEiamError("IDAAS.SDK.LOGIN.0002", "en")).toThrow(/not an error code/);
});
