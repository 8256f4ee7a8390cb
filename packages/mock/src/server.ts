// The HTTP server: one port, each product under its base path (/eiam, /ciam); routes to the product's endpoints,
// lets that product's Prism validate and pick the response, and replaces Prism's problem+json answers with the
// vendor's errors (rules.ts) or, for mistakes no endpoint documents, with mock errors shaped like the vendor's
// ({ error_code: "MOCK.…", error_msg }).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { loadSpec, type SpecDocument } from "@idaas-sdk/spec";
import { ADMIN_PATH, createEmulator, type Emulator, type EmulatorOptions, JWKS_PATH } from "./emulator/index.js";
import type { EmulatorUsers } from "./emulator/users.js";
import { type Endpoint, endpointsOf, outcomeNames } from "./endpoints.js";
import { createPrism, type Preferences, preferencesOf } from "./prism.js";
import { basePath, DEFAULT_HOST, DEFAULT_PORT, isProduct, PRODUCTS, type Product } from "./products.js";
import { answerFor, type Finding, headerValue, invalidFields, missingFields, requestProblem } from "./rules.js";
import { MockStartError } from "./start-error.js";

export { MockStartError };

export interface MockOptions {
  /** TCP port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 (never 0.0.0.0 unless asked). */
  host?: string;
  /** Serve only this product. Default: both, each under its base path. */
  product?: Product;
  /** Generate responses from the schemas instead of serving the named examples. Default false. */
  dynamic?: boolean;
  /** Receives one line per request: method, path, status, chosen example. Never headers or bodies. */
  log?: (line: string) => void;
  /**
   * `"examples"` (default): every valid request gets the spec's example. `"emulator"`: a stateful service, whose
   * codes must match, lockouts count down and tokens verify; `Prefer` still picks an example.
   */
  mode?: "examples" | "emulator";
  /** Emulator: the users of each product (default: the embedded set the banner lists). */
  users?: EmulatorUsers;
  /** Emulator: every code issued is this one (4 to 8 digits) instead of a random 6-digit one. */
  fixedCode?: string;
  /** Emulator: receives each code as it is issued (the CLI prints it, the target masked). */
  onCode?: EmulatorOptions["onCode"];
  /** Emulator: the clock in milliseconds, for tests that move time. Default `Date.now`. */
  now?: () => number;
}

/** The emulator's state, from the program that started it; the same as `/__idaas/codes` and `/__idaas/reset`. */
export type EmulatorHandle = Pick<Emulator, "codes" | "reset" | "users">;

export interface RunningMock {
  /** The origin, e.g. http://127.0.0.1:4010; each product is served under its base path on it. */
  url: string;
  /** The products served, in the spec's order. */
  products: readonly Product[];
  /** A served product's base URL, e.g. http://127.0.0.1:4010/eiam: what a client's `baseUrl` is set to. */
  baseUrl(product: Product): string;
  /** How it answers: the spec's examples, or the stateful emulator. */
  mode: "examples" | "emulator";
  /** The emulator's inbox, reset and users; undefined in examples mode. */
  emulator: EmulatorHandle | undefined;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const VALIDATION_HEADER = "X-Mock-Validation";
const EXAMPLE_HEADER = "X-Mock-Example";
// Header values must stay below common limits (Prism's own server caps its sl-violations header the same way).
const MAX_HEADER_LENGTH = 8 * 1024 - 100;
// Origin-form targets (/path?query) are resolved against it; absolute-form ones (http://host/path) keep their own.
const TARGET_BASE = "http://mock.invalid";

interface Reply {
  status: number;
  body?: unknown;
  example?: string;
  note?: string;
  headers?: Record<string, string>;
  findings?: Finding[];
}

/** One product as served: its base path, its endpoints and its own Prism. */
interface Site {
  product: Product;
  basePath: string;
  endpoints: Endpoint[];
  prism: Awaited<ReturnType<typeof createPrism>>;
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { product } = options;
  if (product !== undefined && !isProduct(product)) {
    throw new MockStartError(`unknown product "${product}"; expected one of ${PRODUCTS.join(", ")}`);
  }
  const products = product === undefined ? PRODUCTS : [product];
  return serveDocuments(Object.fromEntries(products.map((name) => [name, loadSpec(name)])), options);
}

/** Serves the given bundles (each product's parsed spec) on one port; startMock passes the published ones. */
export async function serveDocuments(
  documents: Partial<Record<Product, SpecDocument>>,
  options: Omit<MockOptions, "product"> = {},
): Promise<RunningMock> {
  const { port = DEFAULT_PORT, host = DEFAULT_HOST, dynamic = false, log, mode = "examples" } = options;
  if (mode !== "examples" && mode !== "emulator") {
    throw new MockStartError(`invalid mode "${String(mode)}"; expected "examples" or "emulator"`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MockStartError(`invalid port ${port}; expected an integer from 0 to 65535`);
  }
  if (log !== undefined && typeof log !== "function") {
    throw new MockStartError(`invalid log option; expected a function that receives each request line`);
  }
  const sites: Site[] = [];
  for (const product of PRODUCTS) {
    const document = documents[product];
    if (!document) continue;
    const prism = await createPrism(structuredClone(document), dynamic);
    sites.push({ product, basePath: basePath(product), endpoints: endpointsOf(document), prism });
  }
  const basePaths = sites.map((site) => site.basePath).join(", ");
  const { users, fixedCode, onCode, now } = options;
  const emulator = mode === "emulator" ? await createEmulator({ users, fixedCode, onCode, now }) : undefined;
  let origin = "";

  function siteOf(pathname: string): Site | undefined {
    return sites.find((site) => pathname === site.basePath || pathname.startsWith(`${site.basePath}/`));
  }

  async function respond(request: IncomingMessage, url: URL): Promise<Reply> {
    if (emulator && url.pathname.startsWith(ADMIN_PATH)) return administer(emulator, request, url);
    const site = siteOf(url.pathname);
    if (emulator && site && url.pathname === `${site.basePath}${JWKS_PATH}`) {
      if (request.method !== "GET") return notAllowed(request.method, "GET");
      return { status: 200, body: emulator.jwks(), note: "emulator JWKS" };
    }
    if (!site) {
      return mockError(
        404,
        "MOCK.NOT_FOUND",
        `No product at this path; this mock serves each under its base path: ${basePaths}`,
      );
    }
    const { endpoints, prism } = site;
    const path = url.pathname.slice(site.basePath.length) || "/";
    const method = request.method ?? "GET";
    const atPath = endpoints.filter((endpoint) => endpoint.operation.path === path);
    if (atPath.length === 0) {
      const served = endpoints
        .map(({ operation }) => `${operation.method} ${site.basePath}${operation.path}`)
        .join(", ");
      return mockError(404, "MOCK.NOT_FOUND", `No ${site.product} endpoint at this path; it serves ${served}`);
    }
    const allow = atPath.map((endpoint) => endpoint.operation.method).join(", ");
    if (method === "OPTIONS") return { status: 204, headers: { Allow: allow, "Access-Control-Allow-Methods": allow } };
    const endpoint = atPath.find((candidate) => candidate.operation.method === method);
    if (!endpoint) return notAllowed(method, allow);

    const raw = await readBody(request);
    if (raw === undefined) return mockError(413, "MOCK.TOO_LARGE", `The request body exceeds ${MAX_BODY_BYTES} bytes`);
    // An operation without a request body ignores whatever body comes, as servers do with a GET's.
    const { body, findings } = endpoint.operation.requestBody
      ? parseBody(raw, headerValue(request.headers, "content-type"))
      : NO_BODY();
    const headers = flatHeaders(request);
    const preferences = preferencesOf(headers, Object.fromEntries(url.searchParams));
    const pick = preferences instanceof Error ? preferences : pickOf(endpoint, preferences);
    if (pick instanceof Error) return mockError(422, "MOCK.PREFER", pick.message);

    // A request that already lacks a required field is answered by its rule, so Prism is asked without the
    // caller's preferences (it would look for the preferred example among its own 4xx fallbacks).
    const missing = missingFields(endpoint, request.headers, body);
    const prismAnswer = await prism.request(method, path, headers, body, missing.length > 0 ? {} : pick);
    const unreadable = [...findings]; // the body parser's findings: a body that is not JSON
    findings.push(
      ...missing.map(({ field }) => ({
        location: ["request", endpoint.fields.headers.includes(field) ? "header" : "body", field],
        code: "missing",
        message: `${field} is missing or blank`,
      })),
      // Prism's own "required" findings repeat the missing ones above, with less precise locations.
      ...prismAnswer.findings.filter((finding) => missing.length === 0 || finding.code !== "required"),
    );

    const problem =
      answerFor(endpoint, [...missing, ...invalidFields(endpoint, prismAnswer.invalid)]) ??
      requestProblem([...unreadable, ...prismAnswer.invalid]);
    if (problem) return { ...problem, findings };
    const preferred = Object.values(pick).some((preference) => preference !== undefined);
    if (emulator && !preferred) {
      const baseUrl = `${origin}${site.basePath}`;
      const answer = await emulator.answer({
        product: site.product,
        operation: endpoint.operation,
        headers,
        body,
        baseUrl,
      });
      return { ...answer, findings };
    }
    const example = pick.exampleKey ?? exampleNamed(endpoint, prismAnswer.status, prismAnswer.body);
    const generated = example === undefined && prismAnswer.body !== undefined;
    return {
      status: prismAnswer.status,
      body: prismAnswer.body,
      example,
      note: generated ? "dynamic" : undefined,
      findings,
    };
  }

  // Never rejects: whatever throws is answered with a 500 mock error, or ends the connection once the answer has
  // started, so no request can take the process down.
  async function handle(request: IncomingMessage, response: ServerResponse) {
    try {
      const target = request.url ?? "/";
      const url = URL.canParse(target, TARGET_BASE) ? new URL(target, TARGET_BASE) : undefined;
      const reply = url
        ? await respond(request, url).catch(prismFailure)
        : mockError(400, "MOCK.BAD_REQUEST", "The request target is neither a path nor a valid URL");
      // Logged before it is sent: a log function that throws gets the request a 500, not a cut connection.
      const { status, example = "-", note } = reply;
      log?.(`${request.method} ${url?.pathname ?? "-"} ${status} ${example}${note ? ` (${note})` : ""}`);
      send(request, response, reply);
    } catch (error) {
      if (response.headersSent) response.destroy();
      else send(request, response, mockError(500, "MOCK.INTERNAL", `The mock failed: ${messageOf(error)}`));
    }
  }

  const server = createServer((request, response) => void handle(request, response));
  // Requests Node cannot parse as HTTP (a bad method, a header line without a colon) never reach handle.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return void socket.destroy();
    const text = JSON.stringify({
      error_code: "MOCK.BAD_REQUEST",
      error_msg: `The request could not be read as HTTP (${error.code ?? "parse error"})`,
    });
    socket.end(
      "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n" +
        `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostInUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  origin = `http://${hostInUrl}:${address.port}`;
  return {
    url: origin,
    products: sites.map((site) => site.product),
    baseUrl(product) {
      const site = sites.find((candidate) => candidate.product === product);
      if (!site) throw new Error(`this mock does not serve "${product}"; it serves ${basePaths}`);
      return `${origin}${site.basePath}`;
    },
    mode,
    emulator: emulator && { codes: emulator.codes, reset: emulator.reset, users: emulator.users },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function administer(emulator: Emulator, request: IncomingMessage, url: URL): Reply {
  const route = url.pathname.slice(ADMIN_PATH.length);
  if (route === "codes") {
    if (request.method !== "GET") return notAllowed(request.method, "GET");
    const to = url.searchParams.get("to") ?? undefined;
    return { status: 200, body: { codes: emulator.codes(to) }, note: "emulator inbox" };
  }
  if (route === "reset") {
    if (request.method !== "POST") return notAllowed(request.method, "POST");
    emulator.reset();
    return { status: 204, note: "emulator reset" };
  }
  return mockError(
    404,
    "MOCK.NOT_FOUND",
    `No emulator route here; it has GET ${ADMIN_PATH}codes and POST ${ADMIN_PATH}reset`,
  );
}

function notAllowed(method: string | undefined, allow: string): Reply {
  return {
    ...mockError(405, "MOCK.METHOD_NOT_ALLOWED", `${method ?? "This method"} is not allowed here; use ${allow}`),
    headers: { Allow: allow },
  };
}

/** Completes Prism's preferences: an example name alone selects the response it is listed under. */
function pickOf(endpoint: Endpoint, preferences: Preferences): Preferences | Error {
  const { operationId } = endpoint.operation;
  const statuses = endpoint.operation.responses.map((response) => response.status);
  if (preferences.code !== undefined && !statuses.includes(preferences.code)) {
    return new Error(`${operationId} has no HTTP ${preferences.code} response; it documents ${statuses.join(", ")}`);
  }
  if (preferences.exampleKey === undefined) return preferences;
  const status = endpoint.exampleStatus.get(preferences.exampleKey);
  const names = outcomeNames(endpoint).join(", ");
  if (status === undefined) {
    return new Error(`${operationId} has no example "${preferences.exampleKey}"; pick one of ${names}`);
  }
  if (preferences.code !== undefined && preferences.code !== status) {
    return new Error(
      `example "${preferences.exampleKey}" of ${operationId} is an HTTP ${status} response, not ${preferences.code}`,
    );
  }
  return { ...preferences, code: status };
}

function exampleNamed(endpoint: Endpoint, status: number, body: unknown): string | undefined {
  const response = endpoint.operation.responses.find((candidate) => candidate.status === status);
  const text = JSON.stringify(body);
  return response?.examples.find((example) => JSON.stringify(example.value) === text)?.name;
}

interface ParsedBody {
  body: unknown;
  findings: Finding[];
}
const NO_BODY = (): ParsedBody => ({ body: undefined, findings: [] });

/** A body that is not JSON (or not sent as JSON) is treated as no body; the finding says why. */
function parseBody(raw: string, contentType: string | undefined): ParsedBody {
  if (raw.trim() === "") return NO_BODY();
  const notJson = (message: string) => ({
    body: undefined,
    findings: [{ location: ["request", "body"], code: "json", message }],
  });
  if (contentType !== undefined && !/[/+]json\b/i.test(contentType)) {
    return notJson("the request body is not sent as application/json");
  }
  try {
    return { body: JSON.parse(raw), findings: [] };
  } catch {
    // JSON.parse's message quotes the body, which may hold a secret: it is not passed on.
    return notJson("the request body is not valid JSON");
  }
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

function flatHeaders(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(", ") : String(value),
    ]),
  );
}

function send(request: IncomingMessage, response: ServerResponse, reply: Reply) {
  const headers: Record<string, string> = {
    "Access-Control-Allow-Origin": headerValue(request.headers, "origin") ?? "*",
    "Access-Control-Allow-Headers": headerValue(request.headers, "access-control-request-headers") ?? "*",
    "Access-Control-Expose-Headers": `${VALIDATION_HEADER}, ${EXAMPLE_HEADER}`,
    ...reply.headers,
  };
  if (reply.example) headers[EXAMPLE_HEADER] = reply.example;
  if (reply.findings?.length) headers[VALIDATION_HEADER] = headerSafe(JSON.stringify(reply.findings));
  const text = reply.body === undefined ? "" : JSON.stringify(reply.body);
  if (text) headers["Content-Type"] = "application/json";
  headers["Content-Length"] = String(Buffer.byteLength(text));
  response.writeHead(reply.status, headers);
  response.end(text);
}

// Prism failed to produce a response; its message names the cause and never holds request values.
const prismFailure = (error: unknown) => mockError(500, "MOCK.PRISM", messageOf(error));

function mockError(status: number, code: string, message: string): Reply {
  return { status, body: { error_code: code, error_msg: message } };
}

/** ASCII only (non-ASCII escaped as \uXXXX, still valid JSON) and capped in length. */
function headerSafe(json: string): string {
  const ascii = json.replaceAll(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return ascii.length > MAX_HEADER_LENGTH ? ascii.slice(0, MAX_HEADER_LENGTH) : ascii;
}

const oneLine = (text: string) => text.replaceAll(/\s+/g, " ").trim();
const messageOf = (error: unknown) => oneLine(error instanceof Error ? error.message : String(error));

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === "EADDRINUSE")
    return new MockStartError(`port ${port} on ${host} is already in use; pick another with --port`);
  if (error.code === "EACCES")
    return new MockStartError(`not allowed to listen on ${host}:${port}; pick a port above 1023`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
    return new MockStartError(`cannot listen on ${host}: no such local address`);
  }
  return new MockStartError(`cannot listen on ${host}:${port}: ${oneLine(error.message)}`);
}
