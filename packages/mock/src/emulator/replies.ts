// The emulator's answers, all from the spec: an outcome is the operation's named 200 example with the emulator's
// values put in; an error is the catalogue's, chosen by the rule its example names in `x-mock-when.emulator`.
import type { PasswordPolicy } from "@idaas-sdk/core";
import type { CatalogError, CatalogOperation } from "@idaas-sdk/spec";

/** The emulator's rules, as the spec's `x-mock-when.emulator` names them on the error each one answers. */
export type EmulatorRule = "wrong-code" | "unknown-user" | "disabled" | "refused-token" | "wrong-password" | "locked";

export interface EmulatorReply {
  status: number;
  body?: unknown;
  /** For the log line: the outcome or code, never a value. */
  note: string;
}

/** The emulator's own code for a new password the policy refuses: no page documents the service's. */
export const PASSWORD_POLICY_CODE = "MOCK.PASSWORD_POLICY";

/** The answers of one operation; `chinese`: the catalogue's Chinese message where it has one (`X-L: zh`). */
export function repliesOf(operation: CatalogOperation, chinese: boolean) {
  const { product, operationId } = operation;
  const fail = (rule: EmulatorRule, ...params: (string | number)[]): EmulatorReply => {
    const error = operation.errors.find((candidate) => candidate.mockWhen?.emulator?.includes(rule));
    if (!error) throw new Error(`the ${product} spec gives ${operationId} no error for "${rule}"`);
    return errorReply(error, chinese, params);
  };
  const outcome = (name: string, replace: Record<string, unknown> = {}): EmulatorReply => {
    const example = operation.responses
      .find((response) => response.status === 200)
      ?.examples.find((candidate) => candidate.name === name);
    if (!example) throw new Error(`the ${product} spec gives ${operationId} no "${name}" outcome`);
    const value = structuredClone(example.value) as Record<string, unknown>;
    for (const [field, fieldValue] of Object.entries(replace)) if (field in value) value[field] = fieldValue;
    return { status: 200, body: value, note: `emulator ${name}` };
  };
  const has = (name: string) =>
    operation.responses.some((response) => response.status === 200 && response.examples.some((e) => e.name === name));
  const canFail = (rule: EmulatorRule) => operation.errors.some((error) => error.mockWhen?.emulator?.includes(rule));
  return { fail, outcome, has, canFail };
}

/** The catalogue's error, in Chinese where asked and the catalogue has it, its placeholders filled. */
function errorReply(error: CatalogError, chinese: boolean, params: (string | number)[]): EmulatorReply {
  const template = (chinese ? error.messageZh : undefined) ?? error.message;
  const message = params.reduce<string>((text, param, index) => text.replaceAll(`{${index}}`, String(param)), template);
  return {
    status: error.httpStatus,
    body: { error_code: error.code, error_msg: message },
    note: `emulator ${error.code}`,
  };
}

/** The emulator's own refusal of a new password the policy rejects. */
export function policyReply(policy: PasswordPolicy, broken: string[]): EmulatorReply {
  return {
    status: 400,
    body: {
      error_code: PASSWORD_POLICY_CODE,
      error_msg: `The new password does not meet the password policy (${broken.join(", ")}): ${policy.tip}; the pages document no error for it`,
    },
    note: `emulator ${PASSWORD_POLICY_CODE}`,
  };
}
