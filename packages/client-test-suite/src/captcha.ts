// The captcha check of a product client: the `point` a caller passes becomes the spec's `point_json`, plain or
// encrypted with the challenge's `secretKey`, checked against the spec's examples and node's own AES.

import { createCipheriv } from "node:crypto";
import { type ClientOptions, IdaasConfigError } from "@idaas-sdk/core";
import type { HeaderNames } from "@idaas-sdk/core/internal";
import { getOperation, loadSpec } from "@idaas-sdk/spec";
import { describe, expect, it } from "vitest";

export interface CaptchaCheckSuite {
  product: "eiam" | "ciam";
  createClient: (options: ClientOptions) => object;
  /** The client's header of each option (its src/generated/operations.ts). */
  headerNames: HeaderNames;
}

interface CaptchaClient {
  getCaptcha(): Promise<{ token: string; secretKey: string | null }>;
  verifyCaptcha(input: Record<string, unknown>): Promise<unknown>;
}

const POINT_FIELD = "point_json";

/** Registers the captcha check tests of one product client; call it at the top level of a test file. */
export function describeCaptchaCheck({ product, createClient, headerNames }: CaptchaCheckSuite) {
  const spec = loadSpec(product);
  const verify = getOperation(spec, "verifyCaptcha");
  const challenge = getOperation(spec, "getCaptcha").responses.find((response) => response.status === 200)?.examples[0]
    ?.value as Record<string, string>;
  const request = verify.requestBody?.examples.find((example) => example.name === "default")?.value as Record<
    string,
    string
  >;
  const examplePoint = JSON.parse(request[POINT_FIELD] ?? "") as { x: number; y: number };
  const { [POINT_FIELD]: _, ...rest } = request;
  const secretKey = challenge.secretKey ?? "";
  const header = (name: string) => verify.headers.find((candidate) => candidate.name === name)?.example;

  function clientFor(answer: unknown) {
    const bodies: unknown[] = [];
    const events: unknown[] = [];
    const client = createClient({
      baseUrl: "https://tenant.example.com",
      clientId: header(headerNames.clientId),
      device: {
        osVersion: header(headerNames.device.osVersion),
        fingerprint: header(headerNames.device.fingerprint),
        agent: header(headerNames.device.agent),
      },
      logger: (event) => events.push(event),
      fetch: async (input) => {
        const sent = await (input as Request).text();
        bodies.push(sent === "" ? undefined : JSON.parse(sent));
        return new Response(JSON.stringify(answer), { status: 200, headers: { "content-type": "application/json" } });
      },
    } as ClientOptions) as unknown as CaptchaClient;
    return { client, bodies, events };
  }
  const verified = verify.responses.find((response) => response.status === 200)?.examples[0]?.value;
  const aesEcb = (key: string, text: string) => {
    const cipher = createCipheriv(`aes-${key.length * 8}-ecb`, Buffer.from(key, "utf8"), null);
    return Buffer.concat([cipher.update(text, "utf8"), cipher.final()]).toString("base64");
  };

  describe("verifyCaptcha builds point_json from point", () => {
    it("without a secretKey: compact JSON of the page's point, x first (237.0 is written 237)", async () => {
      const { client, bodies } = clientFor(verified);
      await client.verifyCaptcha({ ...rest, point: examplePoint, secretKey: null });
      const sent = bodies[0] as Record<string, string>;
      expect(sent).toEqual({ ...rest, [POINT_FIELD]: JSON.stringify({ x: examplePoint.x, y: examplePoint.y }) });
      expect(JSON.parse(sent[POINT_FIELD] ?? "")).toEqual(examplePoint);
      expect(sent[POINT_FIELD]).not.toMatch(/\s/);
    });

    it("with the challenge's secretKey: base64 of AES-ECB/PKCS#7, as node:crypto computes it", async () => {
      expect(secretKey).not.toBe("");
      const { client, bodies, events } = clientFor(verified);
      await client.verifyCaptcha({ ...rest, point: examplePoint, secretKey });
      const expected = aesEcb(secretKey, JSON.stringify(examplePoint));
      expect(bodies[0]).toEqual({ ...rest, [POINT_FIELD]: expected });
      const logged = JSON.stringify(events);
      expect(logged).not.toContain(expected);
      expect(logged).not.toContain(secretKey);
    });

    it("the getCaptcha result spreads into the input: its token and secretKey are used", async () => {
      const { client: getter } = clientFor(challenge);
      const captcha = await getter.getCaptcha();
      const { client, bodies } = clientFor(verified);
      await client.verifyCaptcha({ ...captcha, sender: rest.sender, point: examplePoint });
      expect(bodies[0]).toEqual({
        ...rest,
        token: challenge.token,
        [POINT_FIELD]: aesEcb(secretKey, JSON.stringify(examplePoint)),
      });
    });

    it.each([
      ["secretKey", { point: examplePoint }],
      ["point", { point: { x: "237", y: 5 }, secretKey: null }],
      ["point", { secretKey: null }],
    ])("a missing or bad %s is an IdaasConfigError naming it, before any request", async (field, input) => {
      const { client, bodies } = clientFor(verified);
      const thrown = await client.verifyCaptcha({ ...rest, ...input }).catch((error: unknown) => error);
      expect(thrown).toBeInstanceOf(IdaasConfigError);
      expect((thrown as IdaasConfigError).field).toBe(`verifyCaptcha input.${field}`);
      expect(bodies).toHaveLength(0);
    });
  });
}
