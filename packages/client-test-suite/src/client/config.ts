// Options and arguments are checked before any request is sent.

import { IdaasConfigError } from "@idaas-sdk/core";
import { describe, expect, it, vi } from "vitest";
import type { ClientContext } from "./context.js";

export function describeConfig(context: ClientContext) {
  const { createClient, operations, specDevice, clientId, json, clientWith, injected, invoke, argsOf, headerArgument } =
    context;
  describe("configuration and arguments are checked before any request", () => {
    const good = { baseUrl: "https://tenant.example.com", clientId, device: specDevice };
    const bad: Array<[string, Record<string, unknown>]> = [
      ["baseUrl", { baseUrl: "http://tenant.example.com" }],
      ["baseUrl", { baseUrl: "not a url" }],
      ["clientId", { clientId: "" }],
      ["device", { device: undefined }],
      ["device.osVersion", { device: { ...specDevice, osVersion: " " } }],
      ["device.fingerprint", { device: { ...specDevice, fingerprint: undefined } }],
      ["device.agent", { device: { ...specDevice, agent: "" } }],
      ["device.agent", { device: { ...specDevice, agent: "Mozilla\r\nX-Evil: 1" } }],
      ["device.agent", { device: { ...specDevice, agent: "浏览器" } }],
      ["timeoutMs", { timeoutMs: -1 }],
      ["retry.retries", { retry: { retries: 1.5 } }],
    ];
    it.each(bad)("%s: %j → IdaasConfigError naming it", (field, change) => {
      const fetch = vi.fn();
      const create = () => createClient({ ...good, ...change, fetch } as never);
      expect(create).toThrow(IdaasConfigError);
      expect(create).toThrow(new RegExp(`^${field.replace(".", "\\.")} `));
      expect(fetch).not.toHaveBeenCalled();
    });

    it.each([
      "http://localhost:4010",
      "http://127.0.0.1:4010",
      "http://[::1]:4010",
      "https://tenant.example.com/base/",
    ])("%s is accepted", (baseUrl) => expect(() => createClient({ ...good, baseUrl } as never)).not.toThrow());

    type PerCall = readonly [string, string, (typeof operations)[number] | undefined];
    const perCall = operations.flatMap((operation) =>
      operation.headers
        .filter((header) => !injected.has(header.name.toLowerCase()))
        .map((header): PerCall => [operation.operationId, header.name, operation]),
    );
    it.each<PerCall>(perCall.length > 0 ? perCall : [["(none)", "(none)", undefined]])(
      "%s: a %s value that is missing or has a line break or non-Latin-1 character is rejected, without echoing it",
      async (_, header, operation) => {
        if (!operation) return expect(perCall).toHaveLength(0);
        for (const value of ["SENTINEL-line\nbreak", "SENTINEL-令牌", undefined]) {
          const { client, requests } = clientWith(() => json(200, {}));
          const thrown = (await invoke(client, operation.operationId, {
            ...argsOf(operation),
            [headerArgument(operation.operationId, header)]: value,
          }).catch((e: unknown) => e)) as Error;
          expect(thrown).toBeInstanceOf(IdaasConfigError);
          expect(thrown.message).toContain(header);
          expect(thrown.message).not.toContain("SENTINEL");
          expect(requests).toHaveLength(0);
        }
      },
    );
  });
}
