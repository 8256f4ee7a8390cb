// What every concern of the product client suite shares: the spec's operations, a client with a stub fetch,
// the call arguments from the spec's examples, and the expected result of each documented answer.

import type { ClientOptions } from "@idaas-sdk/core";
import { argumentOf, type FieldFact, type HeaderNames } from "@idaas-sdk/core/internal";
import { listOperations, loadSpec, resolve } from "@idaas-sdk/spec";

export interface ProductClientSuite {
  /** The product line, as `loadSpec` names its bundle. */
  product: "eiam" | "ciam";
  createClient: (options: ClientOptions) => object;
  /** The `/raw` entry's createClient (a client with `raw`, openapi-fetch); its operations are run too when given. */
  createRawClient?: (options: ClientOptions) => object;
  /** The client's header of each option (its src/generated/operations.ts). */
  headerNames: HeaderNames;
  /** The client's facts per operationId (its src/generated/operations.ts): how each body field is shown in logs and errors. */
  operations: Readonly<
    Record<
      string,
      {
        readonly fields: Readonly<Record<string, FieldFact>>;
        readonly headers: Readonly<Record<string, string>>;
        readonly headerPrefixes?: Readonly<Record<string, string>>;
        /** The `status` values of its 200 body (none when it answers no status). */
        readonly resultStatuses: readonly unknown[];
      }
    >
  >;
}

export type Respond = (request: Request) => Response | Promise<Response>;
// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema from the spec is arbitrary JSON, walked by key
export type Schema = Record<string, any>;

export function clientContext({ product, createClient, headerNames, operations: facts }: ProductClientSuite) {
  const spec = loadSpec(product);
  const operations = listOperations(spec);
  const headerExample = (name: string): string => {
    const example = operations[0]?.headers.find((header) => header.name === name)?.example;
    if (example === undefined) throw new Error(`the ${product} spec has no example of the ${name} header`);
    return example;
  };

  /** The options of a client whose headers are the spec's examples. */
  const specDevice = {
    osVersion: headerExample(headerNames.device.osVersion),
    fingerprint: headerExample(headerNames.device.fingerprint),
    agent: headerExample(headerNames.device.agent),
  };
  const clientId = headerExample(headerNames.clientId);

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  function clientWith(respond: Respond, extra: Record<string, unknown> = {}) {
    const requests: Request[] = [];
    const client = createClient({
      baseUrl: "https://tenant.example.com",
      clientId,
      device: specDevice,
      fetch: async (input) => {
        const request = input as Request;
        requests.push(request.clone());
        return respond(request);
      },
      ...extra,
    });
    return { client, requests };
  }

  const camel = (name: string) => name.replace(/^X-/i, "").replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());
  const optionHeaderNames = Object.values(headerNames).flatMap((value): string[] =>
    typeof value === "string" ? [value] : Object.values(value as Record<string, string>),
  );
  const injected = new Set(optionHeaderNames.map((n) => n.toLowerCase()));

  /** The call argument of a body field, by the client's facts (the spec's `x-idaas-sdk-argument`, default camelCase). */
  const fieldArgument = (operationId: string, field: string) => {
    const fact = facts[operationId]?.fields[field];
    return fact ? argumentOf(field, fact) : camel(field);
  };

  /** The call argument that fills an operation's own header, by the client's facts (`stateToken`, `idToken`). */
  const headerArgument = (operationId: string, header: string) =>
    Object.entries(facts[operationId]?.headers ?? {}).find(([, name]) => name === header)?.[0] ?? camel(header);

  /**
   * The method's arguments, from the operation's `default` request example and its non-injected headers, under the
   * argument names of the client's facts. A header whose value the SDK prefixes (`Bearer ` before an id_token) takes
   * the example without its prefix.
   */
  function argsOf(operation: (typeof operations)[number]) {
    const example = operation.requestBody?.examples.find((e) => e.name === "default")?.value ?? {};
    const fact = facts[operation.operationId];
    const args: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(example)) args[fieldArgument(operation.operationId, key)] = value;
    for (const header of operation.headers) {
      if (!injected.has(header.name.toLowerCase())) {
        const prefix = fact?.headerPrefixes?.[header.name] ?? "";
        const example = header.example ?? "";
        if (!example.startsWith(prefix)) {
          throw new Error(`${operation.operationId}: the ${header.name} example does not start with "${prefix}"`);
        }
        args[headerArgument(operation.operationId, header.name)] = example.slice(prefix.length);
      }
    }
    return args;
  }

  /** The spec's `x-idaas-sdk-retry` of an operation: whether an opt-in retry may repeat it (never a code send). */
  const mayRetry = (operation: (typeof operations)[number]): boolean => {
    const retry = spec.paths[operation.path]?.[operation.method.toLowerCase()]?.["x-idaas-sdk-retry"];
    if (typeof retry !== "boolean") throw new Error(`${operation.operationId} has no x-idaas-sdk-retry`);
    return retry;
  };

  function invoke(client: object, operationId: string, args: unknown, options?: unknown): Promise<unknown> {
    const method = (client as Record<string, (a: unknown, o?: unknown) => Promise<unknown>>)[operationId];
    if (!method) throw new Error(`the client has no method ${operationId}`);
    return method(args, options);
  }

  /** Where each status puts its `data` in the result. */

  /** The schema of one status of a 200 body: the discriminator's target, or the schema itself. */

  function statusSchema(schema: unknown, status: string): Schema {
    const resolved = resolve<Schema>(spec, schema);
    const target = resolved.discriminator?.mapping?.[status];
    return target ? resolve<Schema>(spec, { $ref: target }) : resolved;
  }

  const holdsJson = (schema: Schema) =>
    resolve<Schema | undefined>(spec, schema.properties?.data)?.contentMediaType === "application/json";

  type Outcome = {
    operation: (typeof operations)[number];
    response: (typeof operations)[number]["responses"][number];
    example: (typeof operations)[number]["responses"][number]["examples"][number] | undefined;
  };
  const outcomes = operations.flatMap((operation) =>
    operation.responses
      .filter((response) => response.status < 400)
      .flatMap((response): Outcome[] =>
        response.examples.length > 0
          ? response.examples.map((example) => ({ operation, response, example }))
          : [{ operation, response, example: undefined }],
      ),
  );
  const errors = operations.flatMap((operation) => operation.errors.map((error) => ({ operation, error })));

  return {
    product,
    createClient,
    headerNames,
    facts,
    spec,
    operations,
    headerExample,
    specDevice,
    clientId,
    json,
    clientWith,
    camel,
    fieldArgument,
    headerArgument,
    optionHeaderNames,
    injected,
    argsOf,
    mayRetry,
    invoke,

    statusSchema,
    holdsJson,

    outcomes,
    errors,
  };
}

export type ClientContext = ReturnType<typeof clientContext>;
