// Type helpers over openapi-typescript output. Generic: they read whatever the generated types say.

import type { IdaasApiError } from "./errors.js";
import type { FieldKind } from "./redact.js";
import type { StatusSchemas } from "./status-results.js";

type JsonBody<Response> = Response extends { content: { "application/json": infer Body } } ? Body : never;
type IsErrorStatus<Status> = `${Status & (string | number)}` extends `4${string}` | `5${string}` ? true : false;

/** The union of `error_code` values (field named by `CodeField`) documented for an operation's 4xx/5xx answers. */
export type ErrorCodeOf<Operation extends { responses: object }, CodeField extends string> = {
  [Status in keyof Operation["responses"]]: IsErrorStatus<Status> extends true
    ? JsonBody<Operation["responses"][Status]> extends infer Body
      ? Body extends Record<CodeField, infer Code extends string>
        ? Code
        : never
      : never
    : never;
}[keyof Operation["responses"]];

/** One `true` per documented HTTP status of an operation; a `Record` so that a missing status fails to compile. */
export type DocumentedStatuses<Operation extends { responses: object }> = {
  [Status in keyof Operation["responses"] & number]: true;
};

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Loosen<Header, Injected extends string> = Simplify<
  Omit<Header, Injected> & { [K in keyof Header & Injected]?: Header[K] }
>;
type LoosenParameters<Parameters, Injected extends string> = Parameters extends { header: infer Header }
  ? Partial<Loosen<Header, Injected>> extends Loosen<Header, Injected>
    ? Simplify<Omit<Parameters, "header"> & { header?: Loosen<Header, Injected> }>
    : Simplify<Omit<Parameters, "header"> & { header: Loosen<Header, Injected> }>
  : Parameters;
type LoosenOperation<Operation, Injected extends string> = Operation extends { parameters: infer Parameters }
  ? Simplify<Omit<Operation, "parameters"> & { parameters: LoosenParameters<Parameters, Injected> }>
  : Operation;

/** `paths` with the headers the client injects made optional, so that calls through `raw` need not repeat them. */
export type WithInjectedHeaders<Paths, Injected extends string> = {
  [Path in keyof Paths]: {
    [Method in keyof Paths[Path]]: Method extends "parameters"
      ? Paths[Path][Method]
      : LoosenOperation<Paths[Path][Method], Injected>;
  };
};

/** Compile-time assertion helper: `const _: Assert<Equal<A, B>> = true`. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Assert<T extends true> = T;

type Method = "get" | "put" | "post" | "delete" | "patch";
/** The path of `Paths` that has `Operation`. */
type PathOf<Paths, Operation> = {
  [Path in keyof Paths]: { [M in Method]: Paths[Path] extends Record<M, Operation> ? Path : never }[Method];
}[keyof Paths];
/** The method of `Paths` whose operation is `Operation`. */
type MethodOf<Paths, Operation> = {
  [Path in keyof Paths]: { [M in Method]: Paths[Path] extends Record<M, Operation> ? M : never }[Method];
}[keyof Paths];
/** The `status` values of an operation's answers (error bodies have none). */
type ResultStatusOf<Operation extends { responses: object }> = {
  [Code in keyof Operation["responses"]]: JsonBody<Operation["responses"][Code]> extends { status: infer Status }
    ? Status
    : never;
}[keyof Operation["responses"]];
/** The header names an operation takes. */
type HeaderOf<Operation> = Operation extends { parameters: { header: infer Header } } ? keyof Header & string : never;

/** The headers every operation of `Operations` takes. */
export type CommonHeaderOf<Operations> = keyof {
  [Op in keyof Operations]: Operations[Op] extends { parameters: { header: infer Header } } ? Header : never;
}[keyof Operations] &
  string;

/**
 * How one request body field is filled and shown: read from the spec by scripts/generate-operations.mjs, which leaves
 * out each default (every byte of the facts is in the main bundle).
 */
export interface FieldFact {
  /** The call argument that holds it, when it is not the camelCase of the field's name (`verify_code` → `verifyCode`). */
  argument?: string;
  /** How logs and errors show it; absent, a secret (`[redacted]`, scrubbed from server text). */
  kind?: FieldKind;
  /** Its JSON type; absent, a string. */
  type?: "string" | "integer" | "number" | "boolean";
  enum?: readonly unknown[];
  /** Present when the spec does not require it. */
  optional?: true;
}

/** What the transport needs to know about one operation; product packages generate these from their spec. */
export interface OperationFact {
  method: string;
  path: string;
  /** Every HTTP status the spec documents for the operation; statuses from 400 up carry an error body. */
  httpStatuses: Readonly<Record<number, true>>;
  /** Whether the client's opt-in retry policy may repeat it (never for code sends). */
  retry: boolean;
  /** Call argument → the header it is sent in (the client options' headers are the transport's `optionHeaders`). */
  headers: Readonly<Record<string, string>>;
  /** Header → what goes before its value (`x-idaas-sdk-value-prefix`, e.g. "Bearer " for an id_token). */
  headerPrefixes?: Readonly<Record<string, string>>;
  /** Request body field → its fact. */
  fields: Readonly<Record<string, FieldFact>>;
}

/**
 * What src/generated/operations.ts holds per operation (written by scripts/generate-operations.mjs), typed against
 * openapi-typescript's `paths` and `operations` of the same bundle, so that the two generators must agree.
 */
export type OperationFacts<Paths, Operations extends { [Op in keyof Operations]: { responses: object } }> = {
  [Op in keyof Operations]: {
    method: MethodOf<Paths, Operations[Op]>;
    path: PathOf<Paths, Operations[Op]>;
    httpStatuses: DocumentedStatuses<Operations[Op]>;
    resultStatuses: readonly ResultStatusOf<Operations[Op]>[];
    retry: boolean;
    headers: { [argument: string]: HeaderOf<Operations[Op]> };
    headerPrefixes?: { [header: string]: string };
    fields: Record<keyof JsonBody<Operations[Op] extends { requestBody: infer Body } ? Body : never>, FieldFact>;
  };
};

/** The JSON request body of an operation (never for one without a body). */
export type RequestBodyOf<Operation> = Operation extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** The `status` values of an operation's 200 body, as the spec documents them. */
export type SuccessStatusOf<Operation> = Operation extends {
  responses: { 200: { content: { "application/json": { status: infer Status } } } };
}
  ? Status
  : never;

/** The headers a client sets on every call: those of its options, the device's nested (generated `headerNames`). */
export type InjectedHeaderOf<Names> = {
  [Option in keyof Names]: Names[Option] extends string ? Names[Option] : Names[Option][keyof Names[Option]];
}[keyof Names];

/** The error codes the spec documents for the operations `Op` of `Operations`: the union of each one's codes. */
// Distributed over the operations, so that the union of several is every code any of them answers (a code that only
// some operations answer included), not only the codes they all share.
export type ErrorCodesOf<Operations, CodeField extends string, Op extends keyof Operations> = {
  [O in Op]: Operations[O] extends { responses: object } ? ErrorCodeOf<Operations[O], CodeField> : never;
}[Op];

/** An {@link IdaasApiError} of a product's call: `operation` tells which, and narrows `code` to its documented codes. */
export type ApiErrorOf<Operations, CodeField extends string> = {
  [Op in keyof Operations & string]: IdaasApiError<ErrorCodesOf<Operations, CodeField, Op>, Op>;
}[keyof Operations & string];

/** `isIdaasApiError` typed for one product: narrows to its `ApiError`, of the given documented `code` when passed. */
export interface IsApiError<ApiError, Code extends string> {
  (error: unknown): error is ApiError;
  <Known extends Code>(error: unknown, code: Known): error is ApiError & { code: Known };
}

type SuccessBody<Operation> = Operation extends { responses: { 200: infer Response } } ? JsonBody<Response> : never;

/**
 * The operations whose 200 body has a `status` variant that core has no reader for, or that no longer fits the
 * schema its reader reads (`StatusSchemas`); `never` when every one is read. Each product asserts it is `never`.
 */
export type UnreadStatusBodies<Operations> = {
  [Op in keyof Operations]: SuccessBody<Operations[Op]> extends infer Body
    ? Body extends { status: infer Status }
      ? Status extends keyof StatusSchemas
        ? Body extends StatusSchemas[Status]
          ? never
          : Op
        : Op
      : never
    : never;
}[keyof Operations];

/** `verify_code` → `verifyCode`: the type of the transport's `camelCase` (and of the generator's). */
export type Camel<Name extends string> = Name extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : Name extends `${infer Head}-${infer Tail}`
    ? `${Head}${Capitalize<Camel<Tail>>}`
    : Name;
/** The call argument of the body field `Field` whose generated fact is `Fact`. */
export type ArgumentOf<Field, Fact> = [Fact] extends [{ argument: infer Argument extends string }]
  ? Argument
  : Camel<Field & string>;
/** A request body's fields under their call arguments, by the generated facts of its fields (optional ones stay so). */
export type ArgumentFields<Body, Fields> = {
  [Field in keyof Body as ArgumentOf<Field, Fields[Field & keyof Fields]>]: Body[Field];
};

interface FactShape {
  headers: object;
  fields: object;
}
type OwnHeaderArguments<Fact extends FactShape, OptionHeader> = {
  [Argument in keyof Fact["headers"]]: Fact["headers"][Argument] extends OptionHeader ? never : Argument;
}[keyof Fact["headers"]];
/** The arguments of the body fields; `Skip` leaves out the fields whose fact extends it. */
type FieldArguments<Fact extends FactShape, Skip> = {
  [Field in keyof Fact["fields"]]: Fact["fields"][Field] extends Skip
    ? never
    : ArgumentOf<Field, Fact["fields"][Field]>;
}[keyof Fact["fields"]];
type InputKeys<Input> = [NonNullable<Input>] extends [never] ? never : keyof NonNullable<Input>;
type RequiredInputKeys<Input> = [NonNullable<Input>] extends [never]
  ? never
  : {
      [K in keyof NonNullable<Input>]-?: object extends Pick<NonNullable<Input>, K> ? never : K;
    }[keyof NonNullable<Input>];

/**
 * The methods of `Client` whose input does not take exactly the arguments of the operation's generated facts (its
 * body fields' arguments and its own headers' argument; required unless `optional`, own headers always); `never`
 * when every one does. Each product asserts it is `never` for the methods its facade builds from the facts alone.
 */
export type MisfitInputs<
  Client extends { [Op in keyof Facts]: (input: never, ...rest: never[]) => unknown },
  Facts extends { [Op in keyof Facts]: FactShape },
  OptionHeader,
> = {
  [Op in keyof Facts]: Parameters<Client[Op]>[0] extends infer Input
    ? [
        Equal<InputKeys<Input>, FieldArguments<Facts[Op], never> | OwnHeaderArguments<Facts[Op], OptionHeader>>,
        Equal<
          RequiredInputKeys<Input>,
          FieldArguments<Facts[Op], { optional: true }> | OwnHeaderArguments<Facts[Op], OptionHeader>
        >,
      ] extends [true, true]
      ? never
      : Op
    : never;
}[keyof Facts];
