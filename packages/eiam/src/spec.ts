// The facts of the spec the facade needs at run time. They come from src/generated/operations.ts (written by the
// build from the bundle) and are checked here against the generated types, so that an operation, header or
// option the facade does not follow fails to compile instead of failing at run time.

import type { DeviceInfo, DocumentedStatuses, FieldKind } from "@idaas-sdk/core";
import { headerNames as generatedHeaderNames, operations as generatedOperations } from "./generated/operations.js";
import type { components, operations, paths } from "./generated/schema.js";

export type OperationId = keyof operations;
export type Schemas = components["schemas"];
export type RequestBody<Op extends OperationId> = operations[Op]["requestBody"]["content"]["application/json"];
type HeaderOf<Op extends OperationId> = keyof operations[Op]["parameters"]["header"] & string;
/** Headers every operation takes. */
export type CommonHeader = HeaderOf<OperationId>;
type PathOf<Op extends OperationId> = {
  [Path in keyof paths]: paths[Path] extends { post: operations[Op] } ? Path : never;
}[keyof paths];
type Responses<Op extends OperationId> = operations[Op]["responses"];
/** The `status` values of an operation's answers (error bodies have none). */
type ResultStatus<Op extends OperationId> = {
  [Code in keyof Responses<Op>]: Responses<Op>[Code] extends {
    content: { "application/json": { status: infer Status } };
  }
    ? Status
    : never;
}[keyof Responses<Op>];

/** Which header carries each client option. */
export const headerNames = generatedHeaderNames satisfies {
  clientId: CommonHeader;
  language: CommonHeader;
  device: { [Field in keyof DeviceInfo]-?: CommonHeader };
};

/** Per operation: path, documented HTTP statuses and `status` values, option headers, body field log kinds. */
export const operationFacts = generatedOperations satisfies {
  [Op in OperationId]: {
    method: "post";
    path: PathOf<Op>;
    httpStatuses: DocumentedStatuses<operations[Op]>;
    resultStatuses: readonly ResultStatus<Op>[];
    headers: { [option: string]: HeaderOf<Op> };
    fieldKinds: Record<keyof RequestBody<Op>, FieldKind>;
  };
};

/** The header of `verifyMfaEmail` that carries the `stateToken` argument. */
export const stateTokenHeader = operationFacts.verifyMfaEmail.headers.stateToken satisfies HeaderOf<"verifyMfaEmail">;

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
