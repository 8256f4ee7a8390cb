// One answer of the mock, whatever produced it (the HTTP layer, the pipeline, an answerer), and the mock's own error
// catalogue: the MOCK.* codes it answers where the spec documents no vendor error. The error body's field names are
// the spec's (`x-idaas-sdk-error-field` on its ErrorResponse schema), as the clients read them.
import { errorFieldsOf, loadSpec, PRODUCTS } from "@idaas-sdk/spec";

/** One finding about the request or the answer, as the X-Mock-Validation header reports it: never a value. */
export interface Finding {
  location: string[];
  code: string;
  message: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** The spec example answered, named in the X-Mock-Example header and the log line. */
  example?: string;
  /** For the log line: what decided the answer ("emulator SUCCESS", "missing password"). Never a value. */
  note?: string;
  /** What Prism and the mock's own checks found about the request and the answer. */
  findings?: Finding[];
  /** The emulator's own routes answer only the machine they run on: no CORS headers. Default false. */
  private?: boolean;
}

/** The mock's own error codes (`MOCK.<name>`), each with its HTTP status and when it is answered. */
export const MOCK_ERRORS = {
  BAD_REQUEST: {
    status: 400,
    when: "a request target that is neither a path nor a URL, or a request that is not HTTP",
  },
  FORBIDDEN_HOST: {
    status: 403,
    when: "a Host header that names neither a loopback address nor the host the mock binds",
  },
  FORBIDDEN_ORIGIN: { status: 403, when: "a web page of another site calling the emulator's own routes (/__idaas/)" },
  NOT_FOUND: { status: 404, when: "a path under no base path, or no endpoint of the product at it" },
  METHOD_NOT_ALLOWED: { status: 405, when: "the path exists with another method (see the Allow header)" },
  TOO_LARGE: { status: 413, when: "a request body over 1 MiB" },
  PREFER: { status: 422, when: "a Prefer that is malformed or names no outcome of the endpoint" },
  MISSING_PARAMETER: {
    status: 400,
    when: "a required header or body field is missing or blank, and the spec documents no vendor error for it",
  },
  INVALID_PARAMETER: {
    status: 400,
    when: "a header or body field has a value the schema rejects, and the spec documents no vendor error for it",
  },
  INVALID_REQUEST: { status: 400, when: "a problem tied to no parameter (a body that is not a JSON object)" },
  PASSWORD_POLICY: {
    status: 400,
    when: "emulator: a new password the tenant's policy refuses (no page documents the service's code)",
  },
  WRONG_PASSWORD: {
    status: 400,
    when: "emulator, EIAM: a wrong user name or password (no EIAM page documents the service's code)",
  },
  USER_EXISTS: {
    status: 400,
    when: "emulator: a registration, or a new mobile or email, that another user has (no page documents the code)",
  },
  NO_MOBILE: {
    status: 400,
    when: "emulator, EIAM getMobileByStateToken: the user has no mobile number (no page says what the service answers)",
  },
  PRISM: { status: 500, when: "Prism could not produce an answer" },
  INTERNAL: { status: 500, when: "anything else failed (a bug in the mock, or a log function that throws)" },
} as const satisfies Record<string, { status: number; when: string }>;

export type MockErrorName = keyof typeof MOCK_ERRORS;

/** The `error_code` of a mock error: `MOCK.<name>`. */
export const mockCode = (name: MockErrorName) => `MOCK.${name}` as const;

let fields: { code: string; message: string } | undefined;
/** The error body's field names: both products share the spec's one components tree, so either document tells. */
function errorFields() {
  fields ??= errorFieldsOf(loadSpec(PRODUCTS[0] ?? "eiam"));
  return fields;
}

/** An error body as the vendor's: `{ error_code, error_msg }`, field names from the spec. */
export function errorBody(code: string, message: string): Record<string, string> {
  const { code: codeField, message: messageField } = errorFields();
  return { [codeField]: code, [messageField]: message };
}

/** The error code of an answer's body, when it is an error body. */
export function errorCodeOf(body: unknown): string | undefined {
  const code = (body as Record<string, unknown> | undefined)?.[errorFields().code];
  return typeof code === "string" ? code : undefined;
}

/** A mock-owned error answer: its catalogue status, `MOCK.<name>` and the message. */
export function mockError(name: MockErrorName, message: string): Reply {
  return { status: MOCK_ERRORS[name].status, body: errorBody(mockCode(name), message), note: mockCode(name) };
}

export function notAllowed(method: string | undefined, allow: string): Reply {
  return {
    ...mockError("METHOD_NOT_ALLOWED", `${method ?? "This method"} is not allowed here; use ${allow}`),
    headers: { Allow: allow },
  };
}

const oneLine = (text: string) => text.replaceAll(/\s+/g, " ").trim();
/** An error's message on one line, for a mock error or a start error. */
export const messageOf = (error: unknown) => oneLine(error instanceof Error ? error.message : String(error));
