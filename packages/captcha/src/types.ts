// The element's public types: what it needs of a client, its events and its states.

/** The challenge `getCaptcha()` resolves: the clients' `CaptchaChallengeResult`. */
export interface CaptchaChallenge {
  token: string;
  /** The 310×155 background with the gap, base64 PNG (a `data:` URL is taken as it is). */
  originalImageBase64: string;
  /** The piece, as high as the background, base64 PNG. */
  jigsawImageBase64: string;
  secretKey: string | null;
}

/** What the element passes to `verifyCaptcha`: the client encrypts `point` with `secretKey` itself. */
export interface CaptchaCheck {
  token: string;
  secretKey: string | null;
  /** Where the piece was dropped, in pixels of the 310-pixel-wide original; `y` is always 5. */
  point: { x: number; y: number };
  sender: string;
}

/** What the element needs of a client: `createCiamClient(…)` and `createEiamClient(…)` both fit. */
export interface CaptchaClient {
  getCaptcha(): Promise<CaptchaChallenge>;
  verifyCaptcha(input: CaptchaCheck): Promise<{ captchaToken: string }>;
}

/** The element's events (its own two are `CustomEvent`s that bubble and cross shadow roots), as lib.dom's maps. */
export interface SliderCaptchaEventMap extends HTMLElementEventMap {
  /** The service accepted the drop: `captchaToken` goes to `sendSmsCode` / `sendEmailCode`. */
  verified: CustomEvent<{ captchaToken: string }>;
  /** A drop was refused or could not be checked, or no puzzle could be loaded; `error` is the client's error. */
  failed: CustomEvent<{ error: unknown }>;
}

/** Where the element is: what its `state` property and attribute say. */
export type SliderCaptchaState = "loading" | "ready" | "dragging" | "checking" | "verified" | "error";
