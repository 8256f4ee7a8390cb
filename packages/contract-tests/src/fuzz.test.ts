// 6. Negative and fuzz: generated valid and invalid inputs, device headers and Prefer values go through the typed
// client to the mock. The client either returns a documented outcome or throws one of the SDK's documented error
// classes, and never lets a secret out: every generated credential carries a random token that must not appear in
// any error (message, toString, JSON, stack, cause chain) or logger event.
import {
  IdaasApiError,
  IdaasConfigError,
  IdaasNetworkError,
  IdaasResponseError,
  IdaasTimeoutError,
  type LogEvent,
} from "@idaas-sdk/core";
import { mockRequestErrorCodes, type RunningMock, startMock } from "@idaas-sdk/mock";
import type { CatalogOperation } from "@idaas-sdk/spec";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEVICE, methodOf, preferFetch } from "./support/clients.js";
import { type Settled, settle } from "./support/outcome.js";
import {
  fieldArgument,
  fieldKind,
  headerArgument,
  nameOf,
  operations,
  outcomesOf,
  ownHeaders,
  statusValues,
  validatorOf,
} from "./support/spec.js";

const SEED = Number(process.env.CONTRACT_FUZZ_SEED ?? 20_260_701);
const RUNS = Number(process.env.CONTRACT_FUZZ_RUNS ?? 120);
const DOCUMENTED_ERRORS = [IdaasApiError, IdaasConfigError, IdaasResponseError, IdaasTimeoutError, IdaasNetworkError];

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

/** A value that carries a secret: random text around a random token (the token is what must never leak). */
const token = fc.stringMatching(/^[0-9a-f]{20}$/).map((hex) => `tok${hex}`);
const secret = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, token, text).map(([before, core, after]) => ({ value: `${before}${core}${after}`, token: core }));
const word = fc.stringMatching(/^[a-z0-9]{4,8}$/);
const anyText = fc.string({ maxLength: 12 });
// Header values must be printable ASCII to be sent at all; other text is the client's to refuse.
const headerText = fc.string({ unit: "grapheme-ascii", minLength: 4, maxLength: 10 });
const invalid = fc.oneof(
  fc.constant(undefined),
  fc.constant(""),
  fc.constant("   "),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant({ nested: true }),
  anyText,
);

type Generated = { value: unknown; token?: string };
type FieldSchema = { enum?: string[]; format?: string; allOf?: FieldSchema[] };

/**
 * Values for one body field: mostly valid by its schema, some invalid; strings carry a secret token, but for a field
 * the spec shows as it is (`x-idaas-sdk-redact: plain`, e.g. a registration's industry).
 */
function fieldValues(
  operation: CatalogOperation,
  schema: FieldSchema | undefined,
  plain = false,
): fc.Arbitrary<Generated> {
  const validator = validatorOf(operation);
  let resolved = validator.resolve<FieldSchema>(schema);
  while (resolved?.allOf?.length === 1) resolved = validator.resolve<FieldSchema>(resolved.allOf[0]);
  const valid: fc.Arbitrary<Generated> = resolved?.enum
    ? fc.constantFrom(...resolved.enum).map((value) => ({ value }))
    : resolved?.format === "email"
      ? secret(word).map(({ value, token }) => ({ value: `${value}@example.com`, token }))
      : plain
        ? fc.oneof(word, anyText).map((value) => ({ value }))
        : fc.oneof(secret(word), secret(anyText));
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: invalid.map((value) => ({ value })) });
}

function inputs(operation: CatalogOperation) {
  const body = validatorOf(operation).resolve<{ properties?: Record<string, FieldSchema> }>(
    operation.requestBody?.schema,
  );
  const fields: Record<string, fc.Arbitrary<Generated>> = {};
  for (const [name, schema] of Object.entries(body?.properties ?? {})) {
    fields[fieldArgument(operation, name)] = fieldValues(operation, schema, fieldKind(operation, name) === "plain");
  }
  for (const header of ownHeaders(operation)) {
    fields[headerArgument(header)] = fc.oneof(
      { weight: 4, arbitrary: secret(headerText) },
      { weight: 1, arbitrary: invalid.map((value) => ({ value })) },
      { weight: 1, arbitrary: secret(anyText) },
    );
  }
  return fc.record(fields);
}

const names = (operation: CatalogOperation) => outcomesOf(operation).map((outcome) => outcome.example.name);

function scenario(operation: CatalogOperation) {
  return fc.record({
    input: inputs(operation),
    fingerprint: fc.oneof({ weight: 4, arbitrary: secret(headerText) }, { weight: 1, arbitrary: secret(anyText) }),
    agent: fc.oneof({ weight: 4, arbitrary: fc.constant(DEVICE.agent) }, { weight: 1, arbitrary: anyText }),
    clientId: fc.oneof({ weight: 4, arbitrary: fc.constant("contract-client") }, { weight: 1, arbitrary: anyText }),
    prefer: fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 4, arbitrary: fc.constantFrom(...names(operation)) },
      { weight: 1, arbitrary: headerText },
    ),
    notAnObject: fc.oneof({ weight: 20, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  });
}

/** Everything an app could show or log about the failure. */
function visibleText(settled: Settled, events: LogEvent[]): string {
  const parts: string[] = [JSON.stringify(events)];
  let error: unknown = settled.ok ? undefined : settled.error;
  for (let depth = 0; error !== undefined && depth < 5; depth++) {
    parts.push(String(error));
    if (error instanceof Error) parts.push(error.message, error.stack ?? "", JSON.stringify(error));
    error = error instanceof Error ? error.cause : undefined;
  }
  return parts.join("\n");
}

/** Why the outcome breaks the contract; undefined when it keeps it. */
function violation(operation: CatalogOperation, settled: Settled, documentedPrefer: boolean): string | undefined {
  if (settled.ok) {
    const { values, field } = statusValues(operation);
    const result = settled.value as Record<string, unknown> | undefined;
    if (values.length === 0) {
      // A 200 without `status`: no body gives no result; a documented body gives a result object, or the value of
      // its one field (`is_set_pwd`).
      const schema = operation.responses.find((response) => response.status === 200)?.schema;
      if (!schema) return result === undefined ? undefined : `returned ${JSON.stringify(result)}`;
      const fields = Object.keys(validatorOf(operation).resolve<{ properties?: object }>(schema)?.properties ?? {});
      const ok = (typeof result === "object" && result !== null) || (fields.length === 1 && result !== undefined);
      return ok ? undefined : `returned ${JSON.stringify(result)}`;
    }
    return values.includes(String(result?.[field])) ? undefined : `returned an undocumented ${JSON.stringify(result)}`;
  }
  const error = settled.error;
  if (!DOCUMENTED_ERRORS.some((kind) => error instanceof kind)) return `threw a non-SDK error: ${String(error)}`;
  const mockOwned: readonly string[] = Object.values(mockRequestErrorCodes);
  if (
    error instanceof IdaasApiError &&
    !operation.errors.some((e) => e.code === error.code) &&
    // The mock's own codes answer invalid input the vendor's pages document no error for.
    !mockOwned.includes(error.code)
  ) {
    return `threw IdaasApiError with the undocumented code ${error.code}`;
  }
  // With no Prefer or a documented one, the mock only answers documented outcomes.
  if (documentedPrefer && !(error instanceof IdaasApiError || error instanceof IdaasConfigError)) {
    return `threw ${String(error)} although the mock answered a documented outcome`;
  }
  return undefined;
}

describe.each(operations.map((operation) => [nameOf(operation), operation] as const))("%s", (id, operation) => {
  test(`${RUNS} generated calls: documented outcomes or errors only, no secret in any error or log (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(scenario(operation), async (generated) => {
        const events: LogEvent[] = [];
        const input = Object.fromEntries(Object.entries(generated.input).map(([key, { value }]) => [key, value]));
        const tokens = [generated.fingerprint.token, ...Object.values(generated.input).map((field) => field.token)];
        const settled = await settle(
          Promise.resolve().then(() =>
            methodOf(operation, {
              baseUrl: mock.baseUrl(operation.product),
              fetch: preferFetch(generated.prefer),
              logger: (event) => events.push(event),
              clientId: generated.clientId,
              device: { ...DEVICE, fingerprint: generated.fingerprint.value, agent: generated.agent },
              timeoutMs: 10_000,
            })(generated.notAnObject ? "not an object" : input),
          ),
        );
        const documentedPrefer = generated.prefer === undefined || names(operation).includes(generated.prefer);
        const problem = violation(operation, settled, documentedPrefer);
        if (problem) throw new Error(`${id}: ${problem}`);
        const text = visibleText(settled, events);
        const leaked = tokens.filter((value): value is string => value !== undefined && text.includes(value));
        if (leaked.length > 0) throw new Error(`${id}: a secret leaked into an error or log event:\n${text}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

test("the leak check sees a leak (a secret put into an error message is reported)", () => {
  const settled: Settled = { ok: false, error: new IdaasConfigError("password", "tok0123456789abcdef0123 is bad") };
  expect(visibleText(settled, [])).toContain("tok0123456789abcdef0123");
});
