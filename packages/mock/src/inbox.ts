// For integrators' own tests: the emulator's code inbox over HTTP, typed, so nobody hand-types its answer.
import { ADMIN_PATH } from "./emulator/routes.js";
import type { IssuedCode } from "./emulator/store.js";

export interface WaitForCodeOptions {
  /** The emulator's origin, e.g. `http://127.0.0.1:4010` (`mock.url`). */
  origin: string;
  /** The mobile number or email address the code was sent to. */
  to: string;
  /** Only a code of this send type, e.g. `LOGIN_SMS`. */
  type?: string;
  /** How long to wait for one, in milliseconds. Default 5000. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const POLL_MS = 25;

/**
 * The newest live code sent to `to` (of `type`, when given), from the emulator's inbox (`GET /__idaas/codes?to=`),
 * waiting until one arrives. Rejects naming the target and the origin when none comes within `timeoutMs`.
 */
export async function waitForCode(options: WaitForCodeOptions): Promise<IssuedCode> {
  const { origin, to, type, timeoutMs = 5000, signal } = options;
  const deadline = AbortSignal.timeout(timeoutMs);
  const url = `${origin.replace(/\/$/, "")}${ADMIN_PATH}codes?to=${encodeURIComponent(to)}`;
  for (;;) {
    signal?.throwIfAborted();
    const response = await fetch(url, { signal });
    if (!response.ok) throw new Error(`waitForCode: ${url} answered HTTP ${response.status}; is it an emulator?`);
    const { codes } = (await response.json()) as { codes: IssuedCode[] };
    const found = codes.filter((code) => type === undefined || code.type === type).at(-1);
    if (found) return found;
    if (deadline.aborted) {
      throw new Error(
        `waitForCode: no ${type ?? ""} code was sent to ${to} within ${timeoutMs} ms (inbox of ${origin})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
