// Type helpers over openapi-typescript output. Generic: they read whatever the generated types say.

import type { FieldKind } from "./redact.js";

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

/** How one request body field is filled and shown: read from the spec by scripts/generate-operations.mjs. */
export interface FieldFact {
  /** The call argument that holds it, e.g. `verifyCode` for `verify_code`. */
  argument: string;
  kind: FieldKind;
  type: "string" | "integer" | "number" | "boolean";
  enum?: readonly unknown[];
  required: boolean;
}

/** What the transport needs to know about one operation; product packages generate these from their spec. */
export interface OperationFact {
  method: string;
  path: string;
  /** Every HTTP status the spec documents for the operation; statuses from 400 up carry an error body. */
  httpStatuses: Readonly<Record<number, true>>;
  /** Whether the client's opt-in retry policy may repeat it (never for code sends). */
  retry: boolean;
  /** Client option or call argument → the header it is sent in. */
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
    headers: { [option: string]: HeaderOf<Operations[Op]> };
    headerPrefixes?: { [header: string]: string };
    fields: Record<keyof JsonBody<Operations[Op] extends { requestBody: infer Body } ? Body : never>, FieldFact>;
  };
};
