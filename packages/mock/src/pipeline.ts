// Every request to a product goes the same way: its site (the product under whose base path it is) → its endpoint
// (path and method) → its body (capped, JSON) → its Prefer → Prism's validation and the request rules → an
// answerer. An invalid request is answered here, as the real service would; only a valid one reaches an answerer:
// the examples answerer when Prefer asks for an outcome or in the examples mode, else the emulator's.
import type { Endpoint } from "./endpoints.js";
import { outcomeNames } from "./endpoints.js";
import { type Finding, mockError, notAllowed, type Reply } from "./http/reply.js";
import type { Handler, IncomingCall } from "./http/server.js";
import { MAX_BODY_BYTES } from "./http/server.js";
import type { Preferences, Prism, PrismRequest } from "./prism.js";
import { preferencesOf } from "./prism.js";
import type { Product } from "./products.js";
import { answerFor, invalidFields, missingFields, requestProblem, tooLongFields } from "./request-rules.js";

/** One product as served: its base path, its endpoints and its own Prism. */
export interface Site {
  product: Product;
  basePath: string;
  endpoints: Endpoint[];
  prism: Prism;
}

/** A request Prism and the request rules found valid, on its way to an answerer. */
export interface ValidCall {
  site: Site;
  endpoint: Endpoint;
  request: PrismRequest;
  /** What Prefer asked for (complete: an example name comes with its status). */
  preferences: Preferences;
  /** The product's base URL on this mock, e.g. http://127.0.0.1:4010/ciam. */
  baseUrl: string;
  /** Prism's warnings about the request (a valid request has no errors). */
  findings: Finding[];
}

export interface Answerer {
  answer(call: ValidCall): Promise<Reply>;
}

/** Routes of their own (the emulator's inbox and JWKS), tried before the products'; undefined: not theirs. */
export type Routes = (call: IncomingCall, sites: readonly Site[]) => Promise<Reply | undefined>;

export interface PipelineOptions {
  sites: readonly Site[];
  /** Answers what Prefer asks for, and everything in the examples mode. */
  examples: Answerer;
  /** Answers a valid request without Prefer, in the emulator mode. */
  stateful?: Answerer;
  routes?: Routes;
  /** The origin the server listens on, known once it does. */
  origin(): string;
}

export function createPipeline(options: PipelineOptions): Handler {
  const { sites, examples, stateful, routes, origin } = options;
  const basePaths = sites.map((site) => site.basePath).join(", ");
  const siteOf = (pathname: string) =>
    sites.find((site) => pathname === site.basePath || pathname.startsWith(`${site.basePath}/`));

  return async (call) => {
    const routed = await routes?.(call, sites);
    if (routed) return routed;
    const site = siteOf(call.url.pathname);
    if (!site) {
      return mockError("NOT_FOUND", `No product at this path; this mock serves each under its base path: ${basePaths}`);
    }
    const path = call.url.pathname.slice(site.basePath.length) || "/";
    const found = endpointOf(site, path, call.method);
    if (!("endpoint" in found)) return found;
    const { endpoint } = found;

    const raw = await call.body();
    if (raw === undefined) return mockError("TOO_LARGE", `The request body exceeds ${MAX_BODY_BYTES} bytes`);
    // An operation without a request body ignores whatever body comes, as servers do with a GET's.
    const parsed = endpoint.operation.requestBody ? parseBody(raw, call.headers["content-type"]) : NO_BODY();
    const query = Object.fromEntries(call.url.searchParams);
    const asked = preferencesOf(call.headers, query);
    const preferences = asked instanceof Error ? asked : completed(endpoint, asked);
    if (preferences instanceof Error) return mockError("PREFER", preferences.message);

    const request: PrismRequest = { method: call.method, path, query, headers: call.headers, body: parsed.body };
    const missing = missingFields(endpoint, call.headers, parsed.body);
    const tooLong = tooLongFields(endpoint, call.headers, parsed.body);
    const validation = site.prism.validate(request);
    const findings: Finding[] = [
      ...parsed.findings,
      ...missing.map(({ field }) => ({
        location: ["request", endpoint.fields.headers.includes(field) ? "header" : "body", field],
        code: "missing",
        message: `${field} is missing or blank`,
      })),
      ...tooLong.findings,
      // Prism's own "required" findings repeat the missing ones above, with less precise locations.
      ...validation.findings.filter((finding) => missing.length === 0 || finding.code !== "required"),
    ];
    const problem =
      answerFor(endpoint, [...missing, ...tooLong.offences, ...invalidFields(endpoint, validation.invalid)]) ??
      requestProblem([...parsed.findings, ...validation.invalid]);
    if (problem) return { ...problem, findings };

    const preferred = Object.values(preferences).some((preference) => preference !== undefined);
    const answerer = preferred || !stateful ? examples : stateful;
    const baseUrl = `${origin()}${site.basePath}`;
    return answerer.answer({ site, endpoint, request, preferences, baseUrl, findings });
  };
}

/** The endpoint at the path for the method; else the 404, the 405 or the preflight's answer. */
function endpointOf(site: Site, path: string, method: string): { endpoint: Endpoint } | Reply {
  const atPath = site.endpoints.filter((endpoint) => endpoint.operation.path === path);
  if (atPath.length === 0) {
    const served = site.endpoints
      .map(({ operation }) => `${operation.method} ${site.basePath}${operation.path}`)
      .join(", ");
    return mockError("NOT_FOUND", `No ${site.product} endpoint at this path; it serves ${served}`);
  }
  const allow = atPath.map((endpoint) => endpoint.operation.method).join(", ");
  if (method === "OPTIONS") return { status: 204, headers: { Allow: allow, "Access-Control-Allow-Methods": allow } };
  const endpoint = atPath.find((candidate) => candidate.operation.method === method);
  return endpoint ? { endpoint } : notAllowed(method, allow);
}

/** Completes Prism's preferences: an example name alone selects the response it is listed under. */
function completed(endpoint: Endpoint, preferences: Preferences): Preferences | Error {
  const { operationId } = endpoint.operation;
  const statuses = endpoint.operation.responses.map((response) => response.status);
  if (preferences.code !== undefined && !statuses.includes(preferences.code)) {
    return new Error(`${operationId} has no HTTP ${preferences.code} response; it documents ${statuses.join(", ")}`);
  }
  if (preferences.exampleKey === undefined) return preferences;
  const status = endpoint.exampleStatus.get(preferences.exampleKey);
  if (status === undefined) {
    const names = outcomeNames(endpoint).join(", ");
    return new Error(`${operationId} has no example "${preferences.exampleKey}"; pick one of ${names}`);
  }
  if (preferences.code !== undefined && preferences.code !== status) {
    return new Error(
      `example "${preferences.exampleKey}" of ${operationId} is an HTTP ${status} response, not ${preferences.code}`,
    );
  }
  return { ...preferences, code: status };
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
