export { defineSliderCaptcha, SLIDER_CAPTCHA_TAG } from "./slider-captcha-define.js";
export { SliderCaptchaElement } from "./slider-captcha-element.js";
export { type SolveCaptchaOptions, solveCaptcha } from "./solve-captcha.js";
export { type SliderCaptchaTexts, sliderCaptchaTexts } from "./texts.js";
export type {
  CaptchaChallenge,
  CaptchaCheck,
  CaptchaClient,
  SliderCaptchaEventMap,
  SliderCaptchaState,
} from "./types.js";
