// The journey every runtime runs, as an app would write it: the slider captcha, an SMS code, a code login (a wrong
// code first), the id_token verified from the tenant's baseUrl, and a refresh, on each product, against the emulator.
// Where the piece fits and which code was sent, the journey reads from the emulator's own routes, as a test does.
import { createCiamClient, isCiamApiError } from "@idaas-sdk/ciam";
import { verifyIdToken as verifyCiamIdToken } from "@idaas-sdk/ciam/id-token";
import { createEiamClient, type DeviceInfo, isEiamApiError } from "@idaas-sdk/eiam";
import { verifyIdToken as verifyEiamIdToken } from "@idaas-sdk/eiam/id-token";

export interface JourneyInputs {
  clientId: string;
  device: DeviceInfo;
  /** The emulator's own routes (`/__idaas/`): its captchas with their solutions and its code inbox. */
  adminPath: string;
  /** Whom to log in, on which product (its base path on the emulator). */
  accounts: { product: "eiam" | "ciam"; basePath: string; mobile: string }[];
}

const products = {
  eiam: { createClient: createEiamClient, isApiError: isEiamApiError, verifyIdToken: verifyEiamIdToken },
  ciam: { createClient: createCiamClient, isApiError: isCiamApiError, verifyIdToken: verifyCiamIdToken },
};

/** Runs the journey for each account against the emulator at `origin`; one line per step, no secret in them. */
export async function runJourney(origin: string, inputs: JourneyInputs): Promise<string[]> {
  const admin = async <T>(route: string): Promise<T> => {
    const response = await fetch(`${origin}${inputs.adminPath}${route}`);
    if (!response.ok) throw new Error(`${inputs.adminPath}${route} answered HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const steps: string[] = [];
  for (const { product, basePath, mobile } of inputs.accounts) {
    const { createClient, isApiError, verifyIdToken } = products[product];
    const baseUrl = `${origin}${basePath}`;
    const client = createClient({ baseUrl, clientId: inputs.clientId, device: inputs.device });
    const step = (line: string) => steps.push(`${product} ${line}`);

    const { token, secretKey } = await client.getCaptcha();
    const { captchas } = await admin<{ captchas: { token: string; solution: { x: number; y: number } }[] }>("captchas");
    const point = captchas.find((captcha) => captcha.token === token)?.solution;
    if (!point) throw new Error(`the emulator lists no challenge for the ${product} captcha`);
    const { captchaToken } = await client.verifyCaptcha({ token, secretKey, point, sender: mobile });
    step(`verifyCaptcha: ${captchaToken ? "a captcha token" : "no captcha token"}`);

    await client.sendSmsCode({ mobile, type: "LOGIN_SMS", captchaToken });
    const { codes } = await admin<{ codes: { type: string; code: string }[] }>(
      `codes?to=${encodeURIComponent(mobile)}`,
    );
    const code = codes.filter((sent) => sent.type === "LOGIN_SMS").at(-1)?.code;
    if (!code) throw new Error(`the emulator's inbox has no LOGIN_SMS code for the ${product} account`);
    step("sendSmsCode: sent");

    const wrongCode = code.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));
    try {
      await client.loginWithMobileCode({ mobile, verifyCode: wrongCode });
      step("loginWithMobileCode with a wrong code: logged in");
    } catch (error) {
      if (!isApiError(error)) throw error;
      step(`loginWithMobileCode with a wrong code: ${error.httpStatus} ${error.code}`);
    }

    const login = await client.loginWithMobileCode({ mobile, verifyCode: code });
    step(`loginWithMobileCode: ${login.status}`);
    if (login.status !== "SUCCESS") continue;

    const claims = await verifyIdToken(login.idToken, { baseUrl, audience: inputs.clientId });
    step(`verifyIdToken: mobile ${claims.mobile}`);

    const refreshed = await client.refreshIdToken({ sessionToken: login.sessionToken });
    const renewed = await verifyIdToken(refreshed.idToken, { baseUrl, audience: inputs.clientId });
    const fresh = refreshed.idToken === login.idToken ? "the same id_token" : "a new id_token";
    step(`refreshIdToken: ${fresh}, mobile ${renewed.mobile}`);
  }
  return steps;
}
