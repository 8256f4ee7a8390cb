// Where a session keeps its tokens: three methods, sync or async, as Web Storage has them, so that `localStorage`,
// a cookie jar on a server or a database row all fit. The SDK ships memory (the default) and the two Web Storages.
import { IdaasConfigError } from "./errors.js";

/**
 * A session's storage: one string value per key. The three methods may return promises (a database, a cookie store).
 * `getItem` must return what `setItem` stored last under the key (a cookie adapter keeps what it set in this request).
 */
export interface TokenStorage {
  getItem(key: string): string | null | undefined | Promise<string | null | undefined>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
  /**
   * True when other tabs (or processes) read and write the same value under the same key: the session then reads the
   * storage again before each refresh, and in browsers takes a Web Lock around it and tells the other tabs through a
   * `BroadcastChannel`. `localStorageAdapter()` is shared; memory and `sessionStorage` are one tab's own.
   */
  readonly shared?: boolean;
}

/** The default: the tokens live in this page or process only, and are gone when it ends. */
export function memoryStorage(): TokenStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key),
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

type WebStorageName = "localStorage" | "sessionStorage";

/** One of the browser's Web Storages, looked up when used (so creating it on a server, for SSR, does not throw). */
function webStorage(name: WebStorageName, shared: boolean): TokenStorage {
  const storage = (): Storage => {
    const found = (globalThis as { [key in WebStorageName]?: Storage })[name];
    if (!found) {
      throw new IdaasConfigError(
        `${name}Adapter()`,
        `needs the browser's ${name}, which is not available here (a server, a worker, or blocked by the browser): pass another storage to createSession`,
      );
    }
    return found;
  };
  return {
    getItem: (key) => storage().getItem(key),
    setItem: (key, value) => storage().setItem(key, value),
    removeItem: (key) => storage().removeItem(key),
    shared,
  };
}

/**
 * The browser's `localStorage`: the session survives reloads and is shared by every tab of the origin, which
 * coordinate their refreshes (Web Locks, BroadcastChannel). Any script of the origin can read it.
 */
export const localStorageAdapter = (): TokenStorage => webStorage("localStorage", true);

/** The browser's `sessionStorage`: the session survives reloads of this tab only, and ends with the tab. */
export const sessionStorageAdapter = (): TokenStorage => webStorage("sessionStorage", false);
