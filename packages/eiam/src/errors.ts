import { type IdaasApiError, isIdaasApiError as isApiError } from "@idaas-sdk/core";
import type { ErrorCodeOf } from "@idaas-sdk/core/internal";
import type { errorFields, OperationId } from "./facts.js";
import type { operations } from "./generated/schema.js";

/** The error codes the spec documents for an EIAM operation (all operations by default). */
// Distributed over the operations, so that the default is the union of every operation's codes (a code that only
// some operations answer included), not only the codes they all share.
export type EiamErrorCode<Op extends OperationId = OperationId> = {
  [O in Op]: ErrorCodeOf<operations[O], typeof errorFields.code>;
}[Op];

/** An {@link IdaasApiError} of an EIAM call: `operation` tells which, and narrows `code` to its documented codes. */
export type EiamApiError = { [Op in OperationId]: IdaasApiError<EiamErrorCode<Op>, Op> }[OperationId];

/** Narrows `error` to an EIAM {@link IdaasApiError}, of the given documented `code` when one is passed. */
export const isIdaasApiError = isApiError as {
  (error: unknown): error is EiamApiError;
  <Code extends EiamErrorCode>(error: unknown, code: Code): error is EiamApiError & { code: Code };
};
