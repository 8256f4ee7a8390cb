// The element's types: both product clients fit `client`, the tag is in HTMLElementTagNameMap, the events are typed.
import { createCiamClient } from "@idaas-sdk/ciam";
import { createEiamClient } from "@idaas-sdk/eiam";
import { expectTypeOf, test } from "vitest";
import { type CaptchaClient, type SliderCaptchaElement, solveCaptcha } from "./index.js";

test("a CIAM or EIAM client is a CaptchaClient", () => {
  expectTypeOf(createCiamClient).returns.toExtend<CaptchaClient>();
  expectTypeOf(createEiamClient).returns.toExtend<CaptchaClient>();
  expectTypeOf<{ getCaptcha(): Promise<{ token: string }> }>().not.toExtend<CaptchaClient>();
});

test("document.createElement knows the tag, and the events carry typed details", () => {
  const slider = document.createElement("idaas-slider-captcha");
  expectTypeOf(slider).toEqualTypeOf<SliderCaptchaElement>();
  slider.addEventListener("verified", (event) => {
    expectTypeOf(event.detail).toEqualTypeOf<{ captchaToken: string }>();
  });
  slider.addEventListener("failed", (event) => {
    expectTypeOf(event.detail.error).toBeUnknown();
  });
  slider.addEventListener("click", (event) => {
    expectTypeOf(event).toEqualTypeOf<HTMLElementEventMap["click"]>();
  });
  expectTypeOf(slider.sender).toBeString();
  expectTypeOf(solveCaptcha).returns.toEqualTypeOf<Promise<string>>();
});
