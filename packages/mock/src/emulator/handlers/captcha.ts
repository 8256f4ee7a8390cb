// The slider captcha: a new puzzle, and the check of a drop.
import { field } from "../context.js";
import { LIFETIMES } from "../journey.js";
import { createPuzzle, fits, pointOf } from "../puzzle.js";
import { fail, outcome } from "../replies.js";
import { randomHex, randomToken } from "../tokens.js";
import type { Handler } from "./common.js";

export const getCaptcha: Handler = (context) => {
  const { store } = context.world;
  const token = randomHex();
  const secretKey = randomToken(16);
  const { x, background, piece } = createPuzzle();
  store.challenges.set(token, {
    product: context.product,
    x,
    secretKey,
    used: false,
    expiresAt: store.expiry(LIFETIMES.challenge),
  });
  return outcome(context, "default", {
    token,
    secretKey,
    originalImageBase64: background,
    jigsawImageBase64: piece,
  });
};

/** A drop on a live challenge: checked once, within AJ-Captcha's tolerance of the hole (any point with the option). */
export const verifyCaptcha: Handler = (context) => {
  const { store, anyCaptchaPoint } = context.world;
  const challenge = store.challenges.get(field(context, "token"));
  if (!store.live(challenge, context.product)) return fail(context, "refused-token", "token");
  challenge.used = true;
  const pointJson = field(context, "point_json");
  if (!anyCaptchaPoint && !fits(pointOf(pointJson, challenge.secretKey), challenge.x)) {
    return fail(context, "refused-token", "point_json");
  }
  // AJ-Captcha's captchaVerification: the challenge's token, "---", the point as sent.
  const captchaToken = `${randomHex()}---${pointJson}`;
  store.captchaTokens.set(captchaToken, {
    product: context.product,
    sender: field(context, "sender"),
    used: false,
    expiresAt: store.expiry(LIFETIMES.captchaToken),
  });
  return outcome(context, "default", { captcha_token: captchaToken });
};
