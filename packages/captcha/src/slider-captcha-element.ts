// <idaas-slider-captcha>: the service's slider captcha (AJ-Captcha's "blockPuzzle") as a web component. It gets a
// challenge from the client, lets the user drag the piece (pointer or keyboard), sends the drop as the point of
// the 310-pixel original and says what came of it. Importing this file defines nothing and touches no DOM: the
// class extends a stand-in where there is no HTMLElement (Node, server-side rendering); defineSliderCaptcha()
// registers it.
import { STYLES } from "./styles.js";
import { type SliderCaptchaTexts, sliderCaptchaTexts } from "./texts.js";
import type { CaptchaChallenge, CaptchaClient, SliderCaptchaEventMap, SliderCaptchaState } from "./types.js";

type Message = "" | "loading" | "checking" | "verified" | "failed" | "error" | "expired";

/** The width of AJ-Captcha's original image, the scale of the point sent. */
const WIDTH = 310;
/** The furthest drop: the piece's left edge when its 47-pixel band touches the right edge. */
const MAX = WIDTH - 47;
/** AJ-Captcha's y: its front ends always send 5.0 (verify.js line 328, VerifySlide.vue line 281). */
const Y = 5;
/** A challenge lives 120 s at the service (AJ-Captcha's default); one older than this is replaced, never sent. */
const MAX_AGE = 110_000;
const TONES: Partial<Record<Message, string>> = { verified: "ok", failed: "bad", error: "bad" };

const TEMPLATE =
  '<div part="box" role="group"><div part="image"><img part="background"><img part="piece" alt="">' +
  '<button part="refresh"><svg viewBox="0 0 24 24">' +
  '<path d="M20 12a8 8 0 1 1-2.34-5.66L20 8.5M20 3.5v5h-5"/></svg></button></div><div part="track">' +
  '<div part="fill"></div><span part="hint" id="h"></span><div part="handle" role="slider" tabindex="0" ' +
  `aria-valuemin="0" aria-valuemax="${MAX}" aria-describedby="h k"></div></div>` +
  '<span part="message" role="status"></span><span id="k" hidden></span></div>';

let sheet: CSSStyleSheet | undefined;

const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

// Typed events: addEventListener("verified", (event) => event.detail.captchaToken).
export interface SliderCaptchaElement {
  addEventListener<K extends keyof SliderCaptchaEventMap>(
    type: K,
    listener: (this: SliderCaptchaElement, event: SliderCaptchaEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof SliderCaptchaEventMap>(
    type: K,
    listener: (this: SliderCaptchaElement, event: SliderCaptchaEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * The slider captcha. Set `client` (and `sender`) and it loads a puzzle; listen for `verified`. Attributes:
 * `sender`, `lang`; it reflects its `state` as an attribute. Parts: box, image, background, piece, refresh, track,
 * fill, hint, handle, message.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above
export class SliderCaptchaElement extends Base {
  static observedAttributes = ["sender", "lang"];

  /** The clock the age of a challenge is measured with, in milliseconds: replace it in tests. */
  now: () => number = Date.now;
  #client: CaptchaClient | undefined;
  #sender = "";
  #texts: Partial<SliderCaptchaTexts> = {};
  #state: SliderCaptchaState = "loading";
  #message: Message = "";
  #challenge: CaptchaChallenge | undefined;
  #loadedAt = 0;
  /** The drop, in pixels of the 310-pixel original: what the handle's aria-valuenow says and what is sent. */
  #x = 0;
  /** Each load and check takes a number; an answer whose number is not the latest is dropped. */
  #turn = 0;
  #drag: { id: number; from: number } | undefined;
  #root: ShadowRoot;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.innerHTML = TEMPLATE;
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLES);
      }
      this.#root.adoptedStyleSheets = [sheet];
    } catch {
      // No constructable style sheets (Safari before 16.4): a <style> element.
      this.#root.append(Object.assign(document.createElement("style"), { textContent: STYLES }));
    }
    const handle = this.#part("handle");
    handle.addEventListener("pointerdown", (event) => this.#down(event));
    handle.addEventListener("pointermove", (event) => this.#move(event));
    handle.addEventListener("pointerup", (event) => this.#up(event));
    // A drag the browser took over, or whose capture was lost (the element moved): the piece goes back, unsent.
    // After a pointerup the capture is released too, but that drag is over by then.
    handle.addEventListener("pointercancel", (event) => this.#up(event, true));
    handle.addEventListener("lostpointercapture", (event) => this.#up(event, true));
    handle.addEventListener("keydown", (event) => this.#key(event));
    this.#part("refresh").addEventListener("click", () => this.#load());
  }

  /** The product client (`createCiamClient(…)`, `createEiamClient(…)`), or anything with its two captcha methods. */
  get client(): CaptchaClient | undefined {
    return this.#client;
  }
  set client(client: CaptchaClient | undefined) {
    this.#client = client;
    if (client && this.isConnected) this.#load();
  }

  /** The mobile number or email address the code will be sent to (also the `sender` attribute). */
  get sender(): string {
    return this.#sender;
  }
  set sender(sender: string) {
    this.#sender = sender;
  }

  /** Texts replacing the language's own, e.g. `{ hint: "Slide to continue" }`. */
  get texts(): Partial<SliderCaptchaTexts> {
    return this.#texts;
  }
  set texts(texts: Partial<SliderCaptchaTexts> | undefined) {
    this.#texts = texts ?? {};
    this.#render();
  }

  /** Where the element is: loading, ready, dragging, checking, verified or error. */
  get state(): SliderCaptchaState {
    return this.#state;
  }

  connectedCallback() {
    // Properties set before the element was defined shadow the accessors: pass them through.
    for (const name of ["client", "sender", "texts"] as const) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        Reflect.deleteProperty(this, name);
        (this as Record<typeof name, unknown>)[name] = value;
      }
    }
    if (!this.#turn && this.#client) this.#load();
    else this.#render();
  }

  disconnectedCallback() {
    // Taken out of the page mid-drag: the drag ends there, unsent (its pointerup will not come here).
    if (this.#drag) this.#up({ pointerId: this.#drag.id } as PointerEvent, true);
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    if (name === "sender") this.#sender = value ?? "";
    this.#render();
  }

  /** Drops the current puzzle and loads a new one (what the refresh button does). */
  refresh(): Promise<void> {
    return this.#load();
  }

  async #load(message: Message = "loading") {
    const turn = ++this.#turn;
    this.#drag = undefined;
    this.#x = 0;
    this.#show("loading", message);
    try {
      const challenge = await (this.#client as CaptchaClient).getCaptcha();
      if (turn !== this.#turn) return;
      this.#challenge = challenge;
      this.#loadedAt = this.now();
      const src = (base64: string) => (base64.startsWith("data:") ? base64 : `data:image/png;base64,${base64}`);
      (this.#part("background") as HTMLImageElement).src = src(challenge.originalImageBase64);
      (this.#part("piece") as HTMLImageElement).src = src(challenge.jigsawImageBase64);
      this.#show("ready", message === "loading" ? "" : message);
    } catch (error) {
      if (turn !== this.#turn) return;
      this.#show("error", "error");
      this.#emit("failed", { error });
    }
  }

  #part(name: string): HTMLElement {
    return this.#root.querySelector(`[part=${name}]`) as HTMLElement;
  }

  #emit<K extends "verified" | "failed">(type: K, detail: SliderCaptchaEventMap[K]["detail"]) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #show(state: SliderCaptchaState, message: Message) {
    this.#state = state;
    this.#message = message;
    this.#render();
  }

  /** Whether input may move the piece now; a challenge too old to be checked is replaced first. */
  #ready(): boolean {
    if (this.#state !== "ready") return false;
    if (this.now() - this.#loadedAt < MAX_AGE) return true;
    this.#load("expired");
    return false;
  }

  /** The rendered width of the image (and the track): the scale between the screen and the original. */
  #width(): number {
    return this.#part("track").getBoundingClientRect().width || WIDTH;
  }

  #moveTo(x: number) {
    this.#x = Math.min(MAX, Math.max(0, x));
    this.#message = "";
    this.#render();
  }

  #down(event: PointerEvent) {
    // The primary pointer's main button only (a second finger or a right click drags nothing).
    if (!event.isPrimary || event.button || !this.#ready()) return;
    this.#part("handle").setPointerCapture(event.pointerId);
    this.#drag = { id: event.pointerId, from: event.clientX - (this.#x * this.#width()) / WIDTH };
    this.#state = "dragging";
    this.#moveTo(this.#x);
  }

  #move(event: PointerEvent) {
    if (this.#drag?.id !== event.pointerId) return;
    // As AJ-Captcha's front ends (anji-plus/captcha at 2e0eb84): the piece moves with the pointer, its left edge at
    // the pointer's travel since the press (view/html/js/verify.js lines 280 and 301-312, moveLeftDistance;
    // view/vue/src/components/verifition/Verify/VerifySlide.vue lines 237 and 257-267, moveBlockLeft), and the
    // point sent is that travel × 310 / the rendered image width (verify.js line 323, VerifySlide.vue lines
    // 277-278). It is rounded to a whole pixel of the original, as their click captcha's pointTransfrom does
    // (verify.js line 688) and as the service reads it (PointVO.parse keeps the integer part), so that
    // aria-valuenow is exactly what is sent.
    this.#moveTo(Math.round(((event.clientX - this.#drag.from) * WIDTH) / this.#width()));
  }

  #up(event: PointerEvent, cancelled = false) {
    if (this.#drag?.id !== event.pointerId) return;
    this.#drag = undefined;
    this.#state = "ready";
    // A press without travel is no drop: nothing is sent (the challenge stays usable).
    if (cancelled || !this.#x) this.#moveTo(0);
    else this.#check();
  }

  #key(event: KeyboardEvent) {
    const step = event.shiftKey ? 10 : 1;
    const moves: Record<string, number> = {
      ArrowRight: step,
      ArrowUp: step,
      ArrowLeft: -step,
      ArrowDown: -step,
      PageUp: 10,
      PageDown: -10,
      Home: -MAX,
      End: MAX,
    };
    const move = moves[event.key];
    if (move === undefined && event.key !== "Enter") return;
    event.preventDefault();
    if (!this.#ready()) return;
    if (move === undefined) this.#check();
    else this.#moveTo(this.#x + move);
  }

  async #check() {
    if (!this.#ready()) return;
    const turn = ++this.#turn;
    const { token, secretKey } = this.#challenge as CaptchaChallenge;
    this.#show("checking", "checking");
    try {
      const { captchaToken } = await (this.#client as CaptchaClient).verifyCaptcha({
        token,
        secretKey,
        point: { x: this.#x, y: Y },
        sender: this.#sender,
      });
      if (turn !== this.#turn) return;
      this.#show("verified", "verified");
      this.#emit("verified", { captchaToken });
    } catch (error) {
      if (turn !== this.#turn) return;
      // The service answered (an API error has a code): the drop missed. Either way the challenge is spent.
      const refused = typeof (error as { code?: unknown } | null)?.code === "string";
      this.#emit("failed", { error });
      this.#load(refused ? "failed" : "error");
    }
  }

  #render() {
    const lang = (this.closest("[lang]") ?? document.documentElement).getAttribute("lang") ?? "";
    const texts = { ...sliderCaptchaTexts[/^zh\b/i.test(lang) ? "zh" : "en"], ...this.#texts };
    const set = (part: string, attributes: Record<string, string | number | boolean>) => {
      const element = this.#part(part);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    };
    const box = this.#part("box");
    box.dataset.state = this.#state;
    box.dataset.tone = TONES[this.#message] ?? "";
    box.toggleAttribute("data-moved", this.#x > 0);
    box.style.setProperty("--x", String(this.#x));
    set("box", { "aria-label": texts.title });
    set("background", { alt: texts.image });
    set("refresh", { "aria-label": texts.refresh, title: texts.refresh });
    set("handle", {
      "aria-label": texts.slider,
      "aria-valuenow": this.#x,
      "aria-valuetext": texts.position(this.#x, MAX),
      "aria-disabled": this.#state !== "ready" && this.#state !== "dragging",
    });
    this.#part("hint").textContent = texts.hint;
    (this.#root.getElementById("k") as HTMLElement).textContent = texts.keys;
    this.#part("message").textContent = this.#message && texts[this.#message];
    if (this.isConnected) this.setAttribute("state", this.#state);
  }
}
