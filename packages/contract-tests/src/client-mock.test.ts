// 4. Client × mock: without Prefer, a valid call through the typed client gets the operation's default outcome,
// and every answer validates against the spec (Ajv). Every named example is asked in coverage.test.ts; the journeys
// that chain calls are in journeys.test.ts.
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import type { CatalogOperation } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Answer, methodOf, preferFetch } from "./support/clients.js";
import { outcomeDifferences, settle } from "./support/outcome.js";
import { clientInput, defaultOutcome, nameOf, type Outcome, operations, validatorOf } from "./support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

/** Every answer the mock gave in this file, checked against the spec at the end (5. Mock × spec). */
const answers: Array<{ label: string; operation: CatalogOperation; answer: Answer }> = [];

async function ask(outcome: Pick<Outcome, "operation" | "label">, example: string | undefined, input?: unknown) {
  const fetch = preferFetch(example, (answer) =>
    answers.push({ label: outcome.label, operation: outcome.operation, answer }),
  );
  const method = methodOf(outcome.operation, { baseUrl: mock.baseUrl(outcome.operation.product), fetch });
  return settle(method(input ?? clientInput(outcome.operation)));
}

describe("without Prefer, a valid call gets the operation's default outcome", () => {
  test.each(operations.map((operation) => [nameOf(operation), operation] as const))("%s", async (_, operation) => {
    const { httpStatus, example } = defaultOutcome(operation);
    const outcome: Outcome = {
      operation,
      httpStatus,
      example: example ?? { name: "(no example)", value: undefined },
      label: `${nameOf(operation)} without Prefer (HTTP ${httpStatus})`,
    };
    expect(outcomeDifferences(outcome, await ask(outcome, undefined))).toEqual([]);
  });
});

test("every answer the mock gave here validates against the spec for its operation and status (Ajv)", () => {
  expect(answers.length).toBeGreaterThanOrEqual(operations.length);
  const problems = answers.flatMap(({ label, operation, answer }) =>
    validatorOf(operation)
      .validateResponse(operation.operationId, answer.status, answer.text === "" ? undefined : answer.json)
      .map((problem) => `${label}: the mock's HTTP ${answer.status} answer: ${problem}`),
  );
  expect(problems).toEqual([]);
});
