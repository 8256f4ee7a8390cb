// The browser tests' page: the built widget and the CIAM client bundled for the browser by esbuild, served with a
// tiny HTML page from node:http on 127.0.0.1, and the helpers that drive it in Chromium (one browser per file).
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Page } from "playwright-core";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const widget = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
// The Chromium of the tests has no CJK font: the page loads Noto Sans SC as a web font, given to the widget as a
// fallback through its --idaas-captcha-font (which the tests exercise that way).
const fontDir = dirname(createRequire(import.meta.url).resolve("@fontsource-variable/noto-sans-sc"));

/** The widget's own module and the client's factory, as the page exposes them. */
const APP = `import * as captcha from ${JSON.stringify(widget)};
import { createCiamClient } from "@idaas-sdk/ciam";
window.idaas = { ...captcha, createCiamClient };`;

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Slider captcha</title>
<link rel="stylesheet" href="/fonts/index.css">
<style>
body{margin:0;font-family:system-ui,"Noto Sans SC Variable",sans-serif;background:#fff}
main{padding:16px;--idaas-captcha-font:14px/1.4 system-ui,"Noto Sans SC Variable",sans-serif}
</style>
<script type="module" src="/app.js"></script>
</head>
<body><main id="stage"></main></body>
</html>`;

/** Bundles the page's script and serves it; `close()` stops the server. */
export async function servePage(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(widget)) throw new Error("packages/captcha is not built (no dist/index.js): run the build first");
  const bundle = await build({
    stdin: { contents: APP, resolveDir: packageDir, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const font = path.startsWith("/fonts/") ? normalize(join(fontDir, path.slice("/fonts/".length))) : undefined;
    const [type, body] =
      path === "/app.js"
        ? ["text/javascript", script]
        : font?.startsWith(fontDir) && existsSync(font)
          ? [font.endsWith(".css") ? "text/css" : "font/woff2", readFileSync(font)]
          : ["text/html; charset=utf-8", HTML];
    response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface MountOptions {
  /** The CIAM base URL of the emulator. */
  baseUrl: string;
  /** The element's `lang` attribute, if any. */
  lang?: string;
  sender?: string;
  /** The first this many getCaptcha calls fail as a network error would (the slider then shows its error). */
  failingLoads?: number;
}

/** What the page recorded of the element: its events (never the token itself), and the client calls it made. */
export interface Recorded {
  events: { type: string; code?: string }[];
  calls: { getCaptcha: number; verifyCaptcha: number };
  pointerTypes: string[];
}

/**
 * Puts a fresh `<idaas-slider-captcha>` on the page with a CIAM client whose calls are counted, a clock the test
 * moves (`window.clock`, milliseconds) and listeners that record its events; waits until its puzzle is shown.
 * The captcha token goes to `window.captchaToken` (a page variable, never the DOM) for the test to use.
 */
export async function mount(page: Page, { baseUrl, lang, sender = "13900000001", failingLoads = 0 }: MountOptions) {
  await page.evaluate(
    ({ baseUrl, lang, sender, failingLoads }) => {
      const w = window as unknown as TestWindow;
      const client = w.idaas.createCiamClient({
        baseUrl,
        clientId: "captcha-widget-tests",
        device: { osVersion: "chromium", fingerprint: "captcha-widget-tests", agent: "captcha-tests/1.0" },
      });
      w.client = client;
      w.recorded = { events: [], calls: { getCaptcha: 0, verifyCaptcha: 0 }, pointerTypes: [] };
      w.captchaToken = undefined;
      w.clock = 1_000_000;
      w.idaas.defineSliderCaptcha();
      const slider = document.createElement("idaas-slider-captcha");
      if (lang) slider.setAttribute("lang", lang);
      slider.sender = sender;
      slider.now = () => w.clock;
      slider.addEventListener("verified", (event) => {
        w.recorded.events.push({ type: "verified" });
        w.captchaToken = event.detail.captchaToken;
      });
      slider.addEventListener("failed", (event) => {
        const { error } = event.detail as { error: { code?: string; name?: string } };
        w.recorded.events.push({ type: "failed", code: error.code ?? error.name });
      });
      slider.addEventListener("pointerdown", (event) => w.recorded.pointerTypes.push(event.pointerType));
      slider.client = {
        getCaptcha: () => {
          w.recorded.calls.getCaptcha++;
          if (w.recorded.calls.getCaptcha <= failingLoads) return Promise.reject(new TypeError("Failed to fetch"));
          return client.getCaptcha();
        },
        verifyCaptcha: (input) => {
          w.recorded.calls.verifyCaptcha++;
          return client.verifyCaptcha(input);
        },
      };
      document.getElementById("stage")?.replaceChildren(slider);
    },
    { baseUrl, lang, sender, failingLoads },
  );
  if (failingLoads > 0) await page.locator("idaas-slider-captcha[state=error]").waitFor();
  else await ready(page);
}

/**
 * Waits until the slider shows a puzzle: state ready, both images decoded, the piece and the handle back at the
 * start (their transition ended: a press must find the handle where it rests) and the fonts of its texts loaded.
 */
export async function ready(page: Page) {
  await page.locator("idaas-slider-captcha[state=ready]").waitFor();
  await page.evaluate(async () => {
    const root = document.querySelector("idaas-slider-captcha")?.shadowRoot;
    await Promise.all([...(root?.querySelectorAll("img") ?? [])].map((img) => img.decode()));
    await Promise.all((root?.getAnimations() ?? []).map((animation) => animation.finished));
    await document.fonts.load('14px "Noto Sans SC Variable"', root?.textContent ?? "");
  });
}

/** The page's record of events and calls. */
export const recorded = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).recorded);

/** Waits for the `count`-th event of the element and returns it. */
export async function nthEvent(page: Page, count: number) {
  await page.waitForFunction((n) => (window as unknown as TestWindow).recorded.events.length >= n, count);
  return (await recorded(page)).events[count - 1];
}

interface TestWindow {
  idaas: typeof import("../index.js") & { createCiamClient: typeof import("@idaas-sdk/ciam").createCiamClient };
  client: ReturnType<typeof import("@idaas-sdk/ciam").createCiamClient>;
  recorded: Recorded;
  captchaToken: string | undefined;
  clock: number;
}

export type { TestWindow };
