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
  /** Replaces every secret value in `text` by `[redacted]` and every personal value by its mask. */
  text(text: string): string;
  /** A copy of `fields` with each value redacted or masked according to `kinds`. */
  fields(fields: Record<string, unknown>, kinds: Record<string, FieldKind>): Record<string, unknown>;
}

export function createScrubber(values: ReadonlyArray<readonly [FieldKind, string | undefined]>): Scrubber {
  const replacements = values
    .filter(
      (entry): entry is [FieldKind, string] => entry[0] !== "plain" && typeof entry[1] === "string" && entry[1] !== "",
    )
    .map(([kind, value]) => [value, mask(kind, value)] as const)
    // Longest first, so a value that contains another is replaced whole.
    .sort((a, b) => b[0].length - a[0].length);
  return {
    text(text) {
      let result = text;
      for (const [value, replacement] of replacements) result = result.split(value).join(replacement);
      return result;
    },
    fields(fields, kinds) {
      const result: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) {
        const kind = kinds[key] ?? "secret";
        result[key] = typeof value === "string" ? this.text(mask(kind, value)) : kind === "plain" ? value : REDACTED;
      }
      return result;
    },
  };
}
