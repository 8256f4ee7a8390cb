// Events given to the optional `logger`. Every value in them is already redacted: credentials are
// `[redacted]`, mobile numbers and emails are masked.

export type LogEvent =
  | {
      type: "request";
      operation: string;
      attempt: number;
      method: string;
      url: string;
      headers: Record<string, string>;
      body?: Record<string, unknown>;
    }
  | { type: "response"; operation: string; attempt: number; httpStatus: number; elapsedMs: number }
  | { type: "retry"; operation: string; attempt: number; delayMs: number; reason: string }
  | { type: "error"; operation: string; error: string };

export type Logger = (event: LogEvent) => void;

/** Calls the logger; a logger that throws must not break the call. */
export function emit(logger: Logger | undefined, event: LogEvent): void {
  if (!logger) return;
  try {
    logger(event);
  } catch {
    // ignored on purpose
  }
}
