// What the contract tests know about the API, all read from the spec bundle: operations, their outcomes (named
// examples with the HTTP status they are listed under), their `status` values and a valid request for each.
import {
  type CatalogExample,
  type CatalogOperation,
  exampleBody,
  listAllOperations,
  loadSpec,
  PRODUCTS,
  type Product,
  type SpecDocument,
} from "@idaas-sdk/spec";
import { createValidator } from "@idaas-sdk/spec/validator";

export { PRODUCTS };
export type ClientProduct = Product;

/** Each product's bundle. */
export const specs = Object.fromEntries(PRODUCTS.map((product) => [product, loadSpec(product)])) as Record<
  Product,
  SpecDocument
>;
/** The operations of both products; an operation id may repeat across them, so name one with {@link nameOf}. */
export const operations: CatalogOperation[] = listAllOperations();
const validators = Object.fromEntries(PRODUCTS.map((product) => [product, createValidator(specs[product])])) as Record<
  Product,
  ReturnType<typeof createValidator>
>;

/** The product whose bundle holds the operation. */
export function productOf(operation: CatalogOperation): ClientProduct {
  return operation.product;
}

/** "ciam sendSmsCode": how a test names an operation. */
export function nameOf(operation: CatalogOperation): string {
  return `${operation.product} ${operation.operationId}`;
}

/** The Ajv validator of the operation's product bundle. */
export function validatorOf(operation: CatalogOperation) {
  return validators[operation.product];
}

export interface Outcome {
  operation: CatalogOperation;
  httpStatus: number;
  example: CatalogExample;
  /** "loginWithMobileCode example mfa-auth (HTTP 200)": how a failure names it. */
  label: string;
}

/** Every named example of every response of the operation. */
export function outcomesOf(operation: CatalogOperation): Outcome[] {
  return operation.responses.flatMap((response) =>
    response.examples.map((example) => ({
      operation,
      httpStatus: response.status,
      example,
      label: `${nameOf(operation)} example ${example.name} (HTTP ${response.status})`,
    })),
  );
}
export const allOutcomes: Outcome[] = operations.flatMap(outcomesOf);

/** The JSON schema of a response, with its $refs resolved. */
type Schema = {
  $ref?: string;
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  const?: unknown;
  enum?: unknown[];
  contentMediaType?: string;
  "x-idaas-sdk-result"?: boolean;
};
const resolvedIn =
  (operation: CatalogOperation) =>
  (schema: Schema | undefined): Schema | undefined =>
    validatorOf(operation).resolve<Schema>(schema);

/** The field that discriminates the success variants, and its documented values (none for a bodiless 200). */
export function statusValues(operation: CatalogOperation, httpStatus = 200): { field: string; values: string[] } {
  const resolved = resolvedIn(operation);
  const schema = resolved(operation.responses.find((r) => r.status === httpStatus)?.schema as Schema | undefined);
  if (!schema) return { field: "", values: [] };
  if (schema.discriminator) {
    const field = schema.discriminator.propertyName;
    const values = schema.discriminator.mapping
      ? Object.keys(schema.discriminator.mapping)
      : (schema.oneOf ?? []).map((variant) => String(resolved(resolved(variant)?.properties?.[field])?.const));
    return { field, values };
  }
  // A single variant: its discriminating field is the one with a const value.
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    const value = resolved(property)?.const;
    if (typeof value === "string") return { field, values: [value] };
  }
  return { field: "", values: [] };
}

/** The schema of the body field `field` of a `httpStatus` answer: the property of the body's variant, resolved. */
function propertyOf(operation: CatalogOperation, httpStatus: number, body: Record<string, unknown>, field: string) {
  const resolved = resolvedIn(operation);
  const { field: statusField } = statusValues(operation, httpStatus);
  let schema = resolved(operation.responses.find((r) => r.status === httpStatus)?.schema as Schema | undefined);
  const variant = schema?.discriminator?.mapping?.[String(body[statusField])];
  if (variant) schema = resolved({ $ref: variant });
  let property = resolved(schema?.properties?.[field]);
  while (property?.allOf?.length === 1) property = resolved(property.allOf[0]);
  return property;
}

/** Whether the variant's `field` is a string holding JSON (`contentMediaType: application/json`). */
export function holdsJson(
  operation: CatalogOperation,
  httpStatus: number,
  body: Record<string, unknown>,
  field: string,
) {
  return propertyOf(operation, httpStatus, body, field)?.contentMediaType === "application/json";
}

/** Whether the spec leaves the body field out of the SDK's result (`x-idaas-sdk-result: false`). */
export function leftOutOfResult(
  operation: CatalogOperation,
  httpStatus: number,
  body: Record<string, unknown>,
  field: string,
) {
  return propertyOf(operation, httpStatus, body, field)?.["x-idaas-sdk-result"] === false;
}

/** The headers every operation takes: the client sets them from its options. */
export const commonHeaders: Set<string> = new Set(
  operations[0]?.headers
    .map((header) => header.name)
    .filter((name) => operations.every((op) => op.headers.some((header) => header.name === name))),
);

/** Required headers only this operation takes (e.g. a state token): the client takes them as call arguments. */
export function ownHeaders(operation: CatalogOperation) {
  return operation.headers.filter((header) => header.required && !commonHeaders.has(header.name));
}

/** `verify_code` → `verifyCode`, `X-state-token` → `stateToken`: the client's argument and result names. */
export function camel(name: string): string {
  return name.replace(/^X-/i, "").replace(/[-_]([a-z0-9])/gi, (_, letter: string) => letter.toUpperCase());
}

type Extended = Schema & {
  "x-idaas-sdk-argument"?: string;
  "x-idaas-sdk-redact"?: string;
};

/** The first value of an `x-` key on a schema, its reference or its allOf parts (the generators' rule). */
function extensionOf(operation: CatalogOperation, schema: Extended | undefined, key: keyof Extended): unknown {
  if (!schema) return undefined;
  if (schema[key] !== undefined) return schema[key];
  if (schema.$ref) return extensionOf(operation, resolvedIn(operation)(schema), key);
  for (const part of schema.allOf ?? []) {
    const found = extensionOf(operation, part, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The client's argument of a request body field: its `x-idaas-sdk-argument`, else its camelCase name. */
export function fieldArgument(operation: CatalogOperation, field: string): string {
  const body = resolvedIn(operation)(operation.requestBody?.schema as Schema | undefined);
  const argument = extensionOf(operation, body?.properties?.[field], "x-idaas-sdk-argument");
  return typeof argument === "string" ? argument : camel(field);
}

/** How the SDK shows a request body field in logs and errors (`x-idaas-sdk-redact`: secret, mobile, email, plain). */
export function fieldKind(operation: CatalogOperation, field: string): string | undefined {
  const body = resolvedIn(operation)(operation.requestBody?.schema as Schema | undefined);
  const kind = extensionOf(operation, body?.properties?.[field], "x-idaas-sdk-redact");
  return typeof kind === "string" ? kind : undefined;
}

/** The client's argument of one of the operation's own headers: its `x-idaas-sdk-option` (`stateToken`, `idToken`). */
export function headerArgument(header: { name: string; option?: string }): string {
  return header.option ?? camel(header.name);
}

/**
 * The client method's input: the body fields and the operation's own headers under the client's argument names
 * (a header's example without the prefix the SDK adds itself).
 */
export function clientInput(
  operation: CatalogOperation,
  body: Record<string, unknown> = exampleBody(operation) ?? {},
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) input[fieldArgument(operation, field)] = value;
  for (const header of ownHeaders(operation)) {
    const prefix = header.prefix ?? "";
    const example = header.example ?? "";
    input[headerArgument(header)] = example.startsWith(prefix) ? example.slice(prefix.length) : example;
  }
  return input;
}

/** The first documented success and its first named example: what the mock answers without `Prefer`. */
export function defaultOutcome(operation: CatalogOperation) {
  const response = operation.responses.find((r) => r.status < 300);
  if (!response) throw new Error(`${operation.operationId} documents no 2xx response`);
  return { httpStatus: response.status, example: response.examples[0] };
}

/** A product's operations by route, `"POST /api/v2/sdk/sms/send"` (the path under the product's base path). */
export function operationsByRoute(product: Product): Map<string, CatalogOperation> {
  return new Map(
    operations.filter((op) => op.product === product).map((op) => [`${op.method} ${op.path}`, op] as const),
  );
}
