// The public entry points used the way the READMEs show, so that tsc checks their published types in use (entries.ts,
// written by the test from the packages' exports, imports every entry).
import { createCiamClient, type LoginWithMobilePasswordResult } from "@idaas-sdk/ciam";
import { decodeIdToken as decodeCiamIdToken } from "@idaas-sdk/ciam/id-token";
import { createCiamClient as createCiamRawClient } from "@idaas-sdk/ciam/raw";
import { IdaasApiError } from "@idaas-sdk/core";
import { verifyIdToken } from "@idaas-sdk/core/id-token";
import { createEiamClient, type EiamErrorCode } from "@idaas-sdk/eiam";
import { createEiamClient as createEiamRawClient } from "@idaas-sdk/eiam/raw";
import { type MockOptions, startMock } from "@idaas-sdk/mock";
import { listAllOperations, loadSpec } from "@idaas-sdk/spec";
import { createValidator } from "@idaas-sdk/spec/validator";

export const surface = {
  createCiamClient,
  createEiamClient,
  createCiamRawClient,
  createEiamRawClient,
  decodeCiamIdToken,
  verifyIdToken,
  startMock,
  isApiError: (error: unknown) => error instanceof IdaasApiError,
  operations: () => listAllOperations().map((operation) => `${operation.product} ${operation.operationId}`),
  validator: () => createValidator(loadSpec("eiam")),
};
export type Surface = [LoginWithMobilePasswordResult["status"], EiamErrorCode, MockOptions];
