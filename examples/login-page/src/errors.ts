// What the page says when a call fails: never a stack, never `undefined`. A documented error code gets the spec's
// message in the page's language (describeError), its numbers (attempts left, minutes) taken from the service's
// own message; the codes this page handles itself get its own words; anything else a plain sentence.
import { IdaasApiError, IdaasNetworkError, IdaasTimeoutError, IdaasTokenError } from "@idaas-sdk/ciam";
import { describeError, isDocumentedErrorCode } from "@idaas-sdk/ciam/messages";
import { language, t } from "./language.js";

/** Codes after which this page does something of its own, with its own words. */
const OWN_WORDS = {
  // sendSmsCode refused the captcha token (spent or expired): the slider shows a new puzzle
  "IDAAS.SDK.CAPTCHA.0006": "captchaTokenRefused",
  // updatePassword / skipPasswordUpdate refused the state token (expired, used): back to sign in
  "IDAAS.SDK.PARAM.0014": "stateTokenRefused",
} as const;

export function errorMessage(error: unknown): string {
  const texts = t();
  if (error instanceof IdaasApiError) {
    if (Object.hasOwn(OWN_WORDS, error.code)) return texts[OWN_WORDS[error.code as keyof typeof OWN_WORDS]];
    if (isDocumentedErrorCode(error.code)) {
      const { message } = describeError(error.code, language(), error.message.match(/\d+/g) ?? []);
      // A placeholder left unfilled: the service's message had other numbers; its own words say it best.
      if (!/\{\d+\}/.test(message)) return message;
    }
    // A code the spec does not document (e.g. the emulator's MOCK.*): the service's own message.
    return error.message.trim() || texts.unexpected;
  }
  if (error instanceof IdaasTimeoutError) return texts.timeout;
  if (error instanceof IdaasNetworkError) return texts.network;
  if (error instanceof IdaasTokenError) return texts.badToken;
  return texts.unexpected;
}
