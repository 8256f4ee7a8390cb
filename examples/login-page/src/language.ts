// The page's language: English or Chinese, chosen in the header (first the browser's preference), remembered in
// this browser. Switching re-writes every data-t text and tells the screens, which re-write what they built.
import { LANGUAGES, type Language, TEXTS, type Texts } from "./texts.js";

const STORAGE_KEY = "idaas-login-page-language";
const listeners = new Set<(language: Language) => void>();
let current: Language = initialLanguage();

function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage may be off (a private window, a sandboxed frame): the browser's preference decides
  }
  return navigator.languages.some((tag) => /^zh\b/i.test(tag)) ? "zh" : "en";
}

/** The page's language now. */
export const language = (): Language => current;

/** The texts of the page's language now. */
export const t = (): Texts => TEXTS[current];

/** Writes every `data-t` text of the document, the title and the `lang` attribute in the current language. */
export function applyTexts(): void {
  const texts = TEXTS[current];
  document.documentElement.lang = current === "zh" ? "zh-CN" : "en";
  document.title = texts.documentTitle;
  for (const element of document.querySelectorAll<HTMLElement>("[data-t]")) {
    const text = texts[element.dataset.t as keyof Texts];
    if (typeof text === "string") element.textContent = text;
  }
}

export function setLanguage(next: string): void {
  if (!isLanguage(next) || next === current) return;
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered: fine
  }
  applyTexts();
  for (const listener of listeners) listener(next);
}

/** Calls `listener` after each switch of language. */
export function onLanguageChange(listener: (language: Language) => void): void {
  listeners.add(listener);
}
