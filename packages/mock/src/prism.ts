// Prism, in-process: its operations are read from a product's bundled spec, its client validates the request,
// negotiates the response (Prefer: code / example / dynamic) and validates the result.

import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createClientFromOperations } from "@stoplight/prism-http/dist/client.js";
import { getHttpConfigFromRequest } from "@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js";
import type { Finding } from "./rules.js";

type ClientConfig = Parameters<typeof createClientFromOperations>[1];

export interface Preferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

export interface PrismAnswer {
  status: number;
  body: unknown;
  /** Everything Prism's validator said about the request and the response. */
  findings: Finding[];
  /** The request findings that made Prism judge the request invalid (and answer one of its 4xx fallbacks). */
  invalid: Finding[];
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
export async function createPrism(document: object, dynamic: boolean) {
  const operations = await getHttpOperationsFromSpec(document);
  const config = {
    mock: { dynamic },
    checkSecurity: false,
    validateRequest: true,
    validateResponse: true,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
    logger: silentLogger,
  } as unknown as ClientConfig;
  const client = createClientFromOperations(operations, config);

  return {
    /** Asks Prism for the response; throws Prism's ProblemJsonError when it cannot give one. */
    async request(
      method: string,
      path: string,
      headers: Record<string, string>,
      body: unknown,
      preferences: Preferences,
    ): Promise<PrismAnswer> {
      const mock = { dynamic, ...withoutUndefined(preferences) };
      const request = { method: method.toLowerCase(), headers, body } as Parameters<typeof client.request>[1];
      const output = await client.request(path, request, { mock } as Partial<ClientConfig>);
      const { input } = output.violations;
      const findings = [
        ...input.map((violation) => toFinding("request", violation)),
        ...output.violations.output.map((violation) => toFinding("response", violation)),
      ];
      const invalid = input
        .filter((violation) => violation.severity === SEVERITY_ERROR)
        .map((violation) => toFinding("request", violation));
      return { status: output.status, body: output.data, findings, invalid };
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
