// The element's words, in English and Chinese. Each is replaceable through the element's `texts` property.

/** Every text the slider shows or speaks. `position` says where the piece is, in pixels of the original image. */
export interface SliderCaptchaTexts {
  /** The name of the whole widget. */
  title: string;
  /** The name of the handle (`role="slider"`). */
  slider: string;
  /** The instruction in the track, also the handle's description. */
  hint: string;
  /** How to use it from the keyboard: the handle's description, not shown. */
  keys: string;
  /** The handle's `aria-valuetext`: `x` as it will be sent, `max` the furthest drop. */
  position: (x: number, max: number) => string;
  /** The background picture's alternative text. */
  image: string;
  /** The refresh button's name. */
  refresh: string;
  loading: string;
  checking: string;
  verified: string;
  /** The service refused the drop; a new puzzle follows. */
  failed: string;
  /** The puzzle could not be loaded or checked (network, server). */
  error: string;
  /** The puzzle was too old to check; a new one follows. */
  expired: string;
}

/** The texts of each language the element knows; `lang` picks `zh` for any `zh-*`, English otherwise. */
export const sliderCaptchaTexts: Record<"en" | "zh", SliderCaptchaTexts> = {
  en: {
    title: "Security check",
    slider: "Puzzle piece",
    hint: "Slide to complete the puzzle",
    keys: "Arrow keys move the piece (Shift: faster), Enter checks.",
    position: (x, max) => `${x} of ${max} pixels`,
    image: "Picture with a gap for the piece",
    refresh: "New puzzle",
    loading: "Loading the puzzle…",
    checking: "Checking…",
    verified: "Verified",
    failed: "Not quite. Try this new puzzle.",
    error: "Something went wrong. Try again.",
    expired: "The puzzle expired. Here is a new one.",
  },
  zh: {
    title: "安全验证",
    slider: "拼图滑块",
    hint: "向右拖动滑块完成拼图",
    keys: "方向键移动拼图（Shift 加速），回车提交。",
    position: (x, max) => `${x} / ${max} 像素`,
    image: "带缺口的图片",
    refresh: "换一张",
    loading: "正在加载拼图…",
    checking: "正在验证…",
    verified: "验证通过",
    failed: "没有对准，请在新拼图上重试。",
    error: "出错了，请重试。",
    expired: "拼图已过期，已换一张。",
  },
};
