// Redaction: sentinel secrets never leave the SDK, in errors or logs; mobile numbers and emails are masked.

import type { FieldFact } from "@idaas-sdk/core/internal";
import { describe, expect, it } from "vitest";
import type { ClientContext, Respond } from "./context.js";

export function describeRedaction(context: ClientContext) {
  const { headerNames, facts, operations, json, clientWith, injected, argsOf, fieldArgument, invoke, specDevice } =
    context;
  describe("redaction: sentinel secrets never leave the SDK, mobile and email are masked", () => {
    const MOBILE = "13812345678";
    const EMAIL = "zhangsan@qq.com";
    const FINGERPRINT = "SENTINEL-fingerprint-7f3a";
    const sentinelArgs = (operation: (typeof operations)[number]) => {
      const args = argsOf(operation);
      const fields: Readonly<Record<string, FieldFact>> = facts[operation.operationId]?.fields ?? {};
      const secrets = [FINGERPRINT];
      for (const [field, { kind }] of Object.entries(fields)) {
        const argument = fieldArgument(operation.operationId, field);
        if (kind === "secret") args[argument] = `SENTINEL-${field}-9c1d`;
        if (kind === "mobile") args[argument] = MOBILE;
        if (kind === "email") args[argument] = EMAIL;
      }
      for (const [argument, header] of Object.entries(facts[operation.operationId]?.headers ?? {})) {
        if (!injected.has(header.toLowerCase())) args[argument] = `SENTINEL-${header}-4b2e`;
      }
      for (const value of Object.values(args)) {
        if (String(value).startsWith("SENTINEL") || value === MOBILE || value === EMAIL) secrets.push(String(value));
      }
      return { args, secrets };
    };
    // Only values that were passed: the SDK cannot know others.
    const echo = (secrets: string[]) => `echo ${secrets.join(" ")}`;
    const leaks = (text: string, secrets: string[]) =>
      [...secrets, MOBILE, EMAIL, "SENTINEL"].filter((value) => text.includes(value));
    const errorPaths: Array<[string, (secrets: string[]) => Respond]> = [
      ["a documented error echoing the values", (s) => () => json(400, { error_code: "X", error_msg: echo(s) })],
      [
        "a network failure echoing the values",
        (s) => () => Promise.reject(new TypeError(echo(s), { cause: new Error(echo(s)) })),
      ],
      ["an undocumented answer", (s) => () => new Response(echo(s), { status: 502 })],
      ["a body that does not parse", (s) => () => new Response(`{${echo(s)}`, { status: 200 })],
    ];

    it.each(
      operations.flatMap((operation) =>
        errorPaths.map(([what, respond]) => [operation.operationId, what, operation, respond] as const),
      ),
    )("%s, %s: message, cause, toString, JSON and logs are clean", async (_, _what, operation, respond) => {
      const { args, secrets } = sentinelArgs(operation);
      const events: unknown[] = [];
      const { client, requests } = clientWith(respond(secrets), {
        device: { ...specDevice, fingerprint: FINGERPRINT },
        logger: (event: unknown) => events.push(event),
      });
      const thrown = (await invoke(client, operation.operationId, args).catch((e: unknown) => e)) as Error;
      expect(thrown).toBeInstanceOf(Error);
      expect(requests).toHaveLength(1);
      const cause = thrown.cause as Error | undefined;
      const shown = [
        thrown.message,
        String(thrown),
        JSON.stringify(thrown),
        thrown.stack ?? "",
        String(cause),
        cause?.stack ?? "",
        String(cause?.cause),
        JSON.stringify(events),
      ].join("\n");
      expect(leaks(shown, secrets)).toEqual([]);
      expect(JSON.stringify(events)).toContain("[redacted]");
    });

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s: the logger gets redacted request and response events",
      async (_, operation) => {
        const { args, secrets } = sentinelArgs(operation);
        const events: Array<Record<string, unknown>> = [];
        const { client } = clientWith(() => json(400, { error_code: "X", error_msg: "no" }), {
          device: { ...specDevice, fingerprint: FINGERPRINT },
          logger: (event: Record<string, unknown>) => events.push(event),
        });
        await invoke(client, operation.operationId, args).catch(() => undefined);
        expect(events.map((event) => event.type)).toEqual(["request", "response", "error"]);
        const logged = JSON.stringify(events);
        expect(leaks(logged, secrets)).toEqual([]);
        // A mobile number or email among the arguments is logged masked.
        const values = Object.values(args);
        if (values.includes(MOBILE)) expect(logged).toContain("138****5678");
        if (values.includes(EMAIL)) expect(logged).toContain("z***@qq.com");
        const headers = (events[0]?.headers ?? {}) as Record<string, string>;
        expect(headers[headerNames.device.fingerprint.toLowerCase()]).toBe("[redacted]");
      },
    );
  });
}
