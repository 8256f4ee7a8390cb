// 2. Coverage: every operation × every documented HTTP status, `status` value and error code has a named example
// in the spec, a mock outcome, a typed client outcome and a row in the docs. The rows are read from the spec; each
// failure names the operation, the value or code, and the missing or differing link.
import { isDeepStrictEqual } from "node:util";
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import type { CatalogExample, CatalogOperation } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Answer, methodOf, preferFetch } from "./support/clients.js";
import { docsOperation, readDocsDefinition } from "./support/docs.js";
import { outcomeDifferences, settle } from "./support/outcome.js";
import { clientInput, nameOf, operations, PRODUCTS, productOf, statusValues } from "./support/spec.js";
import { typecheck } from "./support/typecheck.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

interface Row {
  operation: CatalogOperation;
  httpStatus: number;
  /** The `status` value or error code; undefined for a response without a body. */
  value: string | undefined;
  label: string;
  /** The named example of this row, if the spec has one. */
  example: CatalogExample | undefined;
  problems: string[];
}

function rowsOf(operation: CatalogOperation): Row[] {
  const rows: Row[] = [];
  const row = (httpStatus: number, value: string | undefined, example: CatalogExample | undefined): Row => ({
    operation,
    httpStatus,
    value,
    example,
    label: `${nameOf(operation)} HTTP ${httpStatus} ${value ?? "(no body)"}`,
    problems: [],
  });
  for (const response of operation.responses) {
    if (response.status >= 400) continue;
    const { field, values } = statusValues(operation, response.status);
    if (!response.schema) rows.push(row(response.status, undefined, undefined));
    // A body without a `status` (a captcha challenge, a refreshed token): one row per named example.
    else if (values.length === 0) {
      for (const example of response.examples) rows.push(row(response.status, example.name, example));
      if (response.examples.length === 0) {
        const current = row(response.status, undefined, undefined);
        current.problems.push(`${current.label}: spec: the HTTP ${response.status} body has no named example`);
        rows.push(current);
      }
    }
    for (const value of values) {
      const example = response.examples.find((e) => (e.value as Record<string, unknown>)?.[field] === value);
      const current = row(response.status, value, example);
      if (!example) current.problems.push(`${current.label}: spec: no named example has ${field} ${value}`);
      rows.push(current);
    }
  }
  for (const error of operation.errors) {
    const example = { name: error.exampleName, value: error.example, error: error } as unknown as CatalogExample;
    const current = row(error.httpStatus, error.code, example);
    if (error.exampleName !== error.code) {
      current.problems.push(
        `${current.label}: spec: the example of code ${error.code} is named "${error.exampleName}"`,
      );
    }
    if (!error.message || !error.action) {
      current.problems.push(`${current.label}: spec: the example has no x-idaas-error message and action`);
    }
    rows.push(current);
  }
  const covered = new Set(rows.map((r) => r.httpStatus));
  for (const response of operation.responses.filter((r) => !covered.has(r.status))) {
    const current = row(response.status, undefined, undefined);
    current.problems.push(
      `${current.label}: spec: HTTP ${response.status} has neither an example nor a bodiless answer`,
    );
    rows.push(current);
  }
  return rows;
}

/** Whether a Markdown table row of `text` has a cell holding each of `cells` (code formatting ignored). */
function hasRow(text: string, cells: string[]) {
  return text
    .split("\n")
    .filter((line) => line.trimStart().startsWith("|"))
    .some((line) => {
      const found = line.split("|").map((cell) => cell.replace(/<\/?code>|`/g, "").trim());
      return cells.every((cell) => found.some((candidate) => candidate === cell || candidate.endsWith(`=${cell}`)));
    });
}

const rows = operations.flatMap(rowsOf);
const docs: Partial<Record<(typeof PRODUCTS)[number], ReturnType<typeof readDocsDefinition>>> = {};
let docsProblem = "";
try {
  for (const product of PRODUCTS) docs[product] = readDocsDefinition(product);
} catch (error) {
  docsProblem = (error as Error).message;
}

describe("every operation × documented status value and error code has all four links", () => {
  test.each(rows.map((row) => [row.label, row] as const))("%s", async (_, row) => {
    const { operation, example, httpStatus, label } = row;
    const problems = [...row.problems];

    // Mock and client: the client asks the mock for this example (no Prefer for a bodiless answer).
    let answer: Answer | undefined;
    const fetch = preferFetch(example?.name, (seen) => {
      answer = seen;
    });
    const settled = await settle(
      methodOf(operation, { baseUrl: mock.baseUrl(operation.product), fetch })(clientInput(operation)),
    );
    const expectedBody = example?.value;
    if (answer?.status !== httpStatus || !isDeepStrictEqual(answer.json, expectedBody)) {
      problems.push(
        `${label}: mock: for ${example ? `Prefer: example=${example.name}` : "no Prefer"} it answered HTTP ${answer?.status} ${answer?.text.slice(0, 200)}`,
      );
    }
    const outcome = { operation, httpStatus, example: example ?? { name: "(none)", value: undefined }, label };
    problems.push(...outcomeDifferences(outcome, settled).map((problem) => `client: ${problem}`));

    // Docs: the operation's page has a table row naming the value or code with its HTTP status.
    const definition = docs[operation.product];
    if (!definition) problems.push(`${label}: docs: ${docsProblem}`);
    else {
      const page = docsOperation(definition, operation);
      const cells = [row.value && example ? example.name : undefined, String(httpStatus)].filter(
        (cell): cell is string => cell !== undefined,
      );
      if (!page.found) problems.push(`${label}: docs: the site has no operation ${operation.operationId}`);
      else if (!hasRow(page.description, cells)) {
        problems.push(`${label}: docs: no table row with ${cells.join(" and ")} on the ${operation.operationId} page`);
      }
      if (row.value && httpStatus >= 400 && !hasRow(page.description, [row.value, String(httpStatus)])) {
        problems.push(`${label}: docs: the error table has no row for ${row.value} (HTTP ${httpStatus})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

// The client's types carry, per operation, exactly the spec's error codes and `status` values.
const capital = (name: string) => `${name[0]?.toUpperCase()}${name.slice(1)}`;
const union = (values: string[]) =>
  values.length ? values.map((value) => JSON.stringify(value)).join(" | ") : "never";

test("the clients' types carry exactly each operation's documented error codes and status values", async () => {
  const lines = [
    ...PRODUCTS.map((p) => `import type { ${capital(p)}Client, ${capital(p)}ErrorCode } from "@idaas-sdk/${p}";`),
    "type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
    "type StatusOf<M> = M extends (...args: never[]) => Promise<infer R> ? R extends { status: infer S } ? S : never : never;",
  ];
  const checks: string[] = [];
  for (const operation of operations) {
    const product = capital(productOf(operation));
    const id = operation.operationId;
    const name = `${operation.product}_${id}`;
    const codes = [...new Set(operation.errors.map((error) => error.code))];
    checks.push(`${nameOf(operation)}: error codes, spec ${union(codes)}`);
    lines.push(`export const codes_${name}: Equal<${product}ErrorCode<"${id}">, ${union(codes)}> = true;`);
    checks.push(`${nameOf(operation)}: status values, spec ${union(statusValues(operation).values)}`);
    lines.push(
      `export const status_${name}: Equal<StatusOf<${product}Client["${id}"]>, ${union(statusValues(operation).values)}> = true;`,
    );
  }
  const offset = lines.length - checks.length + 1;
  // A canary that must fail, so that a silent tsc (not found, not run) cannot pass this test.
  const canary = lines.push(`export const canary: Equal<"spec", "client"> = true;`);
  const errors = await typecheck({ "coverage.ts": lines.join("\n") });
  const lineOf = (error: string) => Number(/\((\d+),/.exec(error)?.[1]);
  const reported = errors.get("coverage.ts") ?? [];
  expect(reported.map(lineOf), "tsc reports the canary").toContain(canary);
  const failed = reported
    .filter((error) => lineOf(error) !== canary)
    .map((error) => `${checks[lineOf(error) - offset] ?? "(setup)"} — the client's type differs: ${error}`);
  expect([...failed, ...(errors.get("(other)") ?? [])]).toEqual([]);
});
