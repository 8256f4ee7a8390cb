import { isIdaasApiError as isApiError } from "@idaas-sdk/core";
import type { ApiErrorOf, ErrorCodesOf, IsApiError } from "@idaas-sdk/core/internal";
import type { errorFields, OperationId } from "./generated/operations.js";
import type { operations } from "./generated/schema.js";

/** The error codes the spec documents for a CIAM operation (all operations by default). */
export type CiamErrorCode<Op extends OperationId = OperationId> = ErrorCodesOf<operations, typeof errorFields.code, Op>;

/** An {@link IdaasApiError} of a CIAM call: `operation` tells which, and narrows `code` to its documented codes. */
export type CiamApiError = ApiErrorOf<operations, typeof errorFields.code>;

/** Narrows `error` to a CIAM {@link IdaasApiError}, of the given documented `code` when one is passed. */
export const isIdaasApiError = isApiError as IsApiError<CiamApiError, CiamErrorCode>;
