// Requests no client should send, over a raw socket: each gets a JSON 4xx mock error and the mock keeps serving.
import { exampleHeaders } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "./index.js";
import { ERROR_RESPONSE } from "./test-support/expected.js";
import { exampleRequest, operations, rawCall, send, validatorOf } from "./test-support/requests.js";

// A POST with a success example: its documented request is sent in a raw request too.
const operation = operations.find(
  (candidate) => candidate.method === "POST" && candidate.responses[0]?.examples[0]?.name === "success",
);
if (!operation) throw new Error("no POST operation with a success example");
const validator = validatorOf(operation.product);
let mock: RunningMock;
let path = "";

beforeAll(async () => {
  mock = await startMock({ port: 0 });
  path = `${new URL(mock.baseUrl(operation.product)).pathname}${operation.path}`;
});
afterAll(() => mock.close());

const documented = (target: string) => [
  `POST ${target} HTTP/1.1`,
  "Host: 127.0.0.1",
  ...Object.entries(exampleHeaders(operation)).map(([name, value]) => `${name}: ${value}`),
];

describe("a malformed request gets a JSON 4xx mock error, and the mock keeps serving", () => {
  // `path` is the operation's path under its product's base path, known once the mock runs.
  it.each([
    {
      name: "a port out of range",
      head: () => ["POST http://a:99999/ HTTP/1.1"],
      status: 400,
      code: "MOCK.BAD_REQUEST",
    },
    { name: "a bad host", head: () => ["POST http://[/ HTTP/1.1"], status: 400, code: "MOCK.BAD_REQUEST" },
    {
      name: "a preflight to a bad absolute URL",
      head: () => [`OPTIONS http://a:99999${path} HTTP/1.1`],
      status: 400,
      code: "MOCK.BAD_REQUEST",
    },
    { name: "the asterisk form", head: () => ["GET * HTTP/1.1"], status: 404, code: "MOCK.NOT_FOUND" },
    { name: "a bad escape in a path", head: () => [`POST ${path}%zz HTTP/1.1`], status: 404, code: "MOCK.NOT_FOUND" },
    { name: "bad escapes", head: () => ["POST /%zz?%zz=%zz HTTP/1.1"], status: 404, code: "MOCK.NOT_FOUND" },
    { name: "an unknown method", head: () => ["BREW / HTTP/1.1"], status: 400, code: "MOCK.BAD_REQUEST" },
    {
      name: "a header line without a colon",
      head: () => [`POST ${path} HTTP/1.1`, "no colon here"],
      status: 400,
      code: "MOCK.BAD_REQUEST",
    },
  ])("$name → $status $code", async ({ head, status, code }) => {
    const [requestLine = "", ...rest] = head();
    const answer = await rawCall(mock.url, [requestLine, "Host: 127.0.0.1", ...rest].join("\r\n"));
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.json).toMatchObject({ error_code: code });
    expect(validator.validateSchema(ERROR_RESPONSE, answer.json)).toEqual([]);
  });

  it("an absolute-form target is routed by its path", async () => {
    const target = `http://127.0.0.1:4010${path}`;
    const answer = await rawCall(
      mock.url,
      documented(target).join("\r\n"),
      JSON.stringify(exampleRequest(operation).body),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-mock-example")).toBe("success");
  });

  it("after them all, the same mock still answers a preflight and a documented request", async () => {
    const preflight = await fetch(`${mock.url}${path}`, { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    const answer = await send(mock, operation, exampleRequest(operation));
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
      const answer = await send(failing, operation, exampleRequest(operation));
      expect(answer.status).toBe(500);
      expect(answer.json).toEqual({ error_code: "MOCK.INTERNAL", error_msg: "The mock failed: log sink is down" });
      expect(validator.validateSchema(ERROR_RESPONSE, answer.json)).toEqual([]);
      const again = await send(failing, operation, exampleRequest(operation));
      expect(again.status).toBe(200);
    } finally {
      await failing.close();
    }
  });
});
