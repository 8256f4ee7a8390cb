import { describe, expectTypeOf, it } from "vitest";
import type { VerifyCaptchaInput } from "./captcha.js";
import type { CaptchaChallengeResult } from "./results.js";

declare const verifyCaptcha: (input: VerifyCaptchaInput) => void;
declare const challenge: CaptchaChallengeResult;

describe("VerifyCaptchaInput", () => {
  it("takes the challenge with the point, or a pointJson, and never forgets the secretKey", () => {
    verifyCaptcha({ ...challenge, point: { x: 237, y: 5 }, sender: "s" });
    verifyCaptcha({ token: "t", point: { x: 237, y: 5 }, secretKey: null, sender: "s" });
    verifyCaptcha({ token: "t", pointJson: '{"x":237,"y":5}', sender: "s" });
    // @ts-expect-error the secretKey goes with the point (null when getCaptcha gave none)
    verifyCaptcha({ token: "t", point: { x: 237, y: 5 }, sender: "s" });
    // @ts-expect-error point or pointJson, not both
    verifyCaptcha({ token: "t", point: { x: 1, y: 5 }, secretKey: null, pointJson: "{}", sender: "s" });
    // @ts-expect-error the sender is required
    verifyCaptcha({ token: "t", pointJson: "{}" });
    expectTypeOf(challenge.secretKey).toEqualTypeOf<string | null>();
    expectTypeOf(challenge.originalImageBase64).toEqualTypeOf<string>();
  });
});
