export interface SpecValidator {
  /** Validates `value` against a schema (inline or a local $ref); returns error strings, empty when valid. */
  validateSchema(schema: object, value: unknown): string[];
  /** Errors of a response body for an operation and HTTP status; an undocumented status is an error. */
  validateResponse(operationId: string, httpStatus: number, body: unknown): string[];
  /** Errors of a request body for an operation. */
  validateRequestBody(operationId: string, body: unknown): string[];
  resolve<T = unknown>(node: unknown): T;
}
export function createValidator(document: object): SpecValidator;
