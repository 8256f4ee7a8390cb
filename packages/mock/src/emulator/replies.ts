// The emulator's answers, all from the spec: an outcome is the operation's named 200 example with the emulator's
// values put in; an error is the catalogue's, chosen by the rule its example names in `x-mock-when.emulator`.
import type { PasswordPolicy } from "@idaas-sdk/core";
import { type CatalogOperation, errorForRule, shownMessage } from "@idaas-sdk/spec";
import { errorBody, type MockErrorName, mockCode, mockError, type Reply } from "../http/reply.js";
import type { Context } from "./context.js";

/** The emulator's rules, as the spec's `x-mock-when.emulator` names them on the error each one answers. */
export const EMULATOR_RULES = [
  "wrong-code",
  "unknown-user",
  "disabled",
  "refused-token",
  "wrong-password",
  "locked",
  "user-exists",
] as const;
export type EmulatorRule = (typeof EMULATOR_RULES)[number];

/** The emulator's own code for a new password the policy refuses: no page documents the service's. */
export const PASSWORD_POLICY_CODE = mockCode("PASSWORD_POLICY");

const where = (operation: CatalogOperation) => `the ${operation.product} spec's ${operation.operationId}`;

/**
 * The emulator's own answers where a product's pages document no code for a rule: a `MOCK.*` error, never a vendor
 * code the spec does not give.
 */
const OWN_ANSWERS: Partial<Record<EmulatorRule, { name: MockErrorName; message: string }>> = {
  "wrong-password": {
    name: "WRONG_PASSWORD",
    message: "Wrong user name or password; {0} attempts left before the lock (the pages document no code for it)",
  },
  "user-exists": { name: "USER_EXISTS", message: "{0} belongs to another user (the pages document no code for it)" },
};

const filled = (template: string, params: (string | number)[]) =>
  params.reduce<string>((text, param, index) => text.replaceAll(`{${index}}`, String(param)), template);

/**
 * The error the spec gives the rule, in Chinese where asked and the catalogue has it, its placeholders filled; where
 * the spec gives the operation none, the emulator's own answer for the rule.
 */
export function fail(context: Context, rule: EmulatorRule, ...params: (string | number)[]): Reply {
  const error = errorForRule(context.operation, rule);
  const own = OWN_ANSWERS[rule];
  if (!error && own)
    return { ...mockError(own.name, filled(own.message, params)), note: `emulator ${mockCode(own.name)}` };
  if (!error) throw new Error(`${where(context.operation)} has no error for the emulator rule "${rule}"`);
  const template = (context.chinese ? error.messageZh : undefined) ?? shownMessage(error);
  return {
    status: error.httpStatus,
    body: errorBody(error.code, filled(template, params)),
    note: `emulator ${error.code}`,
  };
}

/** Whether the operation has an error for the rule. */
export const canFail = (context: Context, rule: EmulatorRule) => errorForRule(context.operation, rule) !== undefined;

/** The operation's 200 example `name`, with `replace`'s values for the fields it has. */
export function outcome(context: Context, name: string, replace: Record<string, unknown> = {}): Reply {
  const example = successExample(context.operation, name);
  if (!example) throw new Error(`${where(context.operation)} has no "${name}" outcome`);
  const value = structuredClone(example.value) as Record<string, unknown>;
  for (const [key, fieldValue] of Object.entries(replace)) if (key in value) value[key] = fieldValue;
  return { status: 200, body: value, note: `emulator ${name}` };
}

/** Whether the operation has the 200 outcome `name`. */
export const has = (context: Context, name: string) => successExample(context.operation, name) !== undefined;

function successExample(operation: CatalogOperation, name: string) {
  return operation.responses
    .find((response) => response.status === 200)
    ?.examples.find((candidate) => candidate.name === name);
}

/** A field of a reply's body (an outcome's `status`, `expire`, `data`). */
export const bodyField = (reply: Reply, name: string): unknown => (reply.body as Record<string, unknown>)[name];

/** The emulator's own refusal of a new password the policy rejects. */
export function policyReply(policy: PasswordPolicy, broken: string[]): Reply {
  const message = `The new password does not meet the password policy (${broken.join(", ")}): ${policy.tip}; the pages document no error for it`;
  return { ...mockError("PASSWORD_POLICY", message), note: `emulator ${PASSWORD_POLICY_CODE}` };
}
