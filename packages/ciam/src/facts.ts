// The facts of the spec the facade needs at run time. Paths, statuses, header names, field kinds and the error
// body's field names come from src/generated/operations.ts, which the build writes from the bundle and types against
// ./generated/schema.ts.

import type { ResultOf, ResultStatus } from "@idaas-sdk/core";
import type { ArgumentFields, Assert, Equal } from "@idaas-sdk/core/internal";
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
/** The JSON request body of an operation under the call's argument names (the facts' `argument`, else camelCase). */
export type BodyArguments<Op extends OperationId> = ArgumentFields<
  RequestBody<Op>,
  (typeof operationFacts)[Op]["fields"]
>;
/** The `status` values of an operation's 200 body, as the spec documents them. */
export type SuccessStatus<Op extends OperationId> = operations[Op]["responses"] extends {
  200: { content: { "application/json": { status: infer Status } } };
}
  ? Status
  : never;
/**
 * The result of an operation whose 200 body answers a `status`: the union of its documented statuses' results
 * (results.ts asserts that @idaas-sdk/core reads every status the spec documents).
 */
export type OperationResult<Op extends OperationId> = ResultOf<Extract<SuccessStatus<Op>, ResultStatus>>;

// The generated facts list exactly the `status` values of the generated schema: the reader accepts what the type says.
export type _FactsStatuses = Assert<
  Equal<
    { [Op in OperationId]: (typeof operationFacts)[Op]["resultStatuses"][number] },
    { [Op in OperationId]: SuccessStatus<Op> }
  >
>;

type Values<T> = T[keyof T];
/** The headers the client sets on every call. */
export type InjectedHeader = Values<Omit<typeof headerNames, "device">> | Values<(typeof headerNames)["device"]>;
