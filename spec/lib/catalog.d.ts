export interface CatalogExample {
  name: string;
  summary?: string;
  description?: string;
  value: unknown;
  error?: { message: string; messageZh?: string; action: string };
  mockWhen?: { missing?: string[] };
}
export interface CatalogHeader {
  name: string;
  required: boolean;
  description?: string;
  example?: string;
  schema?: object;
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
  mockWhen?: { missing?: string[] };
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
