// The captcha every code send needs, the same on both products: challenge, slide, token.
import type { CiamClient } from "@idaas-sdk/ciam";
import type { EiamClient } from "@idaas-sdk/eiam";
import type { RunningMock } from "@idaas-sdk/mock";
import { expect } from "vitest";

/**
 * Gets a challenge, slides it for `sender` and returns the captcha token. Against the emulator (`mock`), the piece
 * goes where its puzzle says (the client encrypts the point with the challenge's key, the emulator decrypts it);
 * the examples mode takes any point.
 */
export async function passCaptcha(
  client: Pick<EiamClient | CiamClient, "getCaptcha" | "verifyCaptcha">,
  sender: string,
  mock?: RunningMock,
) {
  const { token, secretKey } = await client.getCaptcha();
  const solution = mock?.emulator?.captchas().find((captcha) => captcha.token === token)?.solution;
  if (mock && !solution) throw new Error("the emulator lists no live challenge for this token");
  const point = solution ?? { x: 120, y: 5 };
  const { captchaToken } = await client.verifyCaptcha({ token, secretKey, point, sender });
  expect(captchaToken).toEqual(expect.any(String));
  return captchaToken;
}
