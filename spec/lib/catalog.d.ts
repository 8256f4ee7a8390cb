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
  /** `x-idaas-error` of an error example; `incomplete`: the vendor's page cuts the message (kept as the page shows it). */
  error?: { message: string; messageZh?: string; action: string; incomplete?: boolean };
  mockWhen?: MockWhen;
  /** `x-idaas-assumed`: the vendor's page does not show this example; the text says what it was taken from. */
  assumed?: string;
}
export interface CatalogHeader {
  name: string;
  required: boolean;
  description?: string;
  example?: string;
  schema?: object;
  /** `x-idaas-sdk-option`: the client option or call argument the SDK sends in it (`clientId`, `stateToken`, …). */
  option?: string;
  /** `x-idaas-sdk-value-prefix`: what goes before the option's value (`"Bearer "` before an id_token). */
  prefix?: string;
}
export interface CatalogResponse {
  status: number;
  description?: string;
  mediaType?: string;
  schema?: object;
  examples: CatalogExample[];
  /** `x-idaas-assumed`: the vendor's page does not show this response; the text says what it was taken from. */
  assumed?: string;
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
  /** `x-idaas-error.incomplete`: the vendor's page cuts `message` (the spec keeps the fragment and invents no end). */
  incomplete?: true;
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
/** The HTTP methods an OpenAPI path item can hold, lower-case. */
export const METHODS: readonly string[];
/** The error `x-mock-when.missing` gives a missing or invalid field (the one naming it, else the one naming "*"). */
export function errorForMissing(operation: CatalogOperation, field: string): CatalogError | undefined;
/** The error `x-mock-when.emulator` gives an emulator rule of the operation. */
export function errorForRule(operation: CatalogOperation, rule: string): CatalogError | undefined;
/** Each header's spec example, plus `Content-Type` when the operation takes a body. */
export function exampleHeaders(operation: CatalogOperation): Record<string, string>;
/** A copy of the operation's first (`default`) request body example; undefined without a body. */
export function exampleBody(operation: CatalogOperation): Record<string, unknown> | undefined;
/** The error body's field names, from `x-idaas-sdk-error-field` on the `ErrorResponse` schema. */
export function errorFieldsOf(document: object): { code: string; message: string };
/** The message to show: the catalogue's, or for a message the page cuts, its whole words and a note that says so. */
export function shownMessage(error: Pick<CatalogError, "message" | "incomplete">): string;
