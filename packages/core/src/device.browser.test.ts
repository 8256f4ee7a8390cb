// browserDevice in headless Chromium, once: the built entry served from node:http on 127.0.0.1, its fingerprint
// kept in the page's localStorage across reloads, a new one once the site's data is cleared, the agent and
// platform the browser reports. On a machine without Chromium the file skips. The Chromium lookup is the client
// suite's, reached by path (that package depends on this one).
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, test as vitestTest } from "vitest";
import { launchChromium, noChromium } from "../../client-test-suite/src/browser.js";

const test = vitestTest.skipIf(noChromium);
const entry = fileURLToPath(new URL("../dist/device.js", import.meta.url));

let browser: Awaited<ReturnType<typeof launchChromium>>;
let server: Server;
let url: string;

beforeAll(async () => {
  if (noChromium) return;
  if (!existsSync(entry)) throw new Error("packages/core is not built (no dist/device.js): run the build first");
  const bundle = await build({
    stdin: {
      contents: `import { browserDevice } from ${JSON.stringify(entry)}; window.browserDevice = browserDevice;`,
      loader: "js",
      resolveDir: fileURLToPath(new URL(".", import.meta.url)),
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  server = createServer((request, response) => {
    if (request.url === "/device.js") response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else
      response.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><script src="/device.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium(["--no-sandbox", "--disable-gpu", "--no-first-run"]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

type DeviceWindow = Window & { browserDevice: (options?: object) => Record<string, string> };

test("keeps one fingerprint in localStorage across reloads, a new one once the site data is cleared; agent and OS from the browser", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const first = await page.evaluate(() => {
    const device = (window as unknown as DeviceWindow).browserDevice();
    const platform = (navigator as { userAgentData?: { platform?: string } }).userAgentData?.platform;
    return {
      device,
      kept: localStorage.getItem("idaas-sdk-device-fingerprint"),
      userAgent: navigator.userAgent,
      platform: platform || navigator.platform,
      named: (window as unknown as DeviceWindow).browserDevice({ appName: "MyApp/1.0" }).agent,
      session: (window as unknown as DeviceWindow).browserDevice({ storage: sessionStorage }).fingerprint,
    };
  });
  expect(first.device.fingerprint).toMatch(/^[0-9a-f-]{36}$/);
  expect(first.kept).toBe(first.device.fingerprint);
  expect(first.device.agent).toBe(first.userAgent);
  expect(first.named).toBe(`MyApp/1.0 ${first.userAgent}`);
  expect(first.device.osVersion).toBe(first.platform);
  expect(first.device.osVersion).not.toBe("unknown");
  expect(first.device).not.toHaveProperty("ip");
  expect(first.session).not.toBe(first.device.fingerprint);

  await page.reload();
  const again = await page.evaluate(() => (window as unknown as DeviceWindow).browserDevice().fingerprint);
  expect(again).toBe(first.device.fingerprint);

  // Clearing the site's data makes another device.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const cleared = await page.evaluate(() => (window as unknown as DeviceWindow).browserDevice().fingerprint);
  expect(cleared).toMatch(/^[0-9a-f-]{36}$/);
  expect(cleared).not.toBe(first.device.fingerprint);
  await context.close();
}, 60_000);
