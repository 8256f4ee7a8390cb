// The browser device helper, in Node with a fake storage and a stubbed navigator (the Chromium run is in the
// product clients' suite).
import { afterEach, describe, expect, it, vi } from "vitest";
import { browserDevice, DEVICE_STORAGE_KEY, type DeviceStorage } from "./device.js";
import { IdaasConfigError } from "./errors.js";

const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: DeviceStorage = {
    getItem: vi.fn((key: string) => items.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void items.set(key, value)),
  };
  return { storage, items };
}

afterEach(() => vi.unstubAllGlobals());

describe("browserDevice", () => {
  it("makes a random fingerprint once, keeps it in the storage, and gives it back on the next visit", () => {
    vi.stubGlobal("navigator", { userAgent: CHROME, platform: "Win32" });
    const { storage, items } = memoryStorage();
    const first = browserDevice({ storage });
    expect(first.fingerprint).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(items.get(DEVICE_STORAGE_KEY)).toBe(first.fingerprint);
    expect(browserDevice({ storage }).fingerprint).toBe(first.fingerprint);
    expect(storage.setItem).toHaveBeenCalledTimes(1);
    // Another browser (another storage) is another device.
    expect(browserDevice({ storage: memoryStorage().storage }).fingerprint).not.toBe(first.fingerprint);
  });

  it("takes the agent from navigator.userAgent, after the app's name when given, and no ip", () => {
    vi.stubGlobal("navigator", { userAgent: CHROME, platform: "Win32" });
    const { storage } = memoryStorage();
    expect(browserDevice({ storage })).toEqual({ osVersion: "Win32", fingerprint: expect.any(String), agent: CHROME });
    expect(browserDevice({ storage, appName: "MyApp/1.0" }).agent).toBe(`MyApp/1.0 ${CHROME}`);
    expect(browserDevice({ storage })).not.toHaveProperty("ip");
  });

  it("takes the OS from userAgentData.platform (Chromium) first, then navigator.platform, else unknown", () => {
    const { storage } = memoryStorage();
    vi.stubGlobal("navigator", { userAgent: CHROME, platform: "Win32", userAgentData: { platform: "Windows" } });
    expect(browserDevice({ storage }).osVersion).toBe("Windows");
    vi.stubGlobal("navigator", { userAgent: CHROME, platform: "MacIntel" });
    expect(browserDevice({ storage }).osVersion).toBe("MacIntel");
    vi.stubGlobal("navigator", { userAgent: CHROME, platform: "" });
    expect(browserDevice({ storage }).osVersion).toBe("unknown");
  });

  it("uses the app's name as the agent where there is no navigator, and asks for it where there is neither", () => {
    vi.stubGlobal("navigator", undefined);
    const { storage } = memoryStorage();
    expect(browserDevice({ storage, appName: "MyApp/1.0" })).toMatchObject({
      agent: "MyApp/1.0",
      osVersion: "unknown",
    });
    expect(() => browserDevice({ storage })).toThrow(
      new IdaasConfigError("browserDevice options.appName", "is required where there is no navigator.userAgent"),
    );
  });

  it("keeps the fingerprint under the key given, and replaces a kept value that is not a fingerprint", () => {
    vi.stubGlobal("navigator", { userAgent: CHROME });
    const { storage, items } = memoryStorage({ "my-app-device": "ab\ncd", [DEVICE_STORAGE_KEY]: "kept-0123456789" });
    expect(browserDevice({ storage }).fingerprint).toBe("kept-0123456789");
    const made = browserDevice({ storage, key: "my-app-device" }).fingerprint;
    expect(made).not.toBe("ab\ncd");
    expect(items.get("my-app-device")).toBe(made);
  });

  it("without storage, or when the storage refuses, keeps one fingerprint for the page", () => {
    vi.stubGlobal("navigator", { userAgent: CHROME });
    vi.stubGlobal("localStorage", undefined);
    const refusing: DeviceStorage = {
      getItem: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
      setItem: () => undefined,
    };
    const page = browserDevice().fingerprint;
    expect(browserDevice({ storage: refusing }).fingerprint).toBe(page);
    expect(browserDevice().fingerprint).toBe(page);
  });

  it("uses localStorage by default", () => {
    vi.stubGlobal("navigator", { userAgent: CHROME });
    const { storage, items } = memoryStorage();
    vi.stubGlobal("localStorage", storage);
    const { fingerprint } = browserDevice();
    expect(items.get(DEVICE_STORAGE_KEY)).toBe(fingerprint);
  });

  it("makes a 128-bit hex id where crypto.randomUUID is missing (an http:// page)", () => {
    vi.stubGlobal("navigator", { userAgent: CHROME });
    vi.stubGlobal("crypto", { getRandomValues: (bytes: Uint8Array) => bytes.fill(171) });
    expect(browserDevice({ storage: memoryStorage().storage }).fingerprint).toBe("ab".repeat(16));
  });

  it.each([
    [{ storage: {} }, "browserDevice options.storage must have getItem and setItem, like localStorage"],
    [{ storage: null }, "browserDevice options.storage must have getItem and setItem, like localStorage"],
    [{ appName: " " }, "browserDevice options.appName must be a non-empty string, e.g. MyApp/1.0"],
    [{ appName: 1 }, "browserDevice options.appName must be a non-empty string, e.g. MyApp/1.0"],
    [{ key: "" }, "browserDevice options.key must be a non-empty string"],
    [null, "browserDevice options must be an object"],
  ])("refuses %j, naming it", (options, message) => {
    vi.stubGlobal("navigator", { userAgent: CHROME });
    expect(() => browserDevice(options as never)).toThrow(IdaasConfigError);
    expect(() => browserDevice(options as never)).toThrow(message);
  });
});
