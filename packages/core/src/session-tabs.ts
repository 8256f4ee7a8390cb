// The tabs that share one session (a shared storage, e.g. localStorage): a Web Lock around each change of the
// stored tokens, so that one tab refreshes while the others wait and then find its tokens, and a BroadcastChannel
// that hands each change to the other tabs at once. Where the browser lacks either, that part is skipped.
import type { SessionEndReason } from "./session-error.js";

/** What one tab tells the others; `session` is the stored form. */
export type TabMessage =
  | { type: "signedIn" | "refreshed"; session: string }
  | { type: "signedOut" }
  | { type: "expired"; reason: Exclude<SessionEndReason, "signed-out"> };

export interface Tabs {
  /** Runs `task` while holding the session's lock (in every tab of the origin), or at once where there are no locks. */
  withLock<T>(task: () => Promise<T>): Promise<T>;
  /** Tells the other tabs. */
  post(message: TabMessage): void;
}

/** One tab alone: no lock, nobody to tell. */
export const ALONE: Tabs = { withLock: (task) => task(), post: () => undefined };

/** The tabs of the session stored under `key`; `receive` gets what the others post (unchecked: check it). */
export function tabsOf(key: string, receive: (message: unknown) => void): Tabs {
  const name = `idaas-sdk session ${key}`;
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(name) : undefined;
  if (channel) {
    channel.onmessage = (event: MessageEvent) => receive(event.data);
    // Node: a channel that is listened to would keep the process alive.
    (channel as { unref?: () => void }).unref?.();
  }
  return {
    // request() resolves with what the task resolves (the DOM types nest the promise).
    withLock: locks ? <T>(task: () => Promise<T>) => locks.request(name, task) as Promise<T> : (task) => task(),
    post: (message) => channel?.postMessage(message),
  };
}
