// The mock's HTTP server (node:http): reads each request into an IncomingCall (its target resolved, its headers flat,
// its body read on demand with a cap), hands it to one handler, and sends the Reply: JSON, ASCII-safe headers, the
// CORS headers a browser app on another local port needs. No request, however malformed, stops it.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { MockStartError } from "../start-error.js";
import { hostChecker, isWildcard } from "./loopback.js";
import { errorBody, type MockErrorName, messageOf, mockCode, mockError, type Reply } from "./reply.js";

/** A request as the pipeline sees it. */
export interface IncomingCall {
  method: string;
  url: URL;
  /** Header names lower-cased; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  /** The body as text; undefined when it is over {@link MAX_BODY_BYTES}. Read once, on the first call. */
  body(): Promise<string | undefined>;
}

export type Handler = (call: IncomingCall) => Promise<Reply>;

export interface Listening {
  /** The origin, e.g. http://127.0.0.1:4010. */
  origin: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 1024 * 1024;
const VALIDATION_HEADER = "X-Mock-Validation";
const EXAMPLE_HEADER = "X-Mock-Example";
// Header values must stay below common limits (Prism's own server caps its sl-violations header the same way).
const MAX_HEADER_LENGTH = 8 * 1024 - 100;
// Origin-form targets (/path?query) are resolved against it; absolute-form ones (http://host/path) keep their own.
const TARGET_BASE = "http://mock.invalid";

/** Listens on host:port and answers every request with `handle`; `log` gets one line per request. */
export async function listen(options: {
  host: string;
  port: number;
  handle: Handler;
  log?: (line: string) => void;
}): Promise<Listening> {
  const { host, port, handle, log } = options;
  const hostAllowed = hostChecker(host);

  // Never rejects: whatever throws is answered with a 500 mock error, or ends the connection once the answer has
  // started, so no request can take the process down.
  async function serve(request: IncomingMessage, response: ServerResponse) {
    try {
      const target = request.url ?? "/";
      const url = URL.canParse(target, TARGET_BASE) ? new URL(target, TARGET_BASE) : undefined;
      const reply = !hostAllowed(request.headers.host)
        ? forbiddenHost(request.headers.host ?? "", host)
        : url
          ? await handle(incomingCall(request, url)).catch(
              (error: unknown) => mockError("INTERNAL", `The mock failed: ${messageOf(error)}`) as Reply,
            )
          : mockError("BAD_REQUEST", "The request target is neither a path nor a valid URL");
      // Logged before it is sent: a log function that throws gets the request a 500, not a cut connection.
      const { status, example = "-", note } = reply;
      log?.(`${request.method} ${url?.pathname ?? "-"} ${status} ${example}${note ? ` (${note})` : ""}`);
      send(request, response, reply);
    } catch (error) {
      if (response.headersSent) response.destroy();
      else send(request, response, mockError("INTERNAL", `The mock failed: ${messageOf(error)}`));
    }
  }

  const server = createServer((request, response) => void serve(request, response));
  // Requests Node cannot parse as HTTP (a bad method, a header line without a colon) never reach serve.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return void socket.destroy();
    socket.end(rawError("BAD_REQUEST", `The request could not be read as HTTP (${error.code ?? "parse error"})`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  // Bound to every interface, the mock is shown at its loopback address: 0.0.0.0 is no address to call.
  const reachable = isWildcard(address.address) ? (address.family === "IPv6" ? "::1" : "127.0.0.1") : address.address;
  const hostInUrl = address.family === "IPv6" ? `[${reachable}]` : reachable;
  return {
    origin: `http://${hostInUrl}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A request that names another host: refused, as a page of another site reaching the mock through DNS would be. */
function forbiddenHost(hostHeader: string, boundHost: string): Reply {
  const named = JSON.stringify(hostHeader.slice(0, 100));
  const message =
    `Host ${named} is not this mock's: it answers only requests to localhost, 127.0.0.1, [::1] or the host it ` +
    `binds (${boundHost}); open it by one of those`;
  return { ...mockError("FORBIDDEN_HOST", message), private: true };
}

function incomingCall(request: IncomingMessage, url: URL): IncomingCall {
  let body: Promise<string | undefined> | undefined;
  return {
    method: request.method ?? "GET",
    url,
    headers: Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(", ") : String(value),
      ]),
    ),
    body: () => {
      body ??= readBody(request);
      return body;
    },
  };
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(request: IncomingMessage, response: ServerResponse, reply: Reply) {
  const asked = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  const headers: Record<string, string> = reply.private
    ? {}
    : {
        "Access-Control-Allow-Origin": asked("origin") ?? "*",
        "Access-Control-Allow-Headers": asked("access-control-request-headers") ?? "*",
        "Access-Control-Expose-Headers": `${VALIDATION_HEADER}, ${EXAMPLE_HEADER}`,
      };
  Object.assign(headers, reply.headers);
  if (reply.example) headers[EXAMPLE_HEADER] = headerSafe(reply.example);
  if (reply.findings?.length) headers[VALIDATION_HEADER] = headerSafe(JSON.stringify(reply.findings));
  const text = reply.body === undefined ? "" : JSON.stringify(reply.body);
  if (text) headers["Content-Type"] = "application/json";
  headers["Content-Length"] = String(Buffer.byteLength(text));
  response.writeHead(reply.status, headers);
  response.end(text);
}

/** A whole HTTP/1.1 error answer, for a socket Node could not parse a request from. */
function rawError(name: MockErrorName, message: string): string {
  const text = JSON.stringify(errorBody(mockCode(name), message));
  return (
    "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n" +
    `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`
  );
}

/** ASCII only (non-ASCII escaped as \uXXXX, still valid JSON) and capped in length. */
function headerSafe(json: string): string {
  const ascii = json.replaceAll(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return ascii.length > MAX_HEADER_LENGTH ? ascii.slice(0, MAX_HEADER_LENGTH) : ascii;
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === "EADDRINUSE")
    return new MockStartError(`port ${port} on ${host} is already in use; pick another with --port`);
  if (error.code === "EACCES")
    return new MockStartError(`not allowed to listen on ${host}:${port}; pick a port above 1023`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
    return new MockStartError(`cannot listen on ${host}: no such local address`);
  }
  return new MockStartError(`cannot listen on ${host}:${port}: ${messageOf(error)}`);
}
