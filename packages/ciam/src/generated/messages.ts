// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-messages.mjs; do not edit. Run the build.
// Typed by the code union of ../errors.ts (from openapi-typescript's ./schema.ts): the two generators must agree.

import type { CiamErrorCode } from "../errors.js";
import type { OperationId } from "./operations.js";

/**
 * Every error code the spec documents for the product: the union of each operation's CiamErrorCode<Op> (taken per
 * operation, so that codes of a status only some operations answer, such as a 500, are kept).
 */
export type DocumentedErrorCode = { [Op in OperationId]: CiamErrorCode<Op> }[OperationId];

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
  "IDAAS.SDK.CAPTCHA.0002": {
    "message": "Graphic verification code verification failed",
    "action": "Get a new captcha with getCaptcha and let the user slide it again"
  },
  "IDAAS.SDK.CAPTCHA.0006": {
    "message": "Failed to send verification… (the vendor's page cuts the rest of this message)",
    "action": "Let the user pass a new graphical captcha, then send the code again with its token"
  },
  "IDAAS.SDK.CAPTCHA.0007": {
    "message": "Incorrect verification code",
    "messageZh": "验证码不正确",
    "action": "Please check if the entered verification code is correct"
  },
  "IDAAS.SDK.COM.0002": {
    "message": "System busy, please try again later",
    "messageZh": "系统繁忙,请稍后再试",
    "action": "Please retry the call or contact Zhuyun staff"
  },
  "IDAAS.SDK.LOGIN.0001": {
    "message": "User has been locked out due to multiple login failures. It will be unlocked in {0} minutes and {1} seconds",
    "messageZh": "由于多次登录失败,用户已被锁定。 它将在 {0} 分钟和 {1} 秒内解锁",
    "action": "Please unlock and try again"
  },
  "IDAAS.SDK.LOGIN.0002": {
    "message": "Invalid account or password. Remaining times: {0}",
    "messageZh": "无效的账号或密码。 剩余次数:{0}",
    "action": "Please check if the entered username or password is correct"
  },
  "IDAAS.SDK.PARAM.0001": {
    "message": "Device information is incomplete",
    "messageZh": "设备信息不完整",
    "action": "Please check if the entered device information is complete"
  },
  "IDAAS.SDK.PARAM.0002": {
    "message": "clientId cannot be empty",
    "messageZh": "clientId不能为空",
    "action": "Please check if the entered clientId is empty"
  },
  "IDAAS.SDK.PARAM.0003": {
    "message": "The app is not registered, please register the app first",
    "messageZh": "应用未注册,请先注册应用",
    "action": "Please check if the entered clientId is correct"
  },
  "IDAAS.SDK.PARAM.0009": {
    "message": "Verification code cannot be empty",
    "messageZh": "验证码不能为空",
    "action": "Please check if the entered verification code is empty"
  },
  "IDAAS.SDK.PARAM.0014": {
    "message": "Invalid state token",
    "action": "Log in with the password again to get a new state_token, then repeat the call with it"
  },
  "IDAAS.SDK.PARAM.0016": {
    "message": "IdToken is invalid or expired",
    "action": "Get a new id_token with refreshIdToken (or log the user in again), then repeat the call with it"
  },
  "IDAAS.SDK.PARAM.0023": {
    "message": "Invalid or expired session token",
    "action": "Log the user in again: the session token can no longer be used"
  },
  "IDAAS.SDK.USER.0001": {
    "message": "User not found",
    "messageZh": "用户未找到",
    "action": "Please register and try again"
  },
  "IDAAS.SDK.USER.0004": {
    "message": "Mobile number cannot be empty",
    "messageZh": "手机号不能为空",
    "action": "Please check if the entered mobile number is empty"
  },
  "IDAAS.SDK.USER.0006": {
    "message": "Password cannot be empty",
    "messageZh": "密码不能为空",
    "action": "Please check if the entered password is empty"
  },
  "IDAAS.SDK.USER.0039": {
    "message": "User is disabled",
    "messageZh": "用户已被禁用",
    "action": "Please contact the administrator"
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
