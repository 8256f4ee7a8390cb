// The promise form: a slider in a container, resolved with the captcha token, for pages that want no markup.
import { defineSliderCaptcha, SLIDER_CAPTCHA_TAG } from "./slider-captcha-define.js";
import type { SliderCaptchaTexts } from "./texts.js";
import type { CaptchaClient } from "./types.js";

export interface SolveCaptchaOptions {
  /** The product client, or anything with its `getCaptcha` and `verifyCaptcha`. */
  client: CaptchaClient;
  /** The mobile number or email address the code will be sent to. */
  sender: string;
  /** Texts replacing the language's own. */
  texts?: Partial<SliderCaptchaTexts>;
  /** Aborting removes the slider and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Shows a slider captcha in `container` (replacing what it holds) and resolves with the captcha token once the
 * user passes it; a failed drop gets a new puzzle, so it waits for as many tries as the user makes. The slider
 * stays, showing that it passed, until you remove it or call again.
 */
export function solveCaptcha(container: Element, { client, sender, texts, signal }: SolveCaptchaOptions) {
  defineSliderCaptcha();
  return new Promise<string>((resolve, reject) => {
    signal?.throwIfAborted();
    const slider = document.createElement(SLIDER_CAPTCHA_TAG);
    const abort = () => {
      slider.remove();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", abort, { once: true });
    slider.addEventListener("verified", (event) => {
      signal?.removeEventListener("abort", abort);
      resolve(event.detail.captchaToken);
    });
    Object.assign(slider, { sender, texts, client });
    container.replaceChildren(slider);
  });
}
