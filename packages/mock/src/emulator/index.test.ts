// The emulator in-process, without HTTP: what only a long run shows.
import { getOperation, loadSpec } from "@idaas-sdk/spec";
import { expect, test } from "vitest";
import { createEmulator, INBOX_SIZE } from "./index.js";

test(`the inbox keeps the newest ${INBOX_SIZE} codes`, async () => {
  const emulator = await createEmulator({ fixedCode: "1234" });
  const spec = loadSpec("ciam");
  const call = (operationId: string, body?: object) => ({
    product: "ciam" as const,
    operation: getOperation(spec, operationId),
    headers: {},
    body,
    baseUrl: "http://127.0.0.1:1/ciam",
  });
  for (let index = 0; index <= INBOX_SIZE; index++) {
    const challenge = (await emulator.answer(call("getCaptcha"))).body as { token: string };
    const verified = await emulator.answer(
      call("verifyCaptcha", { token: challenge.token, point_json: "{}", sender: "s" }),
    );
    const { captcha_token } = verified.body as { captcha_token: string };
    const sent = await emulator.answer(call("sendSmsCode", { mobile: `1${index}`, type: "LOGIN_SMS", captcha_token }));
    expect(sent.status).toBe(200);
  }
  const codes = emulator.codes();
  expect(codes).toHaveLength(INBOX_SIZE);
  expect([codes[0]?.to, codes.at(-1)?.to]).toEqual(["11", `1${INBOX_SIZE}`]);
});
