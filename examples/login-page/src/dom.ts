// The few DOM helpers the screens share: find an element, show one screen, say something (again in the other
// language after a switch), mark a field wrong, and a form that ignores a second submit while the first runs.
import { onLanguageChange } from "./language.js";

/** The element with this id; a missing one is a bug of index.html. */
export function byId<Element extends HTMLElement = HTMLElement>(id: string): Element {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element as Element;
}

/** Shows the screen (a `section.screen`), hides the others, and moves focus to its heading. */
export function showScreen(id: "sign-in" | "change" | "signed-in"): void {
  for (const screen of document.querySelectorAll<HTMLElement>(".screen")) screen.hidden = screen.id !== id;
  byId(id).querySelector<HTMLElement>("h1")?.focus();
}

const sayings = new Map<HTMLElement, () => string>();
onLanguageChange(() => {
  for (const [element, text] of sayings) element.textContent = text();
});

/** Writes `text()` into `element` now and after each switch of language; no `text` empties it. */
export function say(element: HTMLElement, text?: () => string): void {
  if (text) sayings.set(element, text);
  else sayings.delete(element);
  element.textContent = text?.() ?? "";
}

/** Marks `input` wrong, says why in `message` (the field's description, a live region), and focuses it. */
export function invalid(input: HTMLInputElement, message: HTMLElement, text: () => string): void {
  input.setAttribute("aria-invalid", "true");
  say(message, text);
  input.focus();
}

/** Clears the marks of `invalid` as the user edits the fields in `area` (a field, or a form). */
export function clearMarksOnInput(area: HTMLElement, message: HTMLElement): void {
  area.addEventListener("input", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.hasAttribute("aria-invalid")) {
      event.target.removeAttribute("aria-invalid");
      say(message);
    }
  });
}

/**
 * Runs `work` for a submit or a click unless one is running; meanwhile `button` shows it is busy. The button stays
 * focusable (aria-disabled, not disabled), so the keyboard user's focus does not fall back to the page.
 */
export async function whileBusy(button: HTMLButtonElement, work: () => Promise<void>): Promise<void> {
  if (button.getAttribute("aria-disabled") === "true") return;
  button.setAttribute("aria-disabled", "true");
  button.dataset.busy = "";
  try {
    await work();
  } finally {
    button.removeAttribute("aria-disabled");
    delete button.dataset.busy;
  }
}
