// Valid requests built from the spec's own examples, and a fetch wrapper the tests share.
import type { CatalogOperation } from "@idaas-sdk/spec";

export interface Answer {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

/** Every header of the operation with its spec example, plus the JSON content type. */
export function exampleHeaders(operation: CatalogOperation): Record<string, string> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  for (const header of operation.headers) {
    if (header.example === undefined) throw new Error(`${operation.operationId}: header ${header.name} has no example`);
    headers[header.name] = header.example;
  }
  return headers;
}

/** The operation's first request example (the spec names it `default`). */
export function exampleBody(operation: CatalogOperation): Record<string, unknown> {
  const example = operation.requestBody?.examples[0];
  if (!example) throw new Error(`${operation.operationId} has no request example`);
  return structuredClone(example.value) as Record<string, unknown>;
}

export async function call(
  baseUrl: string,
  operation: Pick<CatalogOperation, "method" | "path">,
  init: { headers?: Record<string, string>; body?: unknown; rawBody?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${baseUrl}${operation.path}`, {
    method: operation.method,
    headers: init.headers,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}
