import { IdaasConfigError } from "./errors.js";
import { REDACTED } from "./redact.js";

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

/** Header values as the logger sees them: names kept, secret values replaced. */
export function redactHeaders(headers: Headers, secretHeaders: ReadonlySet<string>): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = secretHeaders.has(name.toLowerCase()) ? REDACTED : value;
  });
  return result;
}
