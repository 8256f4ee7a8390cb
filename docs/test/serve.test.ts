import { afterAll, expect, test } from "vitest";
import { serveDocs } from "../scripts/serve.mjs";

const running: { url: string; close(): Promise<void> }[] = [];
afterAll(() => Promise.all(running.map((site) => site.close())));

test("serves the site's index.html on loopback", async () => {
  const site = await serveDocs({ port: 0 });
  running.push(site);
  expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const response = await fetch(site.url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/html");
  expect(await response.text()).toContain("<redoc");
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
