// The emulator's durations that callers give: lifetimes (idTokenTtl, sessionTtl) and clock steps.

/** The longest lifetime or clock step the emulator takes: ten years, in seconds. */
export const MAX_TTL_SECONDS = 10 * 365 * 24 * 3600;

/** A clock step: a whole number of seconds from 1 to ten years; else a one-line error saying so. */
export function checkedSeconds(seconds: unknown): number {
  if (typeof seconds === "number" && Number.isInteger(seconds) && seconds >= 1 && seconds <= MAX_TTL_SECONDS)
    return seconds;
  throw new RangeError(`seconds must be a whole number from 1 to ${MAX_TTL_SECONDS}, got ${JSON.stringify(seconds)}`);
}
