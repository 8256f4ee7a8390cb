// The opt-in retry policy's timing: Retry-After read as delay-seconds or an HTTP date, exponential backoff.
import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "./retry.js";

describe("retry timing", () => {
  it.each([
    ["3", 3000],
    ["0", 0],
    ["", undefined],
    ["soon", undefined],
  ])("Retry-After %j → %s ms", (value, ms) => expect(parseRetryAfter(value, 0)).toBe(ms));
  it("reads an HTTP date", () => expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:05 GMT", 1000)).toBe(4000));
  it.each([
    "Fri, 01 Jan 1970 00:00:05 GMT", // a weekday that is not the date's
    "Thu, 1 Jan 1970 00:00:05 GMT", // one-digit day
    "Thursday, 01-Jan-70 00:00:05 GMT", // RFC 850, obsolete
    "Thu Jan  1 00:00:05 1970", // asctime, obsolete
    "Thu, 01 Jan 1970 00:00:05 +0000",
    "Invalid Date",
  ])("treats %j as absent: only an IMF-fixdate counts", (value) => expect(parseRetryAfter(value, 0)).toBeUndefined());
  it("backs off exponentially with jitter, up to maxDelayMs", () => {
    const options = { retries: 9, minDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 1))).toEqual([100, 200, 400, 800, 1000]);
  });
});
