// Retries (opt-in, never for code sends), time limits and aborts.

import { IdaasApiError, IdaasNetworkError, IdaasResponseError, IdaasTimeoutError } from "@idaas-sdk/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ClientContext, Respond } from "./context.js";

export function describeRetries(context: ClientContext) {
  const { operations, json, clientWith, argsOf, mayRetry, invoke, errors } = context;
  describe("retries, time limits and aborts", () => {
    afterEach(() => vi.useRealTimers());
    const busy = () => new Response("busy", { status: 503, headers: { "retry-after": "1" } });

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s is not retried by default",
      async (_, operation) => {
        const { client, requests } = clientWith(busy);
        await expect(invoke(client, operation.operationId, argsOf(operation))).rejects.toBeInstanceOf(
          IdaasResponseError,
        );
        expect(requests).toHaveLength(1);
      },
    );

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s with retry: retried after 503 and after a failed connection, unless the spec says never (x-idaas-sdk-retry)",
      async (_, operation) => {
        vi.useFakeTimers();
        let calls = 0;
        const respond: Respond = () => {
          calls++;
          if (calls === 1) return busy();
          if (calls === 2) return Promise.reject(new TypeError("fetch failed"));
          return json(500, {});
        };
        const { client, requests } = clientWith(respond, { retry: { retries: 5 } });
        const settled = invoke(client, operation.operationId, argsOf(operation)).catch((e: unknown) => e);
        await vi.runAllTimersAsync();
        const thrown = await settled;
        // Sending or consuming a code costs money or a try, and a password change may not be repeated: the spec
        // marks such operations `x-idaas-sdk-retry: false`, and the opt-in policy never repeats them.
        expect(requests).toHaveLength(mayRetry(operation) ? 3 : 1);
        expect(thrown).toBeInstanceOf(IdaasResponseError);
      },
    );

    it.each(errors.map((c) => [c.operation.operationId, c.error.httpStatus, c.error.code, c] as const))(
      "%s HTTP %s %s is returned as an error, not retried",
      async (_, _status, _code, { operation, error }) => {
        const { client, requests } = clientWith(() => json(error.httpStatus, error.example), { retry: { retries: 3 } });
        await expect(invoke(client, operation.operationId, argsOf(operation))).rejects.toBeInstanceOf(IdaasApiError);
        expect(requests).toHaveLength(1);
      },
    );

    const hang: Respond = (request) =>
      new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s: timeoutMs aborts the request and raises IdaasTimeoutError",
      async (_, operation) => {
        vi.useFakeTimers();
        const { client, requests } = clientWith(hang, { timeoutMs: 1_000 });
        const settled = invoke(client, operation.operationId, argsOf(operation), { timeoutMs: 50 }).catch(
          (e: unknown) => e,
        );
        await vi.advanceTimersByTimeAsync(50);
        const thrown = await settled;
        expect(thrown).toBeInstanceOf(IdaasTimeoutError);
        expect(thrown).toMatchObject({ operation: operation.operationId, timeoutMs: 50 });
        expect(requests[0]?.signal.aborted ?? true).toBe(true);
      },
    );

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      "%s: the caller's AbortSignal aborts the call with its reason",
      async (_, operation) => {
        const { client } = clientWith(hang);
        const controller = new AbortController();
        const settled = invoke(client, operation.operationId, argsOf(operation), { signal: controller.signal }).catch(
          (e: unknown) => e,
        );
        const reason = new Error("user left the page");
        controller.abort(reason);
        expect(await settled).toBe(reason);
        const again = await invoke(client, operation.operationId, argsOf(operation), {
          signal: controller.signal,
        }).catch((e: unknown) => e);
        expect(again).toBe(reason);
      },
    );

    it("a network failure without retry raises IdaasNetworkError", async () => {
      const operation = operations[0];
      if (!operation) throw new Error("no operation");
      const { client } = clientWith(() => Promise.reject(new TypeError("fetch failed")));
      await expect(invoke(client, operation.operationId, argsOf(operation))).rejects.toBeInstanceOf(IdaasNetworkError);
    });
  });
}
