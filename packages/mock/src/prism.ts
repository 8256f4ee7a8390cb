// Prism, in-process, one per product bundle: its validator checks every request (the pipeline), and its negotiator
// picks the spec's example for the examples answerer (Prefer: code / example / dynamic), checking the answer too.
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createClientFromOperations } from "@stoplight/prism-http/dist/client.js";
import { validateInput } from "@stoplight/prism-http/dist/validator/index.js";
import { getHttpConfigFromRequest } from "@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js";
import type { Finding } from "./http/reply.js";

type ClientConfig = Parameters<typeof createClientFromOperations>[1];
type HttpOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

export interface Preferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

/** A request as Prism is given it: the path without the product's base path, headers lower-cased. */
export interface PrismRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface Validation {
  /** Everything Prism's validator said about the request, warnings included. */
  findings: Finding[];
  /** The findings that make the request invalid (errors, not warnings). */
  invalid: Finding[];
}

export interface PrismPick {
  status: number;
  body: unknown;
  /** What Prism's validator said about the answer it picked. */
  findings: Finding[];
}

export interface Prism {
  validate(request: PrismRequest): Validation;
  /** Asks Prism for the answer to a request already validated; throws Prism's ProblemJsonError when it has none. */
  pick(request: PrismRequest, preferences: Preferences): Promise<PrismPick>;
}

// @stoplight/types' DiagnosticSeverity.Error; warnings do not make Prism reject a request.
const SEVERITY_ERROR = 0;

// Prism logs through pino; the mock writes its own one-line log, so Prism's is silenced.
const silent = () => undefined;
const silentLogger = {
  level: "silent",
  trace: silent,
  debug: silent,
  info: silent,
  success: silent,
  warn: silent,
  error: silent,
  fatal: silent,
  child: () => silentLogger,
};

/** `document` is a parsed bundle; Prism dereferences it in place, so pass a copy nothing else reads. */
export async function createPrism(document: object, dynamic: boolean): Promise<Prism> {
  const operations = await getHttpOperationsFromSpec(document);
  // The pipeline has validated the request already: the negotiator is not told again.
  const config = {
    mock: { dynamic },
    checkSecurity: false,
    validateRequest: false,
    validateResponse: true,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
    logger: silentLogger,
  } as unknown as ClientConfig;
  const client = createClientFromOperations(operations, config);
  const operationAt = (method: string, path: string): HttpOperation => {
    const found = operations.find((operation) => operation.method === method.toLowerCase() && operation.path === path);
    if (!found) throw new Error(`Prism has no operation ${method} ${path}`);
    return found;
  };

  return {
    validate({ method, path, query, headers, body }) {
      const element = { method: method.toLowerCase(), url: { path, query }, headers, body };
      const result = validateInput({ resource: operationAt(method, path), element } as Parameters<
        typeof validateInput
      >[0]);
      const violations = result._tag === "Left" ? result.left : [];
      const findings = violations.map((violation) => toFinding("request", violation));
      const invalid = violations
        .filter((violation) => violation.severity === SEVERITY_ERROR)
        .map((violation) => toFinding("request", violation));
      return { findings, invalid };
    },
    async pick({ method, path, headers, body }, preferences) {
      const mock = { dynamic, ...withoutUndefined(preferences) };
      const request = { method: method.toLowerCase(), headers, body } as Parameters<typeof client.request>[1];
      const output = await client.request(path, request, { mock } as Partial<ClientConfig>);
      const findings = output.violations.output.map((violation) => toFinding("response", violation));
      return { status: output.status, body: output.data, findings };
    },
  };
}

/** Prism's reading of the Prefer header (or its __code / __example query parameters); an Error when malformed. */
export function preferencesOf(headers: Record<string, string>, query: Record<string, string>): Preferences | Error {
  const parsed = getHttpConfigFromRequest({ headers, url: { path: "/", query } });
  if (parsed._tag === "Left") return new Error(parsed.left.detail.replaceAll(/\s+/g, " "));
  return parsed.right;
}

function toFinding(
  side: "request" | "response",
  violation: { path?: (string | number)[]; code?: string | number; message: string },
): Finding {
  return {
    location: [side, ...(violation.path ?? []).map(String)],
    code: String(violation.code ?? ""),
    message: violation.message,
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
