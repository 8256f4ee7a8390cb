// The built site served on a free port and one Chromium page of a laptop's screen (1280 × 800), for the docs'
// browser tests; `artifacts` is made for their screenshots.
import { mkdirSync } from "node:fs";
import { launchChromium } from "@idaas-sdk/client-test-suite/browser";
import type { Page } from "playwright-core";
import { serveDocs } from "../scripts/serve.mjs";

export interface SiteInChromium {
  site: { url: string };
  page: Page;
  close(): Promise<void>;
}

export async function openSiteInChromium(artifacts: string): Promise<SiteInChromium> {
  const site = await serveDocs({ port: 0 });
  const browser = await launchChromium(["--no-sandbox", "--disable-gpu", "--no-first-run"]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  mkdirSync(artifacts, { recursive: true });
  return {
    site,
    page,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
