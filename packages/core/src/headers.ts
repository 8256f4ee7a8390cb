import { IdaasConfigError } from "./errors.js";
import { clip, REDACTED } from "./redact.js";

/**
 * Throws when `value` cannot travel in an HTTP header as it is: empty, a control character (line breaks, NUL, DEL
 * and the rest), white space at either end (fetch would trim it silently), or a character outside Latin-1.
 * The message names the argument and the header, never the value: header values are often credentials.
 */
export function checkHeaderValue(field: string, header: string, value: unknown): void {
  if (typeof value !== "string" || value === "") {
    throw new IdaasConfigError(field, `must be a non-empty string: it is sent as header ${header}`);
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) {
      throw new IdaasConfigError(
        field,
        `contains a control character (position ${i + 1}), which header ${header} cannot carry`,
      );
    }
    if (code > 0xff) {
      throw new IdaasConfigError(
        field,
        `contains a character outside Latin-1 (position ${i + 1}), which header ${header} cannot carry; encode it first`,
      );
    }
  }
  if (value.trim() !== value) {
    throw new IdaasConfigError(field, `starts or ends with white space, which header ${header} would lose`);
  }
}

/** The media type header of a request body: the SDK sets it, never the caller. */
export const CONTENT_TYPE = "content-type";

/** An HTTP field name (RFC 9110 token). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Checks the per-call `headers` option: a plain object of header names to string values, none of them a header
 * the SDK sets itself (`managed`, lower-case: the option and argument headers, secret ones, the content type), no
 * name given twice. Messages name the header, never its value.
 */
export function checkCallHeaders(
  field: string,
  headers: unknown,
  managed: ReadonlySet<string>,
): Record<string, string> {
  const prototype = typeof headers === "object" && headers !== null ? Object.getPrototypeOf(headers) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new IdaasConfigError(field, "must be a plain object of header names to string values");
  }
  const checked: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (!TOKEN.test(name))
      throw new IdaasConfigError(field, `has an invalid header name ${clip(JSON.stringify(name), 60)}`);
    const where = `${field}.${name}`;
    const lower = name.toLowerCase();
    if (managed.has(lower)) {
      throw new IdaasConfigError(where, "is a header the SDK sets itself (a client option or call argument)");
    }
    const twin = seen.get(lower);
    if (twin !== undefined) throw new IdaasConfigError(where, `is given twice (also as ${twin})`);
    seen.set(lower, name);
    checkHeaderValue(where, name, value);
    checked[name] = value as string;
  }
  return checked;
}

/** Header values as the logger sees them: names kept, secret values replaced, the others scrubbed of secrets. */
export function redactHeaders(
  headers: Headers,
  secretHeaders: ReadonlySet<string>,
  scrub: (text: string) => string,
): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = secretHeaders.has(name.toLowerCase()) ? REDACTED : scrub(value);
  });
  return result;
}
