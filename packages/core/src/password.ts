// Helps an app guide the user through PASSWORD_WARN / PASSWORD_EXPIRED: which rules of the tenant's
// password policy a candidate password breaks.

import { IdaasConfigError } from "./errors.js";

/** The tenant's password policy, as returned with PASSWORD_WARN / PASSWORD_EXPIRED. */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  /** A regular expression the whole password must match. */
  regEx: string;
  /** The rule in words, in the tenant's language: show it to the user. */
  tip: string;
}

export type PasswordRule = "minLength" | "maxLength" | "regEx";

const isLength = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Unicode code points in `text`, counted up to `limit + 1` at most (enough to compare it with every limit ≤ `limit`). */
function codePoints(text: string, limit: number): number {
  let count = 0;
  for (const _ of text) if (++count > limit) break;
  return count;
}

/**
 * The rules of `policy` that `candidate` breaks; an empty array when it complies. Length counts Unicode code
 * points. The length rules are checked first, and the tenant's `regEx` is run only on a candidate no longer than
 * `maxLength` (so that a pattern with catastrophic backtracking cannot block the event loop on a long input); a
 * `regEx` that JavaScript cannot compile is not checked (the service remains the judge). Throws
 * {@link IdaasConfigError} naming the argument when `candidate` is not a string or `policy` is not a policy.
 */
export function checkPassword(candidate: string, policy: PasswordPolicy): PasswordRule[] {
  if (typeof candidate !== "string") throw new IdaasConfigError("candidate", "must be a string");
  if (typeof policy !== "object" || policy === null) {
    throw new IdaasConfigError("policy", "must be a password policy object (minLength, maxLength, regEx, tip)");
  }
  const { minLength, maxLength, regEx } = policy;
  if (!isLength(minLength)) throw new IdaasConfigError("policy.minLength", "must be a non-negative integer");
  if (!isLength(maxLength)) throw new IdaasConfigError("policy.maxLength", "must be a non-negative integer");
  if (typeof regEx !== "string") throw new IdaasConfigError("policy.regEx", "must be a string");

  const failures: PasswordRule[] = [];
  const length = codePoints(candidate, Math.max(minLength, maxLength));
  if (length < minLength) failures.push("minLength");
  if (length > maxLength) {
    failures.push("maxLength");
    return failures; // never run the tenant's pattern on an over-long candidate
  }
  let pattern: RegExp | undefined;
  try {
    pattern = new RegExp(`^(?:${regEx})$`);
  } catch {
    pattern = undefined;
  }
  if (pattern && !pattern.test(candidate)) failures.push("regEx");
  return failures;
}
