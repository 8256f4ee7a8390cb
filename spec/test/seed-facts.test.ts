// The facts of the vendor's five pages (shared/api-docs), written down once more here on purpose: this table is
// the oracle the spec is checked against, so that an edit that drops a header, a field, a status or a code fails.
import { describe, expect, test } from "vitest";
import { getOperation, loadSpec, type Product, resolve, type SpecDocument } from "../lib/index.js";

const DEVICE = ["X-operating-sys-version", "X-device-fingerprint", "X-agent", "X-client-id"];
const OPTIONAL = ["X-device-ip", "X-L"];

const pages = [
  {
    operationId: "loginWithMobileCode",
    tag: "EIAM",
    path: "/api/v2/sdk/login/mobile-verify-code",
    requiredHeaders: DEVICE,
    body: ["mobile", "verify_code"],
    statuses: ["SUCCESS", "MFA_AUTH", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
  },
  {
    operationId: "verifyMfaEmail",
    tag: "EIAM",
    path: "/api/v2/sdk/mfa/email",
    requiredHeaders: [...DEVICE, "X-state-token"],
    body: ["email", "verify_code"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
  },
  {
    operationId: "sendSmsCode",
    tag: "EIAM",
    path: "/api/v2/sdk/sms/send",
    requiredHeaders: DEVICE,
    body: ["mobile", "type", "captcha_token"],
    statuses: [],
    errors: { "SDK.COMMON.1001": 400 },
  },
  {
    operationId: "loginWithMobilePassword",
    tag: "CIAM",
    path: "/api/v2/sdk/login/mobile-pwd",
    requiredHeaders: DEVICE,
    body: ["mobile", "password"],
    statuses: ["SUCCESS", "PASSWORD_WARN", "PASSWORD_EXPIRED", "ACCESS_DENIED"],
    errors: {
      "IDAAS.SDK.PARAM.0001": 400,
      "IDAAS.SDK.PARAM.0002": 400,
      "IDAAS.SDK.PARAM.0003": 400,
      "IDAAS.SDK.USER.0004": 400,
      "IDAAS.SDK.USER.0006": 400,
      "IDAAS.SDK.LOGIN.0001": 400,
      "IDAAS.SDK.LOGIN.0002": 400,
      "IDAAS.SDK.USER.0039": 400,
      "IDAAS.SDK.COM.0002": 500,
    },
  },
  {
    operationId: "loginWithEmailCode",
    tag: "CIAM",
    path: "/api/v2/sdk/login/email-verify-code",
    requiredHeaders: DEVICE,
    body: ["email", "verify_code"],
    statuses: ["SUCCESS"],
    errors: {
      "IDAAS.SDK.PARAM.0001": 400,
      "IDAAS.SDK.PARAM.0002": 400,
      "IDAAS.SDK.PARAM.0003": 400,
      "IDAAS.SDK.PARAM.0009": 400,
      "IDAAS.SDK.USER.0004": 400,
      "IDAAS.SDK.CAPTCHA.0007": 400,
      "IDAAS.SDK.USER.0001": 400,
      "IDAAS.SDK.USER.0039": 400,
      "IDAAS.SDK.COM.0002": 500,
    },
  },
];

const documents = { eiam: loadSpec("eiam"), ciam: loadSpec("ciam") } satisfies Record<Product, SpecDocument>;
const productOf = (page: (typeof pages)[number]) => page.tag.toLowerCase() as Product;

describe.each(pages)("$tag $operationId (POST $path)", (page) => {
  const document = documents[productOf(page)];
  const operation = getOperation(document, page.operationId);

  test("is POST on its path, tagged with its product", () => {
    expect([operation.method, operation.path, operation.tags]).toEqual(["POST", page.path, [page.tag]]);
  });

  test("requires exactly the page's headers and offers the optional ones", () => {
    const required = operation.headers.filter((header) => header.required).map((header) => header.name);
    const optional = operation.headers.filter((header) => !header.required).map((header) => header.name);
    expect(required.sort()).toEqual([...page.requiredHeaders].sort());
    expect(optional.sort()).toEqual([...OPTIONAL].sort());
  });

  test("requires the page's body fields, as JSON", () => {
    expect(operation.requestBody?.mediaType).toBe("application/json");
    expect(operation.requestBody?.requiredFields.sort()).toEqual([...page.body].sort());
  });

  test("answers 200 with the page's status values", () => {
    const ok = operation.responses.find((response) => response.status === 200);
    expect(ok).toBeDefined();
    const schema = ok?.schema ? resolve<SpecDocument>(document, ok.schema) : undefined;
    const statuses = schema?.discriminator
      ? Object.keys(schema.discriminator.mapping)
      : [schema?.properties?.status?.const].filter(Boolean);
    expect(statuses.sort()).toEqual([...page.statuses].sort());
  });

  test("documents the page's error codes with their HTTP status", () => {
    const errors = Object.fromEntries(operation.errors.map((error) => [error.code, error.httpStatus]));
    expect(errors).toEqual(page.errors);
  });
});

test("the SMS scenario type is an enum of the seven documented scenarios, each described", () => {
  const type = documents.eiam.components.schemas.SmsType;
  const scenarios = [
    "LOGIN_SMS",
    "REGISTER_SMS",
    "MFA_AUTH_SMS",
    "FORGET_PWD_SMS",
    "CHANGE_PWD_SMS",
    "BIND_MOBILE_SMS",
    "UPDATE_MOBILE_SMS",
  ];
  expect(type.enum).toEqual(scenarios);
  expect(Object.keys(type["x-enumDescriptions"])).toEqual(scenarios);
});

test("the SMS send answers 200 with no body", () => {
  const ok = getOperation(documents.eiam, "sendSmsCode").responses.find((response) => response.status === 200);
  expect(ok?.mediaType).toBeUndefined();
});

test("content-type is the request body's media type, never a header parameter", () => {
  for (const page of pages) {
    const operationId = page.operationId;
    const names = getOperation(documents[productOf(page)], operationId).headers.map((header) => header.name.toLowerCase());
    expect(names, operationId).not.toContain("content-type");
  }
});

test("every CIAM error has its Chinese message and every error its English message and action", () => {
  for (const page of pages) {
    for (const error of getOperation(documents[productOf(page)], page.operationId).errors) {
      expect(error.message, `${page.operationId} ${error.code}`).toBeTruthy();
      expect(error.action, `${page.operationId} ${error.code}`).toBeTruthy();
      if (page.tag === "CIAM") expect(error.messageZh, `${page.operationId} ${error.code}`).toBeTruthy();
    }
  }
});
