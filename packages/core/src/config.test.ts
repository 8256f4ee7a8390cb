// Every client option is checked at creation, with one IdaasConfigError naming the option and the problem.

import { describe, expect, it } from "vitest";
import { resolveConfig } from "./config.js";
import { IdaasConfigError } from "./errors.js";

const names = {
  clientId: "X-app",
  language: "X-lang",
  tenantId: "X-tenant",
  device: { osVersion: "X-os", fingerprint: "X-fp", agent: "X-ua", ip: "X-ip" },
};
const valid = {
  baseUrl: "https://tenant.example.com/eiam/",
  clientId: "app",
  device: { osVersion: "os", fingerprint: "fp", agent: "ua" },
};
const resolve = (options: unknown) => resolveConfig(options as never, names, ["X-fp"]);

describe("resolveConfig", () => {
  it("accepts a base URL with a path, without its trailing slash, and marks the secret headers' values", () => {
    const config = resolve(valid);
    expect(config.baseUrl).toBe("https://tenant.example.com/eiam");
    expect(config.secrets).toEqual(["fp"]);
    expect(config.maxResponseBytes).toBe(1024 * 1024);
    expect(resolve({ ...valid, baseUrl: "http://127.0.0.1:4010/ciam" }).baseUrl).toBe("http://127.0.0.1:4010/ciam");
  });

  it("sends tenantId in its header only when it is set, as a plain (not secret) value", () => {
    expect(resolve(valid).headers).not.toHaveProperty("X-tenant");
    const config = resolve({ ...valid, tenantId: "tenant-1" });
    expect(config.headers["X-tenant"]).toBe("tenant-1");
    expect(config.secrets).toEqual(["fp"]);
  });

  it.each([
    [{ retry: null }, "retry must be an object"],
    [{ retry: { retries: 1000 } }, "retry.retries must be an integer from 0 to 10"],
    [{ retry: { retries: 1.5 } }, "retry.retries must be an integer from 0 to 10"],
    [
      { retry: { retries: 2, minDelayMs: 5000, maxDelayMs: 100 } },
      "retry.minDelayMs (5000) must not exceed retry.maxDelayMs (100)",
    ],
    [
      { retry: { retries: 2, maxRetryAfterMs: -1 } },
      "retry.maxRetryAfterMs must be a number of milliseconds from 0 up to 2147483647",
    ],
    [
      { retry: { retries: 2, maxRetryAfterMs: "60" } },
      "retry.maxRetryAfterMs must be a number of milliseconds from 0 up to 2147483647",
    ],
    [
      { retry: { retries: 2, maxDelayMs: 1e12 } },
      "retry.maxDelayMs must be a positive number of milliseconds up to 2147483647",
    ],
    [
      { retry: { retries: 2, backoff: 3 } },
      "retry.backoff is not an option; the options here are retries, minDelayMs, maxDelayMs, maxRetryAfterMs",
    ],
    [{ timeoutMs: 2 ** 31 }, "timeoutMs must be a positive number of milliseconds up to 2147483647"],
    [{ timeoutMs: 0 }, "timeoutMs must be a positive number of milliseconds up to 2147483647"],
    [
      { timeout: 5000 },
      "timeout is not an option; the options here are baseUrl, clientId, device, language, tenantId, fetch, timeoutMs, maxResponseBytes, retry, logger",
    ],
    [{ maxResponseBytes: 0 }, "maxResponseBytes must be a positive integer number of bytes"],
    [
      { device: { ...valid.device, fingerprint: "fp\u0001" } },
      "device.fingerprint contains a control character (position 3), which header X-fp cannot carry",
    ],
    [
      { device: { ...valid.device, agent: "ua\u007f" } },
      "device.agent contains a control character (position 3), which header X-ua cannot carry",
    ],
    [{ clientId: " app" }, "clientId starts or ends with white space, which header X-app would lose"],
    [{ tenantId: "" }, "tenantId must be a non-empty string"],
    [{ tenantId: 42 }, "tenantId must be a non-empty string"],
    [{ tenantId: "t\n1" }, "tenantId contains a control character (position 2), which header X-tenant cannot carry"],
    [
      { tenantId: "租户" },
      "tenantId contains a character outside Latin-1 (position 1), which header X-tenant cannot carry; encode it first",
    ],
    [
      { device: { ...valid.device, ip: "1.2.3.4 " } },
      "device.ip starts or ends with white space, which header X-ip would lose",
    ],
    [
      { baseUrl: "javascript:alert(1)" },
      "baseUrl must use https:// (http:// only to localhost, 127.0.0.1 or [::1]), got a javascript: URL",
    ],
    [
      { baseUrl: "file:///etc/passwd" },
      "baseUrl must use https:// (http:// only to localhost, 127.0.0.1 or [::1]), got a file: URL",
    ],
    [
      { baseUrl: "data:text/plain,x" },
      "baseUrl must use https:// (http:// only to localhost, 127.0.0.1 or [::1]), got a data: URL",
    ],
    [
      { baseUrl: "http://tenant.example.com" },
      "baseUrl must use https:// (http:// only to localhost, 127.0.0.1 or [::1]), got http://tenant.example.com",
    ],
    [{ baseUrl: "https://user:SECRETPW@tenant.example.com" }, "baseUrl must not contain credentials (user:password@)"],
    [
      { baseUrl: "https://user:SECRETPW@exa mple.com" },
      'baseUrl is not an absolute URL such as https://tenant.example.com: "https://[credentials hidden]@exa mple.com"',
    ],
    [
      { baseUrl: "https:user:SECRETPW@bad host" },
      'baseUrl is not an absolute URL such as https://tenant.example.com: "https:[credentials hidden]@bad host"',
    ],
    [
      { baseUrl: "https:\\user:SECRETPW@bad host" },
      'baseUrl is not an absolute URL such as https://tenant.example.com: "https:\\\\[credentials hidden]@bad host"',
    ],
    [
      { baseUrl: "user:SECRETPW@bad host" },
      "baseUrl must use https:// (http:// only to localhost, 127.0.0.1 or [::1]), got a user: URL",
    ],
    [
      { baseUrl: "https://user:SECRET@PW@bad host" },
      'baseUrl is not an absolute URL such as https://tenant.example.com: "https://[credentials hidden]@bad host"',
    ],
    [
      { baseUrl: "tenant.example.com/eiam" },
      'baseUrl is not an absolute URL such as https://tenant.example.com: "tenant.example.com/eiam"',
    ],
    [
      { baseUrl: "https://tenant.example.com/?x=1" },
      "baseUrl must not contain a query (?…): the calls' paths are added to it; remove it",
    ],
    [
      { baseUrl: "https://tenant.example.com/eiam?" },
      "baseUrl must not contain a query (?…): the calls' paths are added to it; remove it",
    ],
    [
      { baseUrl: "https://tenant.example.com/eiam#top" },
      "baseUrl must not contain a fragment (#…): a fragment is never sent to the server; remove it",
    ],
    [
      { baseUrl: "https://tenant.example.com/eiam#" },
      "baseUrl must not contain a fragment (#…): a fragment is never sent to the server; remove it",
    ],
  ])("refuses %j", (change, message) => {
    const thrown = (() => {
      try {
        resolve({ ...valid, ...change });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(IdaasConfigError);
    expect((thrown as Error).message).toBe(message);
    expect((thrown as Error).message).not.toMatch(/SECRET|PW/);
  });
});
