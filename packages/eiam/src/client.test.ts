import { describeProductClient } from "@idaas-sdk/client-test-suite";
import { IdaasResponseError } from "@idaas-sdk/core";
import { describe, expect, it } from "vitest";
import { createEiamClient } from "./client.js";
import { headerNames, operationFacts } from "./facts.js";

describeProductClient({ product: "eiam", createClient: createEiamClient, headerNames, operations: operationFacts });

describe("a 200 whose status echoes a secret of the call", () => {
  const FINGERPRINT = "SENTINEL-fp-7f3a";
  const clientAnswering = (status: string) =>
    createEiamClient({
      baseUrl: "https://tenant.example.com",
      clientId: "app",
      device: { osVersion: "os", fingerprint: FINGERPRINT, agent: "ua" },
      fetch: async () => Response.json({ status }),
    });
  const mfa = { stateToken: "SENTINEL-state-4b2e", email: "zhangsan@qq.com", verifyCode: "482913" };
  it.each([
    ["loginWithMobileCode", "482913", { mobile: "13812345678", verifyCode: "482913" }],
    ["loginWithMobileCode", FINGERPRINT, { mobile: "13812345678", verifyCode: "482913" }],
    ["verifyMfaEmail", "SENTINEL-state-4b2e", mfa],
    ["verifyMfaSms", "482913", { ...mfa, mobile: "13812345678" }],
  ] as const)("%s: the status %j is not repeated", async (operation, echoed, input) => {
    const call = clientAnswering(echoed)[operation] as (input: unknown) => Promise<unknown>;
    const thrown = (await call(input).catch((e: unknown) => e)) as Error;
    expect(thrown).toBeInstanceOf(IdaasResponseError);
    expect(thrown.message).toBe(`${operation}: the spec does not document status "[redacted]"`);
    expect(`${String(thrown)} ${JSON.stringify(thrown)}`).not.toContain(echoed);
  });
});
