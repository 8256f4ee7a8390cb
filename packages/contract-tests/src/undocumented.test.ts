// 7. Undocumented behaviour: an HTTP status, a `status` value or a body the spec does not document makes the client
// raise IdaasResponseError naming the operation. A stub fetch plays the service; no socket is opened.
import { IdaasResponseError } from "@idaas-sdk/core";
import type { CatalogOperation } from "@idaas-sdk/spec";
import { describe, expect, test } from "vitest";
import { callWithExample } from "./support/clients.js";
import { settle } from "./support/outcome.js";
import { nameOf, operations, outcomesOf, statusValues } from "./support/spec.js";

// Candidates for "a status the spec does not document"; each case takes the first one the operation lacks.
const CANDIDATE_STATUSES = [201, 204, 302, 401, 403, 404, 409, 418, 422, 429, 502, 503];
const UNDOCUMENTED_VALUE = "NOT_IN_THE_SPEC";
const HTML = "<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>";

function stub(status: number, body: string, contentType: string): typeof fetch {
  return async () =>
    new Response(status === 204 ? null : body, {
      status,
      headers: status === 204 ? {} : { "Content-Type": contentType },
    });
}

async function expectResponseError(operation: CatalogOperation, what: string, fetch: typeof globalThis.fetch) {
  const settled = await settle(callWithExample(operation, { baseUrl: "https://idaas.example.com", fetch }));
  const label = `${nameOf(operation)} given ${what}`;
  const shown = settled.ok ? `returned ${JSON.stringify(settled.value)}` : `threw ${String(settled.error)}`;
  expect(
    !settled.ok && settled.error instanceof IdaasResponseError,
    `${label}: expected IdaasResponseError, ${shown}`,
  ).toBe(true);
  const error = (settled.ok ? undefined : settled.error) as IdaasResponseError;
  expect(error.operation, `${label}: error.operation`).toBe(operation.operationId);
  expect(error.message, `${label}: the message names the operation`).toContain(operation.operationId);
}

describe.each(operations.map((operation) => [nameOf(operation), operation] as const))("%s", (_, operation) => {
  const documented = operation.responses.map((response) => response.status);
  const undocumented = CANDIDATE_STATUSES.find((status) => !documented.includes(status)) ?? 599;
  const errorExample = operation.errors[0]?.example ?? {};

  test(`an undocumented HTTP ${undocumented} with an error-shaped JSON body`, async () => {
    await expectResponseError(
      operation,
      `HTTP ${undocumented}`,
      stub(undocumented, JSON.stringify(errorExample), "application/json"),
    );
  });

  const { field, values } = statusValues(operation);
  const success = outcomesOf(operation).find((outcome) => outcome.httpStatus < 300);
  // A bodiless 200 (the SMS send) has no status value to get wrong.
  if (values.length > 0 && success)
    test(`a 200 whose ${field || "status"} value the spec does not document`, async () => {
      const body = { ...(success?.example.value as object), [field]: UNDOCUMENTED_VALUE };
      expect(values).not.toContain(UNDOCUMENTED_VALUE);
      await expectResponseError(
        operation,
        `${field} ${UNDOCUMENTED_VALUE}`,
        stub(200, JSON.stringify(body), "application/json"),
      );
    });

  test.each(documented)("an HTML page instead of the documented JSON, at HTTP %i", async (status) => {
    await expectResponseError(operation, `an HTML body at HTTP ${status}`, stub(status, HTML, "text/html"));
  });
});
