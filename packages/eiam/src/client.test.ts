import { describeProductClient } from "@idaas-sdk/client-test-suite";
import { IdaasResponseError } from "@idaas-sdk/core";
import { describe, expect, it } from "vitest";
import { createEiamClient } from "./client.js";
import { headerNames, operations as operationFacts } from "./generated/operations.js";
import { createEiamClient as createEiamRawClient } from "./raw.js";

describeProductClient({
  product: "eiam",
  createClient: createEiamClient,
  createRawClient: createEiamRawClient,
  headerNames,
  operations: operationFacts,
});

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
    ["loginWithPassword", "Passw0rd-SENTINEL", { userName: "zhangsan", password: "Passw0rd-SENTINEL" }],
    ["updatePasswordWithSmsCode", "New-pw-SENTINEL", { ...mfa, verifyCode: "482913", newPassword: "New-pw-SENTINEL" }],
    ["registerWithMobileCode", "482913", { mobile: "13812345678", verifyCode: "482913" }],
  ] as const)("%s: the status %j is not repeated", async (operation, echoed, input) => {
    const call = clientAnswering(echoed)[operation] as (input: unknown) => Promise<unknown>;
    const thrown = (await call(input).catch((e: unknown) => e)) as Error;
    expect(thrown).toBeInstanceOf(IdaasResponseError);
    expect(thrown.message).toBe(`${operation}: the spec does not document status "[redacted]"`);
    expect(`${String(thrown)} ${JSON.stringify(thrown)}`).not.toContain(echoed);
  });
});

describe("what the facade does on its own", () => {
  const clientAnswering = (body: unknown) =>
    createEiamClient({
      baseUrl: "https://tenant.example.com",
      clientId: "app",
      device: { osVersion: "os", fingerprint: "fp", agent: "ua" },
      fetch: async () => Response.json(body),
    });

  it.each([true, false])("hasPassword resolves is_set_pwd (%s) as a boolean", async (set) => {
    await expect(clientAnswering({ is_set_pwd: set }).hasPassword({ idToken: "eyJ.a.b" })).resolves.toBe(set);
  });

  it("hasPassword refuses the string the vendor's table declares", async () => {
    const thrown = await clientAnswering({ is_set_pwd: "true" })
      .hasPassword({ idToken: "eyJ.a.b" })
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(IdaasResponseError);
    expect((thrown as Error).message).toBe('hasPassword: the HTTP 200 body: "is_set_pwd" is missing or not a boolean');
  });

  // Each operation reads the statuses its own answer documents, not every status a reader exists for.
  it.each([
    ["updatePassword", "MFA_AUTH", { stateToken: "s", oldPassword: "o", newPassword: "n" }],
    ["skipPasswordUpdate", "PASSWORD_WARN", { stateToken: "s" }],
    ["loginWithEmailCode", "PASSWORD_EXPIRED", { email: "zhangsan@qq.com", verifyCode: "1" }],
    ["registerWithMobileCode", "ACCESS_DENIED", { mobile: "13812345678", verifyCode: "1" }],
  ] as const)("%s refuses the status %s that another operation documents", async (operation, status, input) => {
    const client = clientAnswering({ status, state_token: "s", data: "Access Denied" });
    const call = client[operation] as (input: unknown) => Promise<unknown>;
    const thrown = await call(input).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(IdaasResponseError);
    expect((thrown as Error).message).toBe(`${operation}: the spec does not document status ${status}`);
  });
});
