// Sign in by SMS code: the mobile number, the slider captcha (<idaas-slider-captcha>), sendSmsCode with LOGIN_SMS
// and the captcha token, then the code and loginWithMobileCode.
import type { CiamClient, LoginSuccessResult } from "@idaas-sdk/ciam";
import { isIdaasApiError } from "@idaas-sdk/ciam";
import { byId, clearMarksOnInput, invalid, say, whileBusy } from "./dom.js";
import { errorMessage } from "./errors.js";
import { onLanguageChange, t } from "./language.js";

/** Refused drops before the page offers the password instead (the slider itself says "try this new puzzle"). */
const DROPS_BEFORE_HELP = 3;

/** 13900000001 → 139****0001: the number shown back, as the service's own pages show it. */
const masked = (mobile: string) => (mobile.length > 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : mobile);

export function smsLogin(client: () => CiamClient, signedIn: (result: LoginSuccessResult) => void) {
  const form = byId<HTMLFormElement>("sms-form");
  const mobile = byId<HTMLInputElement>("sms-mobile");
  const next = byId<HTMLButtonElement>("sms-continue");
  const captcha = byId("sms-captcha");
  const trouble = byId("sms-trouble");
  const status = byId("sms-status");
  const codeStep = byId("sms-code-step");
  const code = byId<HTMLInputElement>("sms-code");
  const signIn = byId<HTMLButtonElement>("sms-sign-in");
  const error = byId("sms-error");
  const codeError = byId("sms-code-error");
  const found = captcha.querySelector("idaas-slider-captcha");
  if (!found) throw new Error("index.html has no <idaas-slider-captcha> in #sms-captcha");
  const slider = found;

  let step: "mobile" | "captcha" | "code" = "mobile";
  let refusedDrops = 0;
  const number = () => mobile.value.trim();
  const syncLanguage = () => slider.setAttribute("lang", document.documentElement.lang);
  syncLanguage();
  onLanguageChange(syncLanguage);
  clearMarksOnInput(mobile, error);
  clearMarksOnInput(code, codeError);

  /** The captcha, for the number typed: a fresh puzzle each time it is shown (Enter again keeps the one shown). */
  function showCaptcha() {
    if (!number()) return invalid(mobile, error, () => t().mobileRequired);
    if (step === "captcha") return byId("sms-captcha-title").focus();
    say(error);
    say(codeError);
    say(status);
    slider.sender = number();
    if (slider.client) slider.refresh();
    else slider.client = client(); // the first puzzle loads now, not when the page opens
    step = "captcha";
    next.hidden = true;
    codeStep.hidden = true;
    captcha.hidden = false;
    byId("sms-captcha-title").focus();
  }

  slider.addEventListener("verified", async (event) => {
    say(error);
    say(status, () => t().sending);
    try {
      await client().sendSmsCode({ mobile: number(), type: "LOGIN_SMS", captchaToken: event.detail.captchaToken });
    } catch (sendError) {
      say(status);
      say(error, () => errorMessage(sendError));
      slider.refresh(); // a captcha token is good for one send: the user slides again
      return;
    }
    const sentTo = masked(number());
    say(status, () => t().codeSent(sentTo));
    step = "code";
    mobile.readOnly = true;
    captcha.hidden = true;
    codeStep.hidden = false;
    code.value = "";
    code.focus();
  });

  slider.addEventListener("failed", (event) => {
    const { error: cause } = event.detail;
    if (isIdaasApiError(cause, "IDAAS.SDK.CAPTCHA.0002")) {
      // A refused drop: the slider says so and shows a new puzzle. After a few, offer the other way in.
      refusedDrops++;
      trouble.hidden = refusedDrops < DROPS_BEFORE_HELP;
      return;
    }
    say(error, () => errorMessage(cause)); // no puzzle could be loaded or checked: its refresh button retries
  });

  async function logIn() {
    const verifyCode = code.value.trim();
    if (!verifyCode) return invalid(code, codeError, () => t().codeRequired);
    say(codeError);
    await whileBusy(signIn, async () => {
      try {
        // Its one status is SUCCESS: were the service to document another, this call would stop compiling.
        const result = await client().loginWithMobileCode({ mobile: number(), verifyCode });
        reset();
        signedIn(result);
      } catch (loginError) {
        invalid(code, codeError, () => errorMessage(loginError));
        code.select();
      }
    });
  }

  /** Back to the first step: another number, or after signing in. */
  function reset() {
    step = "mobile";
    refusedDrops = 0;
    mobile.readOnly = false;
    next.hidden = false;
    captcha.hidden = true;
    trouble.hidden = true;
    codeStep.hidden = true;
    code.value = "";
    say(status);
    say(error);
    say(codeError);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (step === "code") void logIn();
    else showCaptcha();
  });
  // Editing the number while the puzzle shows: the code will go to the new one.
  mobile.addEventListener("input", () => {
    slider.sender = number();
  });
  byId("sms-resend").addEventListener("click", showCaptcha);
  byId("sms-change").addEventListener("click", () => {
    reset();
    mobile.focus();
  });

  return { reset };
}
