// The device per call and per `withDevice` client, on real sockets (a node:http server on 127.0.0.1 answering each
// operation's documented success), and the network errors of a request that gets no answer (a refused port, an
// unknown host under the reserved .invalid TLD: no real network).

import type { IncomingHttpHeaders } from "node:http";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { type DeviceInfo, IdaasConfigError, IdaasNetworkError } from "@idaas-sdk/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ClientContext } from "./context.js";

/** What this file needs of a client beside its methods (which `invoke` calls by name). */
interface Client {
  withDevice(device: Partial<DeviceInfo>): Client;
}
interface RawClient {
  withDevice(device: Partial<DeviceInfo>): RawClient;
  raw: { GET(path: string): Promise<unknown> };
}

/** A device of the spec's header rules whose values are easy to find in a request, a log or an error. */
const USER_DEVICE = {
  osVersion: "android14",
  fingerprint: "SENTINEL-user-fp-4a7c",
  agent: "Mozilla/5.0 (Linux; Android 14) UserBrowser/3",
  ip: "203.0.113.50",
};

export function describeDevice(context: ClientContext, createRawClient: ClientContext["createClient"] | undefined) {
  const { operations, headerNames, injected, clientId, specDevice, argsOf, invoke, createClient } = context;
  const names = headerNames.device;
  /** The device headers of a request, by field (undefined where the header is absent). */
  const deviceOf = (headers: IncomingHttpHeaders | undefined) =>
    Object.fromEntries(
      (Object.keys(names) as (keyof DeviceInfo)[]).map((field) => [field, headers?.[names[field].toLowerCase()]]),
    );
  const clientDefaults = { ...specDevice, ip: undefined };

  const withoutInput = operations.find(
    (operation) =>
      !operation.requestBody && operation.headers.every((header) => injected.has(header.name.toLowerCase())),
  );
  const withInput = operations.find((operation) => operation.requestBody);
  if (!withoutInput || !withInput) throw new Error("the spec has no operation without input, or none with a body");

  describe("the device per call and per withDevice client (node:http on 127.0.0.1)", () => {
    let server: Server;
    let baseUrl: string;
    let received: IncomingHttpHeaders[] = [];

    beforeAll(async () => {
      server = createServer((request, response) => {
        received.push(request.headers);
        request.resume().on("end", () => {
          const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
          const operation = operations.find(
            (candidate) => candidate.path === path && candidate.method.toLowerCase() === request.method?.toLowerCase(),
          );
          const success = operation?.responses.find((answer) => answer.status < 300);
          const example = success?.examples[0];
          if (!success || !example) return response.writeHead(success?.status ?? 404).end();
          response.writeHead(success.status, { "content-type": "application/json" }).end(JSON.stringify(example.value));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));
    beforeEach(() => {
      received = [];
    });

    const clientOf = (extra: Record<string, unknown> = {}) =>
      createClient({ baseUrl, clientId, device: specDevice, ...extra }) as Client;

    it(`${withoutInput.operationId} and ${withInput.operationId}: a call's device goes with that call only`, async () => {
      const client = clientOf();
      await invoke(client, withoutInput.operationId, undefined, { device: { fingerprint: USER_DEVICE.fingerprint } });
      await invoke(client, withInput.operationId, argsOf(withInput), { device: USER_DEVICE });
      await invoke(client, withoutInput.operationId, undefined);
      await invoke(client, withInput.operationId, argsOf(withInput), {});
      expect(received.map(deviceOf)).toEqual([
        { ...clientDefaults, fingerprint: USER_DEVICE.fingerprint },
        USER_DEVICE,
        clientDefaults,
        clientDefaults,
      ]);
    });

    it("withDevice: a client on the same transport sending the device on every call; the first is untouched", async () => {
      const logged: unknown[] = [];
      const client = clientOf({ logger: (event: unknown) => logged.push(event), timeoutMs: 5_000 });
      const user = client.withDevice(USER_DEVICE);
      const sameUserOtherIp = user.withDevice({ ip: "198.51.100.9" });
      await invoke(user, withoutInput.operationId, undefined);
      await invoke(user, withInput.operationId, argsOf(withInput));
      await invoke(sameUserOtherIp, withoutInput.operationId, undefined);
      await invoke(user, withoutInput.operationId, undefined, { device: { agent: "Other/1" } });
      await invoke(client, withoutInput.operationId, undefined);
      expect(received.map(deviceOf)).toEqual([
        USER_DEVICE,
        USER_DEVICE,
        { ...USER_DEVICE, ip: "198.51.100.9" },
        { ...USER_DEVICE, agent: "Other/1" },
        clientDefaults,
      ]);
      // The other options are the first client's: its logger hears the derived client's calls, fingerprint redacted.
      expect(logged.filter((event) => (event as { type: string }).type === "request")).toHaveLength(5);
      expect(JSON.stringify(logged)).not.toContain(USER_DEVICE.fingerprint);
    });

    it.skipIf(!createRawClient)("the raw entry's withDevice sends the device through raw too", async () => {
      if (!createRawClient) return;
      const client = createRawClient({ baseUrl, clientId, device: specDevice }) as RawClient;
      const user = client.withDevice(USER_DEVICE);
      await user.raw.GET(withoutInput.path);
      await invoke(user, withoutInput.operationId, undefined);
      await client.raw.GET(withoutInput.path);
      expect(received.map(deviceOf)).toEqual([USER_DEVICE, USER_DEVICE, clientDefaults]);
      expect(typeof user.withDevice({ ip: "198.51.100.9" }).raw.GET).toBe("function");
    });

    it.each([
      [{ fingerprint: "" }, "fingerprint must be a non-empty string"],
      [{ agent: "Mozilla\r\nX-Evil: 1" }, "agent contains a control character (position 8), which header"],
      [{ osVersion: "安卓" }, "osVersion contains a character outside Latin-1 (position 1), which header"],
      [{ ip: 42 }, "ip must be a non-empty string"],
      [
        { fingerPrint: "SENTINEL-x" },
        "fingerPrint is not an option; the options here are osVersion, fingerprint, agent, ip",
      ],
    ])(
      "a bad device %j is refused per call and by withDevice, naming the field, nothing sent",
      async (device, problem) => {
        const client = clientOf();
        const thrown = (await invoke(client, withoutInput.operationId, undefined, { device }).catch((e) => e)) as Error;
        expect(thrown).toBeInstanceOf(IdaasConfigError);
        expect(thrown.message).toMatch(new RegExp(`^${withoutInput.operationId} options\\.device\\.`));
        expect(thrown.message).toContain(problem);
        expect(() => client.withDevice(device as never)).toThrow(new RegExp(`^device\\.${Object.keys(device)[0]} `));
        expect(() => client.withDevice(device as never)).toThrow(problem);
        expect(thrown.message).not.toContain("SENTINEL");
        expect(received).toEqual([]);
      },
    );
  });

  describe("a request that gets no answer says where and why (real sockets)", () => {
    const secretDevice = { ...specDevice, fingerprint: "SENTINEL-fp-net-5d21" };

    it(`${withoutInput.operationId} to a refused port: could not connect to <origin> (ECONNREFUSED)`, async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise((resolve) => closed.close(resolve));
      const client = createClient({
        baseUrl: `http://127.0.0.1:${port}/tenant/SENTINEL-path`,
        clientId,
        device: secretDevice,
      });
      const thrown = (await invoke(client, withoutInput.operationId, undefined).catch((e) => e)) as Error;
      expect(thrown).toBeInstanceOf(IdaasNetworkError);
      expect(thrown.message).toBe(
        `${withoutInput.operationId}: could not connect to http://127.0.0.1:${port} (ECONNREFUSED)`,
      );
      expect(`${inspect(thrown, { depth: 10 })} ${JSON.stringify(thrown)}`).not.toContain("SENTINEL");
    });

    it(`${withInput.operationId} to an unknown host: could not connect to <origin> (ENOTFOUND), no secret`, async () => {
      const client = createClient({ baseUrl: "https://idaas-sdk-test.invalid", clientId, device: secretDevice });
      const args = argsOf(withInput);
      const thrown = (await invoke(client, withInput.operationId, args).catch((e) => e)) as Error;
      expect(thrown).toBeInstanceOf(IdaasNetworkError);
      // A resolver without network may answer EAI_AGAIN instead.
      expect(thrown.message).toMatch(
        new RegExp(
          `^${withInput.operationId}: could not connect to https://idaas-sdk-test\\.invalid \\((ENOTFOUND|EAI_AGAIN)\\)$`,
        ),
      );
      const shown = `${inspect(thrown, { depth: 10 })} ${JSON.stringify(thrown)}`;
      expect(shown).not.toContain("SENTINEL");
      for (const value of Object.values(args))
        if (typeof value === "string" && value.length >= 8) expect(shown).not.toContain(value);
    });
  });
}
