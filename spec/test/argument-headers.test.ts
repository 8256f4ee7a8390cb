// A header that an operation takes as a call argument (one not every operation of its product takes, so no client
// option fills it: the state, session and id tokens) is described for that operation, beside its $ref: the
// component's description is shared by both products and all their operations, while the client's input documents
// the argument by the description of this use.
import { describe, expect, test } from "vitest";
import { loadSpec, METHODS, PRODUCTS, resolve, type SpecDocument } from "../lib/index.js";

/** A header parameter of an operation: as the operation writes it, and resolved. */
type HeaderUse = { use: SpecDocument; header: SpecDocument };

/** Each use of an argument header without its own description, as "<operationId>: <header>". */
function undescribedArgumentHeaders(document: SpecDocument): string[] {
  const operations: SpecDocument[] = Object.values<SpecDocument>(document.paths ?? {}).flatMap((item) =>
    METHODS.flatMap((method) => (item[method] ? [item[method]] : [])),
  );
  const headersOf = (operation: SpecDocument): HeaderUse[] =>
    (operation.parameters ?? [])
      .map((use: SpecDocument) => ({ use, header: resolve<SpecDocument>(document, use) }))
      .filter(({ header }: HeaderUse) => header.in === "header");
  const takenByEvery = (name: string) =>
    operations.every((operation) => headersOf(operation).some(({ header }) => header.name === name));
  return operations.flatMap((operation) =>
    headersOf(operation)
      .filter(({ use, header }) => !takenByEvery(header.name) && typeof use.description !== "string")
      .map(({ header }) => `${operation.operationId}: ${header.name}`),
  );
}

describe.each(PRODUCTS)("bundle %s", (product) => {
  test("every header an operation takes as a call argument has a description of this use beside its $ref", () => {
    expect(undescribedArgumentHeaders(loadSpec(product))).toEqual([]);
  });
});

test("a state token header without its own description is named with its operation", () => {
  const document = loadSpec("eiam");
  const parameters: SpecDocument[] = document.paths["/api/v2/sdk/pwd/skip-update"].get.parameters;
  for (const use of parameters) delete use.description;
  expect(undescribedArgumentHeaders(document)).toEqual(["skipPasswordUpdate: X-state-token"]);
});
