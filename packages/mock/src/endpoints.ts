// What the mock knows about each endpoint, derived from the bundled spec's catalog: its named outcomes and the
// `x-mock-when` rules of its error examples. Nothing here is a copy of a spec fact.
import {
  type CatalogError,
  type CatalogOperation,
  errorForMissing,
  listOperations,
  resolve,
  type SpecDocument,
} from "@idaas-sdk/spec";

export interface Endpoint {
  operation: CatalogOperation;
  /** The request's parameters in the order their problems are reported: headers as the spec lists them, then the
   * body's required fields, then its other properties; and the required ones (headers first) in that order. */
  fields: { headers: string[]; body: string[]; required: string[] };
  /** Named example → the HTTP status of the response it is listed under. */
  exampleStatus: Map<string, number>;
  /** The error answered for a missing or invalid header or body field, by field name. */
  errorFor(field: string): CatalogError | undefined;
  /** The longest value the mock takes, by header or body field: the spec's `x-mock-max-length` (the mock's own). */
  maxLengths: Map<string, number>;
}

export function endpointsOf(document: SpecDocument): Endpoint[] {
  return listOperations(document).map((operation) => {
    const exampleStatus = new Map<string, number>();
    for (const response of operation.responses) {
      for (const example of response.examples) exampleStatus.set(example.name, response.status);
    }
    const bodySchema = resolve<{ properties?: Record<string, unknown> } | undefined>(
      document,
      operation.requestBody?.schema,
    );
    const maxLengths = new Map<string, number>();
    for (const [name, schema] of [
      ...operation.headers.map((header) => [header.name, header.schema] as const),
      ...Object.entries(bodySchema?.properties ?? {}),
    ]) {
      const limit = mockMaxLength(document, schema);
      if (limit !== undefined) maxLengths.set(name, limit);
    }
    const body = [
      ...new Set([...(operation.requestBody?.requiredFields ?? []), ...Object.keys(bodySchema?.properties ?? {})]),
    ];
    const headers = operation.headers.map((header) => header.name);
    const required = [
      ...operation.headers.filter((header) => header.required).map((header) => header.name),
      ...(operation.requestBody?.requiredFields ?? []),
    ];
    return {
      operation,
      fields: { headers, body, required },
      exampleStatus,
      errorFor: (field) => errorForMissing(operation, field),
      maxLengths,
    };
  });
}

/** `x-mock-max-length` of a schema, its reference or its allOf parts. */
function mockMaxLength(document: SpecDocument, schema: unknown): number | undefined {
  const resolved = resolve<{ "x-mock-max-length"?: unknown; allOf?: unknown[] } | undefined>(document, schema);
  if (!resolved || typeof resolved !== "object") return undefined;
  if (typeof resolved["x-mock-max-length"] === "number") return resolved["x-mock-max-length"];
  for (const part of resolved.allOf ?? []) {
    const found = mockMaxLength(document, part);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The outcome names of an endpoint, in spec order (success first). */
export function outcomeNames(endpoint: Endpoint): string[] {
  return [...endpoint.exampleStatus.keys()];
}

/** How to ask for each outcome: `example=<name>`, or `code=<status>` for a response without named examples. */
export function preferValues(endpoint: Endpoint): string[] {
  return endpoint.operation.responses.flatMap((response) =>
    response.examples.length > 0
      ? response.examples.map((example) => `example=${example.name}`)
      : [`code=${response.status}${response.schema ? "" : " (empty body)"}`],
  );
}

/** The required headers and body fields for which the spec documents no vendor error (the mock answers its own). */
export function undocumentedFields(endpoint: Endpoint): string[] {
  return endpoint.fields.required.filter((field) => !endpoint.errorFor(field));
}
