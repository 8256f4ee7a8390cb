// waitForCode, over HTTP against a running emulator: the newest code of the target (and type), waiting for one.
import { afterAll, beforeAll, expect, test } from "vitest";
import { waitForCode } from "./inbox.js";
import { type RunningMock, startMock } from "./start.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0, mode: "emulator", anyCaptchaPoint: true });
});
afterAll(() => mock.close());

/** Sends a code through the emulator's own routes, as a client would (captcha, then the send). */
async function send(mobile: string, type: string) {
  const base = mock.baseUrl("ciam");
  const headers = {
    "content-type": "application/json",
    "x-client-id": "c",
    "x-operating-sys-version": "v",
    "x-device-fingerprint": "f",
    "x-agent": "a",
  };
  const { token } = (await (await fetch(`${base}/api/v2/sdk/captcha`, { headers })).json()) as { token: string };
  const post = (path: string, body: object) =>
    fetch(`${base}${path}`, { method: "POST", headers, body: JSON.stringify(body) }).then((answer) =>
      answer.json().catch(() => undefined),
    );
  const { captcha_token } = (await post("/api/v2/sdk/captcha/verify", { token, point_json: "{}", sender: mobile })) as {
    captcha_token: string;
  };
  await post("/api/v2/sdk/sms/send", { mobile, type, captcha_token });
}

test("waits for a code sent after it starts, and gives the newest of the type asked for", async () => {
  const mobile = "13900000001";
  const waiting = waitForCode({ origin: mock.url, to: mobile, type: "LOGIN_SMS" });
  await send(mobile, "REGISTER_SMS");
  await send(mobile, "LOGIN_SMS");
  const code = await waiting;
  expect(code).toEqual({
    product: "ciam",
    channel: "sms",
    to: mobile,
    type: "LOGIN_SMS",
    code: expect.stringMatching(/^\d{6}$/),
    expiresAt: expect.any(String),
  });
  expect(code).toEqual(mock.emulator?.codes(mobile).at(-1));
});

test("says which target, type and inbox it waited for when no code comes", async () => {
  await expect(waitForCode({ origin: mock.url, to: "13900009999", type: "LOGIN_SMS", timeoutMs: 100 })).rejects.toThrow(
    `waitForCode: no LOGIN_SMS code was sent to 13900009999 within 100 ms (inbox of ${mock.url})`,
  );
});
