// The facts of the spec the facade needs at run time. Paths, statuses, header names, field kinds and the error
// body's field names come from src/generated/operations.ts, which the build writes from the bundle and types against
// ./generated/schema.ts.

import {
  errorFields,
  headerNames,
  operations as operationFacts,
  optionHeaders,
  secretHeaders,
} from "./generated/operations.js";
import type { components, operations } from "./generated/schema.js";

export { errorFields, headerNames, operationFacts, optionHeaders, secretHeaders };
export type OperationId = keyof operations;
export type Schemas = components["schemas"];
/** The JSON request body of an operation (never for one without a body). */
export type RequestBody<Op extends OperationId> = operations[Op] extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;
/** The `status` values of an operation's 200 body, as the spec documents them. */
export type SuccessStatus<Op extends OperationId> = operations[Op]["responses"] extends {
  200: { content: { "application/json": { status: infer Status } } };
}
  ? Status
  : never;

type Values<T> = T[keyof T];
/** The headers the client sets on every call. */
export type InjectedHeader = Values<Omit<typeof headerNames, "device">> | Values<(typeof headerNames)["device"]>;

/** The field of a 200 body that names its outcome. */
export const statusField = "status" satisfies keyof Schemas["LoginSuccess"];
