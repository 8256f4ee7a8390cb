// A product's facade is data: its generated facts say how to send each operation, and one table says how to read
// each answer (its result mapping). This turns the two into the client's methods.

import type { Scrubber } from "./redact.js";
import type { OperationCall, Transport } from "./transport.js";
import type { OperationFact } from "./types.js";

/**
 * Per method of `Client`, its result mapping: what turns the parsed JSON body of a documented success (undefined
 * when empty) into what the method resolves. A product declares its table `satisfies ResultMappings<Client, Facts>`,
 * so that each mapping yields exactly the method's declared result type, with the operation's own facts.
 */
export type ResultMappings<Client, Facts> = {
  [Op in keyof Client & keyof Facts]: (
    operation: Op,
    body: unknown,
    scrub: () => Scrubber,
    fact: Facts[Op],
  ) => Client[Op] extends (...args: never[]) => Promise<infer Result> ? Result : never;
};

/** One method per operation of `results`, run by `transport` from the operation's facts and read by its mapping. */
export function methodsOf<Facts extends { readonly [Op in keyof Facts]: OperationFact }>(
  transport: Transport,
  facts: Facts,
  results: {
    [Op in keyof Facts & string]: (operation: Op, body: unknown, scrub: () => Scrubber, fact: Facts[Op]) => unknown;
  },
): Record<keyof Facts & string, OperationCall<unknown>> {
  const method = <Op extends keyof Facts & string>(operation: Op) => {
    const fact = facts[operation];
    const read = results[operation];
    return transport.operation(operation, fact, (body, scrub) => read(operation, body, scrub, fact));
  };
  const methods = {} as Record<keyof Facts & string, OperationCall<unknown>>;
  for (const operation of Object.keys(results) as (keyof Facts & string)[]) methods[operation] = method(operation);
  return methods;
}
