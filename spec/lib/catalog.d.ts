/** `x-mock-when` of an error example: when the mock answers it. */
export interface MockWhen {
  /** The missing or invalid header or body fields it answers (`"*"`: any required one). */
  missing?: string[];
  /** The emulator's rules it answers (`wrong-code`, `refused-token`, …); see packages/mock/README.md. */
  emulator?: string[];
}
export interface CatalogExample {
  name: string;
  summary?: string;
  description?: string;
  value: unknown;
  error?: { message: string; messageZh?: string; action: string };
  mockWhen?: MockWhen;
}
export interface CatalogHeader {
  name: string;
  required: boolean;
  description?: string;
  example?: string;
  schema?: object;
  /** `x-idaas-sdk-option`: the client option or call argument the SDK sends in it (`clientId`, `stateToken`, …). */
  option?: string;
}
export interface CatalogResponse {
  status: number;
  description?: string;
  mediaType?: string;
  schema?: object;
  examples: CatalogExample[];
}
export interface CatalogError {
  httpStatus: number;
  code: string;
  exampleName: string;
  example: { error_code: string; error_msg: string };
  message: string;
  messageZh?: string;
  action: string;
  mockWhen?: MockWhen;
}
export interface CatalogOperation {
  operationId: string;
  method: string;
  path: string;
  tags: string[];
  /** The product whose document holds it. */
  product: "eiam" | "ciam";
  summary?: string;
  description?: string;
  headers: CatalogHeader[];
  requestBody?: {
    required: boolean;
    mediaType: string;
    schema: object;
    requiredFields: string[];
    examples: CatalogExample[];
  };
  responses: CatalogResponse[];
  errors: CatalogError[];
}
export function resolve<T = unknown>(document: object, node: unknown): T;
export function listOperations(document: object): CatalogOperation[];
export function getOperation(document: object, operationId: string): CatalogOperation;
