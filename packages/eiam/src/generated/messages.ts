// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-messages.mjs; do not edit. Run the build.
// Typed by the code union of ../errors.ts (from openapi-typescript's ./schema.ts): the two generators must agree.

import type { EiamErrorCode } from "../errors.js";
import type { OperationId } from "./operations.js";

/**
 * Every error code the spec documents for the product: the union of each operation's EiamErrorCode<Op> (taken per
 * operation, so that codes of a status only some operations answer, such as a 500, are kept).
 */
export type DocumentedErrorCode = { [Op in OperationId]: EiamErrorCode<Op> }[OperationId];

/** A language describeError answers in: the two the spec's error catalogue has. */
export type ErrorLanguage = "en" | "zh";

/** The catalogue's text of one error code, as describeError returns it. */
export interface ErrorDescription {
  /** The message, `{0}`, `{1}`… filled in from `params` (those not given are left as they are). */
  message: string;
  /** The language of `message`: "en" when "zh" was asked for and the catalogue has no Chinese message. */
  language: ErrorLanguage;
  /** What the app or the user can do about it; in English, the only language the catalogue has actions in. */
  action: string;
}

interface ErrorText {
  message: string;
  messageZh?: string;
  action: string;
}

const texts: Readonly<Record<DocumentedErrorCode, ErrorText>> = {
  "SDK.COMMON.1001": {
    "message": "Parameter {0} cannot be left blank.",
    "action": "Send every required header and body field with a non-empty value; the message names the one that is missing"
  },
  "SDK.COMMON.1006": {
    "message": "The {0} parameter error",
    "action": "The named value is not accepted (unknown, used or expired): start the step that issues it again"
  },
  "SDK.COMMON.1013": {
    "message": "The corresponding user is not found",
    "action": "Check the mobile number or email; the user does not exist in this tenant (or this application)"
  },
  "SDK.LOGIN.1003": {
    "message": "The user has been locked due to too many unsuccessful login attempts. It will be unlocked in {0} minutes and {1} seconds",
    "action": "Wait until the time the message gives has passed (or let an administrator unlock the user), then log in again; do not retry before"
  },
  "SDK.SMS.1005": {
    "message": "SMS verification code verification is incorrect",
    "action": "Ask the user to type the code again, or send a new one (after a new captcha)"
  },
  "SDK.SMS.1006": {
    "message": "The email verification code is incorrect",
    "action": "Ask the user to type the code again, or send a new one (after a new captcha)"
  }
};

/** Whether `code` is one the spec documents (and describeError knows), e.g. an IdaasApiError's `code`. */
export function isDocumentedErrorCode(code: string): code is DocumentedErrorCode {
  return Object.hasOwn(texts, code);
}

/**
 * The spec's message of a documented error code in `language` (English where it has no Chinese one, which
 * `language` of the result says), and its action. `params` fill in the message's `{0}`, `{1}`… in order.
 */
export function describeError(
  code: DocumentedErrorCode,
  language: ErrorLanguage,
  params: readonly (string | number)[] = [],
): ErrorDescription {
  if (!isDocumentedErrorCode(code)) throw new Error(`describeError: "${code}" is not an error code the spec documents`);
  if (language !== "en" && language !== "zh") {
    throw new Error(`describeError: language must be "en" or "zh" (got ${JSON.stringify(language)})`);
  }
  const text = texts[code];
  const chinese = language === "zh" && text.messageZh !== undefined;
  const template = chinese ? (text.messageZh as string) : text.message;
  const message = template.replace(/\{(\d+)\}/g, (placeholder, index: string) =>
    Number(index) < params.length ? String(params[Number(index)]) : placeholder,
  );
  return { message, language: chinese ? "zh" : "en", action: text.action };
}
