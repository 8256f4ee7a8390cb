// The facts of the spec the facade needs at run time, each typed against the generated types, so that a
// renamed header, body field, status or path in the spec fails to compile here instead of failing at run time.

import type { DeviceInfo, DocumentedStatuses, FieldKind } from "@idaas-sdk/core";
import type { components, operations } from "./generated/schema.js";

export type OperationId = keyof operations;
export type Schemas = components["schemas"];
export type RequestBody<Op extends OperationId> = operations[Op]["requestBody"]["content"]["application/json"];
type HeaderOf<Op extends OperationId> = keyof operations[Op]["parameters"]["header"] & string;
/** Headers every operation takes. */
export type CommonHeader = HeaderOf<OperationId>;

/** Which header carries each client option. */
export const headerNames = {
  clientId: "X-client-id",
  language: "X-L",
  device: {
    osVersion: "X-operating-sys-version",
    fingerprint: "X-device-fingerprint",
    agent: "X-agent",
    ip: "X-device-ip",
  },
} as const satisfies {
  clientId: CommonHeader;
  language: CommonHeader;
  device: { [Field in keyof DeviceInfo]-?: CommonHeader };
};

type Values<T> = T[keyof T];
/** The headers the client sets on every call. */
export type InjectedHeader = Values<Omit<typeof headerNames, "device">> | Values<(typeof headerNames)["device"]>;

/** Names of the fields of the error body. */
export const errorFields = { code: "error_code", message: "error_msg" } as const satisfies Record<
  "code" | "message",
  keyof Schemas["ErrorResponse"]
>;

/** The field of a 200 body that names its outcome. */
export const statusField = "status" satisfies keyof Schemas["LoginSuccess"];

export const paths = {
  loginWithMobilePassword: "/api/v2/sdk/login/mobile-pwd",
  loginWithEmailCode: "/api/v2/sdk/login/email-verify-code",
} as const;

export const statuses = {
  loginWithMobilePassword: { 200: true, 400: true, 500: true },
  loginWithEmailCode: { 200: true, 400: true, 500: true },
} as const satisfies { [Op in OperationId]: DocumentedStatuses<operations[Op]> };

/** How each request field is shown in logs and errors. */
export const fieldKinds = {
  loginWithMobilePassword: { mobile: "mobile", password: "secret" },
  loginWithEmailCode: { email: "email", verify_code: "secret" },
} as const satisfies { [Op in OperationId]: Record<keyof RequestBody<Op>, FieldKind> };
