// The emulator's slider captcha is a real puzzle: the hole is where the solution says, only a drop within
// AJ-Captcha's tolerance passes (plain or AES-encrypted, as the SDK sends it), a challenge is checked once, and
// nothing a caller sends makes it fail with a 500.
import { createCipheriv } from "node:crypto";
import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import { inProcess, solutionOf } from "../test-support/in-process.js";
import { createPuzzle, fits, PUZZLE, pointOf } from "./puzzle.js";
import { ADMIN_PATH } from "./routes.js";

/** The point encrypted as AJ-Captcha's front ends and the SDK do: base64 of AES-ECB/PKCS#7 under the key's bytes. */
function encrypted(point: object, key: string): string {
  const cipher = createCipheriv(`aes-${key.length * 8}-ecb`, Buffer.from(key, "utf8"), null);
  return Buffer.concat([cipher.update(JSON.stringify(point), "utf8"), cipher.final()]).toString("base64");
}

describe("the puzzle", () => {
  test("a 310×155 background and a 47×155 piece, whose opaque pixels are the hole's, at the solution's x", () => {
    for (let round = 0; round < 20; round++) {
      const { x, background, piece } = createPuzzle();
      expect(x).toBeGreaterThanOrEqual(PUZZLE.minX);
      expect(x).toBeLessThanOrEqual(PUZZLE.width - PUZZLE.pieceWidth - 1);
      const image = PNG.sync.read(Buffer.from(background, "base64"));
      const cut = PNG.sync.read(Buffer.from(piece, "base64"));
      expect([image.width, image.height, cut.width, cut.height]).toEqual([310, 155, 47, 155]);
      const white = (png: PNG, column: number, row: number) =>
        [0, 1, 2].every((channel) => png.data[(row * png.width + column) * 4 + channel] === 255);
      let opaque = 0;
      for (let row = 0; row < cut.height; row++) {
        for (let column = 0; column < cut.width; column++) {
          if (cut.data[(row * cut.width + column) * 4 + 3] === 0) continue;
          opaque += 1;
          // The piece's white outline is the hole's, pixel for pixel, at x.
          expect(white(image, x + column, row)).toBe(white(cut, column, row));
        }
      }
      expect(opaque).toBeGreaterThan(1000);
    }
  });

  test.each([
    [0, true],
    [PUZZLE.tolerance, true],
    [-PUZZLE.tolerance, true],
    [PUZZLE.tolerance + 0.5, false],
    [-PUZZLE.tolerance - 1, false],
    [60, false],
  ])(`a drop %s pixels from the hole passes: %s (AJ-Captcha's slipOffset, ${PUZZLE.tolerance})`, (offset, passes) => {
    expect(fits({ x: 150 + offset, y: 5 }, 150)).toBe(passes);
  });

  test("y must be 5, as AJ-Captcha's y of a full-height piece", () => {
    expect(fits({ x: 150, y: 6 }, 150)).toBe(false);
  });

  test.each(["yMXC583dP4R7uhmq", "0123456789abcdef0123456789abcdef"])(
    "the point is read encrypted under the key (checked against node:crypto) and plain",
    (key) => {
      expect(pointOf(encrypted({ x: 237, y: 5 }, key), key)).toEqual({ x: 237, y: 5 });
      expect(pointOf('{"x":237.0,"y":5.0}', key)).toEqual({ x: 237, y: 5 });
    },
  );

  test.each(["", "{}", "not json", '{"x":"1","y":5}', "AAAA", encrypted({ x: 1 }, "another-key-1234")])(
    "a point_json that is no point (%j) is no point, never an exception",
    (pointJson) => {
      expect(pointOf(pointJson, "yMXC583dP4R7uhmq")).toBeUndefined();
    },
  );
});

describe("getCaptcha and verifyCaptcha", () => {
  test.each(["eiam", "ciam"] as const)(
    "%s: the solution passes, encrypted with the challenge's key; a drop elsewhere is refused and spends the challenge",
    async (product) => {
      const emulator = await inProcess();
      const verify = (token: string, point_json: string) =>
        emulator.call(product, "verifyCaptcha", { body: { token, point_json, sender: "s" } });
      const challenge = (await emulator.call(product, "getCaptcha")).body as { token: string; secretKey: string };
      const { x, y } = JSON.parse(solutionOf(emulator, challenge.token)) as { x: number; y: number };
      expect((await verify(challenge.token, encrypted({ x: x + 3, y }, challenge.secretKey))).status).toBe(200);
      const missed = (await emulator.call(product, "getCaptcha")).body as { token: string; secretKey: string };
      const far = JSON.parse(solutionOf(emulator, missed.token)) as { x: number; y: number };
      const wrong = await verify(missed.token, encrypted({ x: far.x + 40, y }, missed.secretKey));
      expect([wrong.status, wrong.body?.error_msg]).toEqual([400, expect.any(String)]);
      // Checked once: the right point after a wrong one is refused too.
      expect((await verify(missed.token, encrypted(far, missed.secretKey))).status).toBe(400);
    },
  );

  test.each(["{}", "garbage", "eyJ4IjoxfQ==", '{"x":null,"y":5}'])(
    "a malformed or undecryptable point_json (%j) is refused with the product's code, not a 500",
    async (point_json) => {
      const emulator = await inProcess();
      const { token } = (await emulator.call("ciam", "getCaptcha")).body as { token: string };
      const answer = await emulator.call("ciam", "verifyCaptcha", { body: { token, point_json, sender: "s" } });
      expect([answer.status, answer.code]).toEqual([400, "IDAAS.SDK.CAPTCHA.0002"]);
    },
  );

  test("anyCaptchaPoint: any point passes, for suites that do not test the captcha", async () => {
    const emulator = await inProcess({ anyCaptchaPoint: true });
    const { token } = (await emulator.call("ciam", "getCaptcha")).body as { token: string };
    const answer = await emulator.call("ciam", "verifyCaptcha", { body: { token, point_json: "{}", sender: "s" } });
    expect(answer.status).toBe(200);
  });

  test("the images are the puzzle's PNGs, and GET /__idaas/captchas lists the live challenges with their solutions", async () => {
    const emulator = await inProcess();
    const { token, originalImageBase64, jigsawImageBase64 } = (await emulator.call("ciam", "getCaptcha")).body as {
      token: string;
      originalImageBase64: string;
      jigsawImageBase64: string;
    };
    expect(PNG.sync.read(Buffer.from(originalImageBase64, "base64")).width).toBe(PUZZLE.width);
    expect(PNG.sync.read(Buffer.from(jigsawImageBase64, "base64")).width).toBe(PUZZLE.pieceWidth);
    const listed = await emulator.request("GET", `${ADMIN_PATH}captchas`);
    expect(listed.body).toEqual({
      captchas: [
        {
          product: "ciam",
          token,
          solution: { x: expect.any(Number), y: PUZZLE.y },
          secretKey: expect.stringMatching(/^[A-Za-z0-9]{16}$/),
          expiresAt: expect.stringMatching(/^\d{4}-/),
        },
      ],
    });
    expect(listed.body).toEqual({ captchas: emulator.emulator.captchas() });
  });
});
