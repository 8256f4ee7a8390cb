// The operations of both bundles, valid requests built from their own examples, each product's validator, and the
// fetch and raw-socket wrappers the tests share.
import { connect } from "node:net";
import {
  type CatalogOperation,
  exampleBody,
  exampleHeaders,
  listAllOperations,
  loadSpec,
  PRODUCTS,
  type Product,
} from "@idaas-sdk/spec";
import { createValidator } from "@idaas-sdk/spec/validator";
import type { RunningMock } from "../start.js";

export interface Answer {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

/** Every operation of both bundles, each named "<product> <operationId>" (an id may repeat across products). */
export const operations = listAllOperations().map((operation) => ({ ...operation, name: nameOf(operation) }));

const validators = Object.fromEntries(PRODUCTS.map((product) => [product, createValidator(loadSpec(product))]));
/** The Ajv validator of a product's bundle. */
export const validatorOf = (product: Product) => validators[product] as ReturnType<typeof createValidator>;

export function nameOf(operation: Pick<CatalogOperation, "product" | "operationId">): string {
  return `${operation.product} ${operation.operationId}`;
}

/** The documented request of the operation: its example headers and body (the spec's exampleHeaders, exampleBody). */
export function exampleRequest(operation: CatalogOperation) {
  return { headers: exampleHeaders(operation), body: exampleBody(operation) };
}

/** Calls the operation on the mock, under its product's base URL. */
export function send(
  mock: RunningMock,
  operation: CatalogOperation,
  init: { headers?: Record<string, string>; body?: unknown; rawBody?: string } = {},
): Promise<Answer> {
  return call(mock.baseUrl(operation.product), operation, init);
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

/** Writes `head` (request line and headers, no blank line) and `body` on a raw socket; reads until it closes. */
export function rawCall(baseUrl: string, head: string, body = ""): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`${head}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    });
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const [statusLine = "", ...headerLines] = raw.slice(0, raw.indexOf("\r\n\r\n")).split("\r\n");
      const text = raw.slice(raw.indexOf("\r\n\r\n") + 4);
      const headers = new Headers(
        headerLines.map((line): [string, string] => [
          line.slice(0, line.indexOf(":")),
          line.slice(line.indexOf(":") + 1),
        ]),
      );
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ status: Number(statusLine.split(" ")[1]), text, json, headers });
    });
  });
}
