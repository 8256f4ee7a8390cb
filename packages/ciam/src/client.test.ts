import { describeProductClient } from "@idaas-sdk/client-test-suite";
import { IdaasResponseError } from "@idaas-sdk/core";
import { describe, expect, it } from "vitest";
import { createCiamClient } from "./client.js";
import { headerNames, operationFacts } from "./facts.js";

describeProductClient({ product: "ciam", createClient: createCiamClient, headerNames, operations: operationFacts });

describe("a 200 whose status echoes a secret of the call", () => {
  const FINGERPRINT = "SENTINEL-fp-7f3a";
  const clientAnswering = (status: string) =>
    createCiamClient({
      baseUrl: "https://tenant.example.com",
      clientId: "app",
      device: { osVersion: "os", fingerprint: FINGERPRINT, agent: "ua" },
      fetch: async () => Response.json({ status }),
    });
  const update = { stateToken: "SENTINEL-state-4b2e", oldPassword: "Old-pw-SENTINEL", newPassword: "New-pw-SENTINEL" };
  it.each([
    ["loginWithMobilePassword", "Passw0rd-SENTINEL", { mobile: "13812345678", password: "Passw0rd-SENTINEL" }],
    ["loginWithMobilePassword", FINGERPRINT, { mobile: "13812345678", password: "Passw0rd-SENTINEL" }],
    ["loginWithEmailCode", "482913", { email: "zhangsan@qq.com", verifyCode: "482913" }],
    ["loginWithMobileCode", "482913", { mobile: "13812345678", verifyCode: "482913" }],
    ["updatePassword", "New-pw-SENTINEL", update],
    ["skipPasswordUpdate", "SENTINEL-state-4b2e", { stateToken: "SENTINEL-state-4b2e" }],
  ] as const)("%s: the status %j is not repeated", async (operation, echoed, input) => {
    const call = clientAnswering(echoed)[operation] as (input: unknown) => Promise<unknown>;
    const thrown = (await call(input).catch((e: unknown) => e)) as Error;
    expect(thrown).toBeInstanceOf(IdaasResponseError);
    expect(thrown.message).toBe(`${operation}: the spec does not document status "[redacted]"`);
    expect(`${String(thrown)} ${JSON.stringify(thrown)}`).not.toContain(echoed);
  });
});
