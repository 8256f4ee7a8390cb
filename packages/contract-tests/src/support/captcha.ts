// The captcha every code send needs, the same on both products: challenge, slide, token.
import type { CiamClient } from "@idaas-sdk/ciam";
import type { EiamClient } from "@idaas-sdk/eiam";
import { expect } from "vitest";

/** Gets a challenge, slides it (any point) for `sender`, and returns the captcha token. */
export async function passCaptcha(
  client: Pick<EiamClient | CiamClient, "getCaptcha" | "verifyCaptcha">,
  sender: string,
) {
  const { token, secretKey } = await client.getCaptcha();
  const { captchaToken } = await client.verifyCaptcha({ token, secretKey, point: { x: 120, y: 5 }, sender });
  expect(captchaToken).toEqual(expect.any(String));
  return captchaToken;
}
