// Helps an app guide the user through PASSWORD_WARN / PASSWORD_EXPIRED: which rules of the tenant's
// password policy a candidate password breaks.

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

/**
 * The rules of `policy` that `candidate` breaks; an empty array when it complies. Length counts Unicode code
 * points. A `regEx` that JavaScript cannot compile is not checked (the service remains the judge).
 */
export function checkPassword(candidate: string, policy: PasswordPolicy): PasswordRule[] {
  const failures: PasswordRule[] = [];
  const length = [...candidate].length;
  if (length < policy.minLength) failures.push("minLength");
  if (length > policy.maxLength) failures.push("maxLength");
  let pattern: RegExp | undefined;
  try {
    pattern = new RegExp(`^(?:${policy.regEx})$`);
  } catch {
    pattern = undefined;
  }
  if (pattern && !pattern.test(candidate)) failures.push("regEx");
  return failures;
}
