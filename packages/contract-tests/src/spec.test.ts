// 1. The bundles are valid OpenAPI 3.1 by the official meta-schema.

import { loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";

describe.each(PRODUCTS)("bundle %s", (product) => {
  test("is valid OpenAPI 3.1 by the official JSON Schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(loadSpec(product));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });
});

test("a bundle that breaks the meta-schema is caught, naming the place", async () => {
  const document = loadSpec("ciam");
  document.paths["/api/v2/sdk/login/mobile-pwd"].post.responses = "none";
  const result = await new Validator().validate(document);
  expect(result.valid).toBe(false);
  expect(JSON.stringify(result.errors)).toContain("/paths/~1api~1v2~1sdk~1login~1mobile-pwd/post/responses");
});
