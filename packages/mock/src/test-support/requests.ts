// Valid requests built from the spec's own examples, and the fetch and raw-socket wrappers the tests share.
import { connect } from "node:net";
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
