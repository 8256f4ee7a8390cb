// 8. Docs × client and mock: every curl command the built site shows on a product's page (the right-hand panel's
// sample and the commands in each operation's text), replayed with fetch against the mock, goes to the product's
// base path and gets what the site says it gets; every row of the mock-outcomes tables holds. The TypeScript samples
// are compiled against the built clients by docs/test/samples.test.ts, so not here.
import { isDeepStrictEqual } from "node:util";
import { basePath, type RunningMock, startMock } from "@idaas-sdk/mock";
import type { CatalogOperation } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type CurlRequest, parseCurl, preferOf, replayCurl } from "./support/curl.js";
import { curlSamples, docsOperation, readDocsDefinition } from "./support/docs.js";
import { defaultOutcome, nameOf, operations, outcomesOf, PRODUCTS, validatorOf } from "./support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

const definitions = Object.fromEntries(PRODUCTS.map((product) => [product, readDocsDefinition(product)]));

const replay = (request: CurlRequest, prefer?: string) => replayCurl(mock.url, request, prefer);

/** What the spec says the mock answers for `Prefer: example=<name>` (or no Prefer). */
function expected(operation: CatalogOperation, name: string | undefined) {
  if (name === undefined) {
    const { httpStatus, example } = defaultOutcome(operation);
    return { httpStatus, value: example?.value, what: "no Prefer" };
  }
  const outcome = outcomesOf(operation).find((candidate) => candidate.example.name === name);
  return { httpStatus: outcome?.httpStatus, value: outcome?.example.value, what: `Prefer: example=${name}` };
}

describe.each(operations.map((operation) => [nameOf(operation), operation] as const))("%s", (id, operation) => {
  const page = docsOperation(definitions[operation.product] ?? {}, operation);
  // The path under the product's base path, wherever the mock runs.
  const path = `${basePath(operation.product)}${operation.path}`;
  const samples = curlSamples(page);

  test("the site shows curl commands for it", () => {
    expect(page.found, `${id} is not on the site`).toBe(true);
    expect(samples.length, `${id}: no curl sample on its page`).toBeGreaterThan(0);
  });

  test.each(samples.map((source, index) => [index + 1, source] as const))(
    "curl sample %i, replayed against the mock, gets the outcome it names",
    async (index, source) => {
      const request = parseCurl(source);
      const label = `${id} curl sample ${index}`;
      expect(`${request.method} ${new URL(request.url).pathname}`, `${label}: method and path`).toBe(
        `${operation.method} ${path}`,
      );
      const prefer = preferOf(request);
      const want = expected(operation, prefer);
      expect(want.httpStatus, `${label}: the spec has no outcome for ${want.what}`).toBeDefined();
      const answer = await replay(request);
      expect(answer.status, `${label} (${want.what}): HTTP status; body ${answer.text.slice(0, 200)}`).toBe(
        want.httpStatus,
      );
      expect(answer.json, `${label} (${want.what}): body`).toEqual(want.value);
      expect(
        validatorOf(operation).validateResponse(operation.operationId, answer.status, answer.json),
        `${label}: answer vs spec`,
      ).toEqual([]);
    },
  );

  // | `Prefer: example=mfa-auth` | 200 | … |: the status the site promises for each outcome.
  const rows = page.description
    .split("\n")
    .filter((line) => line.startsWith("|") && line.includes("Prefer: example="))
    .map((line) => ({
      name: /Prefer: example=([^`\s|]+)/.exec(line)?.[1] ?? "",
      status: Number(line.split("|").find((cell) => /^\s*\d{3}\s*$/.test(cell))),
    }));

  test.each(rows.map((row) => [row.name, row] as const))(
    "mock-outcomes row %s: the mock answers the HTTP status the row shows, with the spec's example",
    async (name, row) => {
      const [sample] = samples;
      const want = expected(operation, name);
      const label = `${id} mock-outcomes row "Prefer: example=${name}" (HTTP ${row.status})`;
      expect(want.httpStatus, `${label}: the spec has no example ${name}`).toBeDefined();
      const answer = await replay(parseCurl(sample ?? ""), name);
      expect(answer.status, `${label}: the mock answered HTTP ${answer.status}`).toBe(row.status);
      expect(isDeepStrictEqual(answer.json, want.value), `${label}: body ${answer.text.slice(0, 200)}`).toBe(true);
    },
  );
});
