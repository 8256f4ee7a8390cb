import { describe, expect, test } from "vitest";
import { listOperations, loadSpec, PRODUCTS } from "../lib/index.js";
import { coverageProblems, exampleProblems } from "./checks.js";

describe.each(PRODUCTS)("bundle %s", (product) => {
  const document = loadSpec(product);

  test("every named example validates against its schema, including the JSON inside `data`", () => {
    expect(exampleProblems(document)).toEqual([]);
  });

  test("every status value and every error code has a named example", () => {
    expect(coverageProblems(document)).toEqual([]);
  });
});

describe("the checks name the place of a wrong edit", () => {
  test("an example with a misspelt field", () => {
    const document = loadSpec("ciam");
    document.components.examples["ciam-login-email-verify-code"].value = { emial: "zhangsan@qq.com", verify_code: "1" };
    expect(exampleProblems(document)).toContain(
      `loginWithEmailCode request example "default": (root) must have required property 'email'`,
    );
  });

  test("an example whose `data` JSON breaks its contentSchema", () => {
    const document = loadSpec("ciam");
    document.components.examples["ciam-login-password-warn"].value.data = '{"maxLength":"18"}';
    const problems = exampleProblems(document);
    expect(problems).toContain(
      `loginWithMobilePassword 200 example "password-warn": /data inner JSON /maxLength must be integer`,
    );
    expect(problems).toContain(
      `loginWithMobilePassword 200 example "password-warn": /data inner JSON (root) must have required property 'regEx'`,
    );
  });

  test("an example whose `data` is not JSON at all", () => {
    const document = loadSpec("eiam");
    document.components.examples["eiam-login-mfa-auth"].value.data = "[EMAIL";
    expect(exampleProblems(document).join("\n")).toMatch(
      /loginWithMobileCode 200 example "mfa-auth": \/data is not JSON/,
    );
  });

  test("a status without an example", () => {
    const document = loadSpec("ciam");
    delete document.paths["/api/v2/sdk/login/mobile-pwd"].post.responses["200"].content["application/json"].examples[
      "password-expired"
    ];
    expect(coverageProblems(document)).toEqual([
      "loginWithMobilePassword 200: status PASSWORD_EXPIRED has no named example",
    ]);
  });

  test("an error code without an example", () => {
    const document = loadSpec("ciam");
    const media = document.paths["/api/v2/sdk/login/mobile-pwd"].post.responses["400"].content["application/json"];
    delete media.examples["IDAAS.SDK.LOGIN.0001"];
    expect(coverageProblems(document)).toEqual([
      "loginWithMobilePassword 400: error code IDAAS.SDK.LOGIN.0001 has no named example",
    ]);
  });

  test("an example id_token that is not a JWT", () => {
    const document = loadSpec("ciam");
    document.components.examples["ciam-login-success"].value.id_token = "eyJ0NiJ9";
    expect(exampleProblems(document).join("\n")).toMatch(
      /loginWithMobilePassword 200 example "success": \/id_token must match pattern/,
    );
  });
});

test.each(PRODUCTS)("the %s bundle holds its own product's operations only, each operationId once", (product) => {
  const operations = listOperations(loadSpec(product));
  expect(operations.length).toBeGreaterThan(0);
  expect(operations.filter((operation) => operation.product !== product)).toEqual([]);
  const ids = operations.map((operation) => operation.operationId);
  expect(ids).toEqual([...new Set(ids)]);
});
