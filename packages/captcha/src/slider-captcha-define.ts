// Registers <idaas-slider-captcha>, only when called: importing the package defines nothing (as
// github/relative-time-element keeps its define apart), so it is safe on a server.
import { SliderCaptchaElement } from "./slider-captcha-element.js";

/** The element's tag. */
export const SLIDER_CAPTCHA_TAG = "idaas-slider-captcha";

/**
 * Defines `<idaas-slider-captcha>` in the page's custom element registry, once; later calls, and calls where there
 * is no registry (Node, server-side rendering), do nothing. Returns the element class.
 */
export function defineSliderCaptcha(): typeof SliderCaptchaElement {
  const registry = globalThis.customElements;
  if (registry && !registry.get(SLIDER_CAPTCHA_TAG)) registry.define(SLIDER_CAPTCHA_TAG, SliderCaptchaElement);
  return SliderCaptchaElement;
}

declare global {
  interface HTMLElementTagNameMap {
    "idaas-slider-captcha": SliderCaptchaElement;
  }
}
