import { describe, it } from "vitest";
import type { CallOptions } from "./transport.js";

declare const call: (options?: CallOptions) => void;

describe("CallOptions", () => {
  it("take a device per call, of the fields the SDK knows", () => {
    call({ device: { fingerprint: "f", ip: "203.0.113.7" }, timeoutMs: 5_000, signal: AbortSignal.timeout(1) });
    // @ts-expect-error a device field the SDK does not know
    call({ device: { fingerPrint: "f" } });
  });
});
