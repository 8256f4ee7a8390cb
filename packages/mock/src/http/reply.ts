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

/** The mock's own error codes (`MOCK.<name>`) and their HTTP statuses; the README says when each is answered. */
export const MOCK_ERRORS = {
  BAD_REQUEST: 400,
  FORBIDDEN_HOST: 403,
  FORBIDDEN_ORIGIN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  TOO_LARGE: 413,
  PREFER: 422,
  MISSING_PARAMETER: 400,
  INVALID_PARAMETER: 400,
  INVALID_REQUEST: 400,
  PASSWORD_POLICY: 400,
  WRONG_PASSWORD: 400,
  USER_EXISTS: 400,
  NO_MOBILE: 400,
  PRISM: 500,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

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
  return { status: MOCK_ERRORS[name], body: errorBody(mockCode(name), message), note: mockCode(name) };
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
