import { IdaasConfigError } from "./errors.js";

/**
 * Throws when `value` cannot travel in an HTTP header (line break, NUL, or a character outside Latin-1).
 * The message names the argument and the header, never the value: header values are often credentials.
 */
export function checkHeaderValue(field: string, header: string, value: unknown): void {
  if (typeof value !== "string" || value === "") {
    throw new IdaasConfigError(field, `must be a non-empty string: it is sent as header ${header}`);
  }
  if (/[\r\n\0]/.test(value)) {
    throw new IdaasConfigError(field, `contains a line break or NUL character, which header ${header} cannot carry`);
  }
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 0xff) {
      throw new IdaasConfigError(
        field,
        `contains a character outside Latin-1 (position ${i + 1}), which header ${header} cannot carry; encode it first`,
      );
    }
  }
}

/** Header values as the logger sees them: names kept, secret values replaced. */
export function redactHeaders(headers: Headers, secretHeaders: ReadonlySet<string>): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = secretHeaders.has(name.toLowerCase()) ? "[redacted]" : value;
  });
  return result;
}
