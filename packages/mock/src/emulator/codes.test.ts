// The emulator's captcha, sends and codes, through the real pipeline in-process: what each refuses, and that every
// answer validates against the spec.

import { errorForMissing, getOperation, loadSpec } from "@idaas-sdk/spec";
import { describe, expect, test } from "vitest";
import { captchaToken, inProcess, outcomeOf, plain, sendCode, solutionOf, user } from "../test-support/in-process.js";
import { CODE_TRIES, LIFETIMES } from "./journey.js";

describe("captcha and code sends", () => {
  test.each([
    ["eiam", "SDK.COMMON.1006"],
    ["ciam", "IDAAS.SDK.CAPTCHA.0006"],
  ] as const)("%s: a send with an unknown, a used or an expired captcha token fails with %s", async (product, code) => {
    const emulator = await inProcess();
    const mobile = user(product, plain).mobile;
    const send = (captcha_token: string) =>
      emulator.call(product, "sendSmsCode", { body: { mobile, type: "LOGIN_SMS", captcha_token } });
    expect((await send("never-issued")).code).toBe(code);
    const token = await captchaToken(emulator, product, mobile);
    expect((await send(token)).status).toBe(200);
    expect((await send(token)).code).toBe(code);
    const late = await captchaToken(emulator, product, mobile);
    emulator.advance(LIFETIMES.captchaToken * 1000 + 1);
    expect((await send(late)).code).toBe(code);
    expect(emulator.emulator.codes(mobile)).toHaveLength(1);
  });

  test.each([
    ["eiam", "SDK.COMMON.1006"],
    ["ciam", "IDAAS.SDK.CAPTCHA.0002"],
  ] as const)(
    "%s: verifyCaptcha of an unknown, a used or an expired challenge fails with %s",
    async (product, code) => {
      const emulator = await inProcess();
      const verify = (token: string, point_json = '{"x":150,"y":5}') =>
        emulator.call(product, "verifyCaptcha", { body: { token, point_json, sender: "s" } });
      expect((await verify("never-issued")).code).toBe(code);
      const { token } = (await emulator.call(product, "getCaptcha")).body as { token: string };
      const solution = solutionOf(emulator, token);
      expect((await verify(token, solution)).status).toBe(200);
      expect((await verify(token, solution)).code).toBe(code);
      const late = (await emulator.call(product, "getCaptcha")).body as { token: string };
      const lateSolution = solutionOf(emulator, late.token);
      emulator.advance(LIFETIMES.challenge * 1000 + 1);
      expect((await verify(late.token, lateSolution)).code).toBe(code);
    },
  );
});

describe("codes", () => {
  test.each([
    ["eiam", "SDK.SMS.1005"],
    ["ciam", "IDAAS.SDK.CAPTCHA.0007"],
  ] as const)(
    "%s: a wrong, never-sent, reused, replaced, mistyped or expired code fails with %s",
    async (product, code) => {
      const emulator = await inProcess();
      const { mobile } = user(product, plain);
      const login = (verify_code: string) =>
        emulator.call(product, "loginWithMobileCode", { body: { mobile, verify_code } });
      expect((await login("123456")).code).toBe(code); // never sent
      const sent = await sendCode(emulator, product, mobile, "LOGIN_SMS");
      expect((await login(sent === "000000" ? "000001" : "000000")).code).toBe(code);
      expect(outcomeOf(await login(sent))).toBe("SUCCESS");
      expect((await login(sent)).code).toBe(code); // used
      const replaced = await sendCode(emulator, product, mobile, "LOGIN_SMS");
      if (replaced !== (await sendCode(emulator, product, mobile, "LOGIN_SMS"))) {
        expect((await login(replaced)).code).toBe(code);
      }
      expect((await login(await sendCode(emulator, product, mobile, "REGISTER_SMS"))).code).toBe(code); // another use
      const late = await sendCode(emulator, product, mobile, "LOGIN_SMS");
      emulator.advance(LIFETIMES.code * 1000 + 1);
      expect((await login(late)).code).toBe(code);
    },
  );

  test("a code is bound to its product: an EIAM code does not log in on CIAM", async () => {
    const mobile = "13700000001";
    const emulator = await inProcess({ users: { eiam: [{ mobile }], ciam: [{ mobile }] } });
    const code = await sendCode(emulator, "eiam", mobile, "LOGIN_SMS");
    const body = { mobile, verify_code: code };
    expect((await emulator.call("ciam", "loginWithMobileCode", { body })).code).toBe("IDAAS.SDK.CAPTCHA.0007");
    expect(outcomeOf(await emulator.call("eiam", "loginWithMobileCode", { body }))).toBe("SUCCESS");
  });

  test("a fixed code (--fixed-code) is the code of every send", async () => {
    const emulator = await inProcess({ fixedCode: "424242" });
    const { mobile } = user("ciam", plain);
    expect(await sendCode(emulator, "ciam", mobile, "LOGIN_SMS")).toBe("424242");
  });

  test.each([
    ["eiam", "SDK.COMMON.1013"],
    ["ciam", "IDAAS.SDK.USER.0001"],
  ] as const)("%s: the right code for a number of no user fails with %s", async (product, code) => {
    const emulator = await inProcess();
    const mobile = "13600000009";
    const verify_code = await sendCode(emulator, product, mobile, "LOGIN_SMS");
    expect((await emulator.call(product, "loginWithMobileCode", { body: { mobile, verify_code } })).code).toBe(code);
  });
});

describe("guessing and flooding", () => {
  test.each([
    ["eiam", "SDK.SMS.1005"],
    ["ciam", "IDAAS.SDK.CAPTCHA.0007"],
  ] as const)(`%s: a code dies at its ${CODE_TRIES}th wrong try, each answered with %s`, async (product, code) => {
    const emulator = await inProcess();
    const { mobile } = user(product, plain);
    const login = (verify_code: string) =>
      emulator.call(product, "loginWithMobileCode", { body: { mobile, verify_code } });
    const wrong = (right: string) => (right === "000000" ? "000001" : "000000");
    const survivor = await sendCode(emulator, product, mobile, "LOGIN_SMS");
    for (let tries = 1; tries < CODE_TRIES; tries++) expect((await login(wrong(survivor))).code).toBe(code);
    expect(outcomeOf(await login(survivor))).toBe("SUCCESS");
    const guessed = await sendCode(emulator, product, mobile, "LOGIN_SMS");
    for (let tries = 1; tries <= CODE_TRIES; tries++) expect((await login(wrong(guessed))).code).toBe(code);
    expect((await login(guessed)).code).toBe(code);
  });

  const spec = { eiam: loadSpec("eiam"), ciam: loadSpec("ciam") };
  /** The answer the spec gives the field when it is invalid: its vendor error, else the mock's own. */
  const refusalOf = (product: "eiam" | "ciam", operationId: string, field: string) =>
    errorForMissing(getOperation(spec[product], operationId), field)?.code ?? "MOCK.INVALID_PARAMETER";

  test.each(["eiam", "ciam"] as const)(
    "%s: a value longer than the emulator takes is refused, and nothing is stored",
    async (product) => {
      const emulator = await inProcess();
      const captcha_token = await captchaToken(emulator, product, "1".repeat(33));
      const mobile = "1".repeat(33);
      const send = await emulator.call(product, "sendSmsCode", { body: { mobile, type: "LOGIN_SMS", captcha_token } });
      expect([send.status, send.code]).toEqual([400, refusalOf(product, "sendSmsCode", "mobile")]);
      expect(emulator.emulator.codes()).toEqual([]);
      const { token } = (await emulator.call(product, "getCaptcha")).body as { token: string };
      const point_json = `{"x":1,"y":5,"pad":"${"x".repeat(512)}"}`;
      const verify = await emulator.call(product, "verifyCaptcha", { body: { token, point_json, sender: "s" } });
      expect([verify.status, verify.code]).toEqual([400, refusalOf(product, "verifyCaptcha", "point_json")]);
    },
  );
});
