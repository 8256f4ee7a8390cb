// Every operation of each product's bundle has an emulator handler, and every handler an operation: a new operation
// in the spec fails here, not at a user's first call.
import { listOperations, loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import { expect, test } from "vitest";
import { HANDLERS } from "./index.js";

test.each(PRODUCTS)("%s: the handlers are exactly the bundle's operations", (product) => {
  const operations = listOperations(loadSpec(product)).map((operation) => operation.operationId);
  expect(Object.keys(HANDLERS[product]).sort()).toEqual(operations.sort());
});
