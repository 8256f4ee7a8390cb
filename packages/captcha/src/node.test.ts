// Importing the package where there is no DOM (Node, server-side rendering): nothing is defined, no DOM global is
// read, nothing throws, and defineSliderCaptcha() does nothing there. The built entry is what is imported.
import { existsSync } from "node:fs";
import { afterEach, expect, test } from "vitest";

const entry = new URL("../dist/index.js", import.meta.url);
const DOM_GLOBALS = ["window", "document", "customElements", "CSSStyleSheet", "CustomEvent"] as const;

afterEach(() => {
  for (const name of DOM_GLOBALS) Reflect.deleteProperty(globalThis, name);
});

test("the import reads no DOM global and throws nothing; defineSliderCaptcha then does nothing", async () => {
  if (!existsSync(entry)) throw new Error("packages/captcha is not built (no dist/index.js): run the build first");
  expect(globalThis.HTMLElement).toBeUndefined();
  // Every DOM global a browser would have, as a trap that records any use (CustomEvent is Node's own otherwise).
  const touched: string[] = [];
  for (const name of DOM_GLOBALS) {
    const trap = new Proxy(() => {}, {
      get: (_target, key) => touched.push(`${name}.${String(key)}`),
      apply: () => touched.push(`${name}()`),
      construct: () => {
        touched.push(`new ${name}`);
        return {};
      },
    });
    Object.defineProperty(globalThis, name, { value: trap, configurable: true });
  }
  const captcha = await import(entry.href);
  expect(touched).toEqual([]);
  expect(Object.keys(captcha).sort()).toEqual([
    "SLIDER_CAPTCHA_TAG",
    "SliderCaptchaElement",
    "defineSliderCaptcha",
    "sliderCaptchaTexts",
    "solveCaptcha",
  ]);
  for (const name of DOM_GLOBALS) Reflect.deleteProperty(globalThis, name);
  expect(captcha.defineSliderCaptcha()).toBe(captcha.SliderCaptchaElement);
});
