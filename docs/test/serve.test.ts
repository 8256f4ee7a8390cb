import { PRODUCTS } from "@idaas-sdk/spec";
import { afterAll, expect, test } from "vitest";
import { serveDocs } from "../scripts/serve.mjs";
import { pageOf } from "../scripts/site.mjs";

const running: { url: string; close(): Promise<void> }[] = [];
afterAll(() => Promise.all(running.map((site) => site.close())));

test("serves the site's index.html on loopback, and each product's Redoc page", async () => {
  const site = await serveDocs({ port: 0 });
  running.push(site);
  expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const index = await fetch(site.url);
  expect(index.status).toBe(200);
  expect(index.headers.get("content-type")).toContain("text/html");
  const html = await index.text();
  for (const product of PRODUCTS) {
    expect(html).toContain(`href="${pageOf(product)}"`);
    const page = await fetch(`${site.url}${pageOf(product)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<redoc");
  }
});

test("a busy port is a clear error with the EADDRINUSE code", async () => {
  const site = await serveDocs({ port: 0 });
  running.push(site);
  const port = Number(new URL(site.url).port);
  await expect(serveDocs({ port })).rejects.toMatchObject({
    code: "EADDRINUSE",
    message: expect.stringContaining(`127.0.0.1:${port}`),
  });
});
