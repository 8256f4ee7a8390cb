// Requests no client should send, over a raw socket: each gets a JSON 4xx mock error and the mock keeps serving.
import { listOperations, loadSpec } from "@idaas-sdk/spec";
import { createValidator } from "@idaas-sdk/spec/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "./index.js";
import { call, exampleBody, exampleHeaders, rawCall } from "./test-support/requests.js";

const spec = loadSpec("all");
const validator = createValidator(spec);
const errorResponse = { $ref: "#/components/schemas/ErrorResponse" };
const operation = listOperations(spec).find((candidate) => candidate.operationId === "loginWithMobilePassword");
if (!operation) throw new Error("no loginWithMobilePassword");
const { path } = operation;
const documented = (target: string) => [
  `POST ${target} HTTP/1.1`,
  "Host: x",
  ...Object.entries(exampleHeaders(operation)).map(([name, value]) => `${name}: ${value}`),
];
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock.close());

describe("a malformed request gets a JSON 4xx mock error, and the mock keeps serving", () => {
  it.each([
    { head: ["POST http://a:99999/ HTTP/1.1", "Host: x"], status: 400, code: "MOCK.BAD_REQUEST" },
    { head: ["POST http://[/ HTTP/1.1", "Host: x"], status: 400, code: "MOCK.BAD_REQUEST" },
    { head: [`OPTIONS http://a:99999${path} HTTP/1.1`, "Host: x"], status: 400, code: "MOCK.BAD_REQUEST" },
    { head: ["GET * HTTP/1.1", "Host: x"], status: 404, code: "MOCK.NOT_FOUND" },
    { head: [`POST ${path}%zz HTTP/1.1`, "Host: x"], status: 404, code: "MOCK.NOT_FOUND" },
    { head: ["POST /%zz?%zz=%zz HTTP/1.1", "Host: x"], status: 404, code: "MOCK.NOT_FOUND" },
    { head: ["BREW / HTTP/1.1", "Host: x"], status: 400, code: "MOCK.BAD_REQUEST" },
    { head: [`POST ${path} HTTP/1.1`, "Host: x", "no colon here"], status: 400, code: "MOCK.BAD_REQUEST" },
  ])("$head.0 → $status $code", async ({ head, status, code }) => {
    const answer = await rawCall(mock.url, head.join("\r\n"));
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.json).toMatchObject({ error_code: code });
    expect(validator.validateSchema(errorResponse, answer.json)).toEqual([]);
  });

  it("an absolute-form target is routed by its path", async () => {
    const target = `http://127.0.0.1:4010${path}`;
    const answer = await rawCall(mock.url, documented(target).join("\r\n"), JSON.stringify(exampleBody(operation)));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-mock-example")).toBe("success");
  });

  it("after them all, the same mock still answers a preflight and a documented request", async () => {
    const preflight = await fetch(`${mock.url}${path}`, { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    const answer = await call(mock.url, operation, {
      headers: exampleHeaders(operation),
      body: exampleBody(operation),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-mock-example")).toBe("success");
  });
});

describe("an unexpected failure", () => {
  it("a log function that throws gets the request a 500 MOCK.INTERNAL, and the mock keeps serving", async () => {
    let calls = 0;
    const failing = await startMock({
      port: 0,
      log: () => {
        calls += 1;
        if (calls === 1) throw new Error("log sink is down");
      },
    });
    try {
      const answer = await call(failing.url, operation, {
        headers: exampleHeaders(operation),
        body: exampleBody(operation),
      });
      expect(answer.status).toBe(500);
      expect(answer.json).toEqual({ error_code: "MOCK.INTERNAL", error_msg: "The mock failed: log sink is down" });
      expect(validator.validateSchema(errorResponse, answer.json)).toEqual([]);
      const again = await call(failing.url, operation, {
        headers: exampleHeaders(operation),
        body: exampleBody(operation),
      });
      expect(again.status).toBe(200);
    } finally {
      await failing.close();
    }
  });
});
