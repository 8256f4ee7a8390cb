// 4. Client × mock: every named example, asked of the in-process mock through the typed client, comes back as the
// matching typed outcome; the MFA and password-expiry flows run end to end.
import { checkPassword } from "@idaas-sdk/ciam";
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import type { CatalogOperation, Product } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Answer, methodOf, preferFetch } from "./support/clients.js";
import { outcomeDifferences, settle } from "./support/outcome.js";
import {
  allOutcomes,
  clientInput,
  defaultOutcome,
  nameOf,
  type Outcome,
  operations,
  ownHeaders,
  statusValues,
  validatorOf,
} from "./support/spec.js";

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

describe("every named example comes back as its typed outcome", () => {
  test.each(allOutcomes.map((outcome) => [outcome.label, outcome] as const))("%s", async (_, outcome) => {
    const settled = await ask(outcome, outcome.example.name);
    expect(outcomeDifferences(outcome, settled)).toEqual([]);
  });
});

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

/** The operation whose 200 has `status` value `value`, and its example of it. */
function outcomeWithStatus(product: Product, operationId: string, value: string): Outcome {
  const operation = operations.find(
    (candidate) => candidate.product === product && candidate.operationId === operationId,
  );
  if (!operation) throw new Error(`${product} has no operation ${operationId}`);
  const { field } = statusValues(operation);
  const match = allOutcomes.find(
    (outcome) =>
      outcome.operation === operation &&
      (outcome.example.value as Record<string, unknown> | undefined)?.[field] === value,
  );
  if (!match) throw new Error(`${operationId} has no named example with ${field} ${value}`);
  return match;
}

test("MFA flow: mobile-code login → MFA_AUTH → verifyMfaEmail with the returned state token → SUCCESS", async () => {
  const mfa = outcomeWithStatus("eiam", "loginWithMobileCode", "MFA_AUTH");
  const login = await ask(mfa, mfa.example.name);
  expect(outcomeDifferences(mfa, login)).toEqual([]);
  const { stateToken, mfaMethods } = (login.ok ? login.value : {}) as { stateToken: string; mfaMethods: string[] };
  expect(mfaMethods.length).toBeGreaterThan(0);

  const success = outcomeWithStatus("eiam", "verifyMfaEmail", "SUCCESS");
  const sent = answers.length;
  const input = { ...clientInput(success.operation), stateToken };
  const verified = await ask(success, success.example.name, input);
  expect(outcomeDifferences(success, verified)).toEqual([]);
  // The state token went out in the header the spec names for it.
  const [header] = ownHeaders(success.operation);
  expect(header, "verifyMfaEmail has its own required header (the state token)").toBeDefined();
  expect(answers[sent]?.answer.sent.get(header?.name ?? "")).toBe(stateToken);
});

test("password-expiry flow: PASSWORD_EXPIRED → stateToken + passwordPolicy → checkPassword judges new passwords", async () => {
  const expired = outcomeWithStatus("ciam", "loginWithMobilePassword", "PASSWORD_EXPIRED");
  const login = await ask(expired, expired.example.name);
  expect(outcomeDifferences(expired, login)).toEqual([]);
  if (!login.ok) throw login.error;
  const { stateToken, passwordPolicy: policy } = login.value as {
    stateToken: string;
    passwordPolicy: { minLength: number; maxLength: number; regEx: string; tip: string };
  };
  expect(stateToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/);
  expect(checkPassword("x".repeat(Math.max(0, policy.minLength - 1)), policy)).toContain("minLength");
  expect(checkPassword("Aa1!".repeat(policy.maxLength), policy)).toContain("maxLength");
  // A password the policy's own pattern accepts, at the minimum length, passes.
  const pattern = new RegExp(policy.regEx);
  const candidate = ["Aa1!", "aA1@", "Abc123", "a1", "A1"]
    .map((unit) => unit.repeat(policy.minLength).slice(0, Math.max(policy.minLength, 1)))
    .find((password) => pattern.test(password));
  expect(candidate, `no simple password matches the example policy ${policy.regEx}`).toBeDefined();
  expect(checkPassword(candidate ?? "", policy)).toEqual([]);
});

test("every answer the mock gave here validates against the spec for its operation and status (Ajv)", () => {
  expect(answers.length).toBeGreaterThanOrEqual(allOutcomes.length + operations.length);
  const problems = answers.flatMap(({ label, operation, answer }) =>
    validatorOf(operation)
      .validateResponse(operation.operationId, answer.status, answer.text === "" ? undefined : answer.json)
      .map((problem) => `${label}: the mock's HTTP ${answer.status} answer: ${problem}`),
  );
  expect(problems).toEqual([]);
});
