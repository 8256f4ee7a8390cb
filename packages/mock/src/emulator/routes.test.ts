// The emulator's own routes, through the pipeline in-process: the inbox, the reset and the JWKS; and that the
// examples mode has none of them.
import { loadSpec, PRODUCTS } from "@idaas-sdk/spec";
import { describe, expect, test } from "vitest";
import { examplesAnswerer } from "../answerers/examples.js";
import { createPipeline } from "../pipeline.js";
import { sitesOf } from "../start.js";
import { inProcess, ORIGIN, sendCode } from "../test-support/in-process.js";
import { JWKS_PATH } from "./journey.js";
import { ADMIN_PATH } from "./routes.js";

describe("the inbox and the reset", () => {
  test("GET /__idaas/codes lists codes oldest first, filtered by ?to=; POST /__idaas/reset clears them", async () => {
    const emulator = await inProcess();
    const [a, b] = ["13500000001", "13500000002"];
    for (const mobile of [a, b, a]) await sendCode(emulator, "ciam", mobile, "LOGIN_SMS");
    const all = (await emulator.request("GET", `${ADMIN_PATH}codes`)).body?.codes as { to: string }[];
    expect(all.map((code) => code.to)).toEqual([a, b, a]);
    expect(all[0]).toEqual({
      product: "ciam",
      channel: "sms",
      to: a,
      type: "LOGIN_SMS",
      code: expect.stringMatching(/^\d{6}$/),
      expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const onlyB = (await emulator.request("GET", `${ADMIN_PATH}codes?to=${b}`)).body?.codes as { to: string }[];
    expect(onlyB.map((code) => code.to)).toEqual([b]);
    expect((await emulator.request("POST", `${ADMIN_PATH}reset`)).status).toBe(204);
    expect((await emulator.request("GET", `${ADMIN_PATH}codes`)).body).toEqual({ codes: [] });
    expect(emulator.emulator.codes()).toEqual([]);
  });

  test("each route takes one method, and an unknown route is named", async () => {
    const emulator = await inProcess();
    expect((await emulator.request("POST", `${ADMIN_PATH}codes`)).code).toBe("MOCK.METHOD_NOT_ALLOWED");
    expect((await emulator.request("GET", `${ADMIN_PATH}reset`)).code).toBe("MOCK.METHOD_NOT_ALLOWED");
    expect((await emulator.request("GET", `${ADMIN_PATH}nothing`)).code).toBe("MOCK.NOT_FOUND");
  });

  test("each product's JWKS holds the signing key, where the vendor's pages put a tenant's", async () => {
    const emulator = await inProcess();
    for (const product of PRODUCTS) {
      const answer = await emulator.request("GET", `/${product}${JWKS_PATH}`);
      expect(answer.body).toEqual(emulator.emulator.jwks(product));
      expect(answer.body?.keys).toEqual([expect.objectContaining({ kty: "RSA", alg: "RS256", use: "sig" })]);
    }
  });
});

test("the examples mode has neither the inbox, the reset nor the JWKS", async () => {
  const sites = await sitesOf(Object.fromEntries(PRODUCTS.map((product) => [product, loadSpec(product)])));
  const handle = createPipeline({ sites, examples: examplesAnswerer, origin: () => ORIGIN });
  for (const path of [`${ADMIN_PATH}codes`, `${ADMIN_PATH}reset`, `/eiam${JWKS_PATH}`]) {
    const answer = await handle({ method: "GET", url: new URL(path, ORIGIN), headers: {}, body: async () => "" });
    expect(answer.status, path).toBe(404);
  }
});
