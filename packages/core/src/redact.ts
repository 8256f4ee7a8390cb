// Masking and scrubbing of personal data and credentials before anything leaves the SDK as text.

/** How a request field is treated in logs and errors. */
export type FieldKind = "secret" | "mobile" | "email" | "plain";

export const REDACTED = "[redacted]";

/** `13812345678` → `138****5678`; short values keep at most their first and last character. */
export function maskMobile(mobile: string): string {
  if (mobile.length >= 8) return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  return mobile.length > 2 ? `${mobile[0]}****${mobile.slice(-1)}` : "****";
}

/** `zhangsan@qq.com` → `z***@qq.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

function mask(kind: FieldKind, value: string): string {
  if (kind === "secret") return REDACTED;
  if (kind === "mobile") return maskMobile(value);
  if (kind === "email") return maskEmail(value);
  return value;
}

/** The values of one call that must never be shown, and the masks of the personal ones. */
export interface Scrubber {
  /** Replaces the call's secret values in `text` by `[redacted]` and its personal values by their masks. */
  text(text: string): string;
  /** A copy of `fields` with each value redacted or masked according to `kinds`. */
  fields(fields: Record<string, unknown>, kinds: Readonly<Record<string, FieldKind>>): Record<string, unknown>;
}

/**
 * The redaction rule for text (messages, causes): a value of 8 characters or more is replaced wherever it occurs;
 * one of 4 to 7 characters only where it stands as a whole token (not inside a longer run of letters and digits);
 * a value shorter than 4 characters is not searched for, since replacing it would garble ordinary words and numbers
 * ("Remaining times: 9") while hiding nothing worth hiding. Log fields and headers are redacted whole, whatever
 * their length.
 */
export const MIN_SCRUBBED_LENGTH = 4;
const MIN_SUBSTRING_LENGTH = 8;

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function createScrubber(values: ReadonlyArray<readonly [FieldKind, unknown]>): Scrubber {
  const replacements = values
    .filter(
      (entry): entry is [FieldKind, string] =>
        entry[0] !== "plain" && typeof entry[1] === "string" && entry[1].length >= MIN_SCRUBBED_LENGTH,
    )
    // Longest first, so a value that contains another is replaced whole.
    .sort((a, b) => b[1].length - a[1].length)
    .map(([kind, value]) => {
      const replacement = mask(kind, value);
      if (value.length >= MIN_SUBSTRING_LENGTH) return (text: string) => text.split(value).join(replacement);
      const token = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, "gu");
      return (text: string) => text.replace(token, () => replacement);
    });
  return {
    text(text) {
      let result = text;
      for (const replace of replacements) result = replace(result);
      return result;
    },
    fields(fields, kinds) {
      const result: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) {
        const kind = kinds[key] ?? "secret";
        result[key] =
          kind === "secret"
            ? REDACTED
            : typeof value === "string"
              ? this.text(mask(kind, value))
              : kind === "plain"
                ? value
                : REDACTED;
      }
      return result;
    },
  };
}

/** Longest server text (a message) that goes into an error. */
export const MAX_SERVER_TEXT = 200;
/** Longest server name (an error code, a `status` value, a media type) that goes into an error. */
export const MAX_SERVER_NAME = 60;

/** `text`, cut to `max` characters with an ellipsis when longer. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Server text made fit for an error message: scrubbed, control characters replaced, cut to `max` characters. */
export function serverText(text: string, scrub: Scrubber, max: number = MAX_SERVER_TEXT): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = scrub.text(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
  return clip(clean, max);
}
