import { describe, expectTypeOf, it } from "vitest";
import type { DocumentedStatuses, ErrorCodeOf, WithInjectedHeaders } from "./types.js";

// A neutral operation shaped like openapi-typescript output.
interface Op {
  parameters: { header: { "X-app": string; "X-token": string; "X-opt"?: string } };
  responses: {
    200: { content: { "application/json": { ok: true } } };
    400: { content: { "application/json": { code: "A" | "B"; msg: string } } };
    503: { content: { "application/json": { code: "C"; msg: string } } };
  };
}
interface Paths {
  "/thing": { parameters: { header?: never }; post: Op };
}

describe("core type helpers", () => {
  it("ErrorCodeOf collects the codes of 4xx and 5xx answers", () => {
    expectTypeOf<ErrorCodeOf<Op, "code">>().toEqualTypeOf<"A" | "B" | "C">();
  });
  it("DocumentedStatuses needs every status", () => {
    expectTypeOf<DocumentedStatuses<Op>>().toEqualTypeOf<{ 200: true; 400: true; 503: true }>();
  });
  it("WithInjectedHeaders makes the injected headers optional and keeps the others", () => {
    type Header = WithInjectedHeaders<Paths, "X-app">["/thing"]["post"]["parameters"]["header"];
    expectTypeOf<Header>().toEqualTypeOf<{ "X-token": string; "X-opt"?: string; "X-app"?: string }>();
    type AllInjected = WithInjectedHeaders<Paths, "X-app" | "X-token">["/thing"]["post"]["parameters"];
    expectTypeOf<AllInjected>().toEqualTypeOf<{
      header?: { "X-opt"?: string; "X-app"?: string; "X-token"?: string };
    }>();
  });
});
