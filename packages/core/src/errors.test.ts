import { describe, expect, it } from "vitest";
import { IdaasApiError, isIdaasApiError } from "./errors.js";

describe("isIdaasApiError", () => {
  it("narrows by class and code", () => {
    const error = new IdaasApiError({ operation: "op", httpStatus: 400, code: "E1", message: "m" });
    expect(isIdaasApiError(error)).toBe(true);
    expect(isIdaasApiError(error, "E1")).toBe(true);
    expect(isIdaasApiError(error, "E2")).toBe(false);
    expect(isIdaasApiError(new Error("E1"))).toBe(false);
    expect(String(error)).toBe("IdaasApiError: m");
  });
});
