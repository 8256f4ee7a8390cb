import { isIdaasApiError as isApiError } from "@idaas-sdk/core";
import type { ApiErrorOf, ErrorCodesOf, IsApiError } from "@idaas-sdk/core/internal";
import type { errorFields, OperationId } from "./generated/operations.js";
import type { operations } from "./generated/schema.js";

/** The error codes the spec documents for an EIAM operation (all operations by default). */
export type EiamErrorCode<Op extends OperationId = OperationId> = ErrorCodesOf<operations, typeof errorFields.code, Op>;

/** An {@link IdaasApiError} of an EIAM call: `operation` tells which, and narrows `code` to its documented codes. */
export type EiamApiError = ApiErrorOf<operations, typeof errorFields.code>;

/** Narrows `error` to an EIAM {@link IdaasApiError}, of the given documented `code` when one is passed. */
export const isIdaasApiError = isApiError as IsApiError<EiamApiError, EiamErrorCode>;
