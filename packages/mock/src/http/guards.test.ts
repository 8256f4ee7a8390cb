// What keeps a mock left running on a laptop safe, on real sockets: every request must name the mock by a loopback
// host (DNS rebinding), and the emulator's own routes send no CORS headers and answer no page of another site,
// while the products' routes keep the CORS a browser app on another local port needs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PATH } from "../emulator/routes.js";
import { type RunningMock, startMock } from "../start.js";
import { rawCall } from "../test-support/requests.js";

let mock: RunningMock;
let port = "";
beforeAll(async () => {
  mock = await startMock({ port: 0, mode: "emulator" });
  port = new URL(mock.url).port;
});
afterAll(() => mock.close());

const get = (path: string, headers: string[]) => rawCall(mock.url, [`GET ${path} HTTP/1.1`, ...headers].join("\r\n"));
const captcha = "/ciam/api/v2/sdk/captcha";

describe("the Host header", () => {
  it.each(["attacker.example", "attacker.example:4010", "127.0.0.1.attacker.example", "192.0.2.1"])(
    "Host %s is refused on every route, in one line that says how to call it",
    async (host) => {
      for (const path of [captcha, `${ADMIN_PATH}codes`, "/nowhere"]) {
        const answer = await get(path, [`Host: ${host}`]);
        expect(answer.status, path).toBe(403);
        expect(answer.json).toEqual({
          error_code: "MOCK.FORBIDDEN_HOST",
          error_msg: expect.stringMatching(/^Host ".*" is not this mock's: .*localhost, 127\.0\.0\.1/),
        });
        expect(answer.headers.get("access-control-allow-origin")).toBeNull();
      }
    },
  );

  it.each(["127.0.0.1", "localhost", "[::1]", "app.localhost", "127.0.0.2"])(
    "Host %s (with the port) is answered",
    async (host) => {
      const answer = await get(`${ADMIN_PATH}codes`, [`Host: ${host}:${port}`]);
      expect(answer.status).toBe(200);
    },
  );
});

describe("the emulator's own routes and CORS", () => {
  const host = () => `Host: 127.0.0.1:${port}`;

  it("refuses the inbox and the reset to a page of another site, without CORS headers", async () => {
    for (const origin of ["http://evil.example", "null", "https://127.0.0.1.evil.example"]) {
      const answer = await get(`${ADMIN_PATH}codes`, [host(), `Origin: ${origin}`]);
      expect(answer.status, origin).toBe(403);
      expect(answer.json).toMatchObject({ error_code: "MOCK.FORBIDDEN_ORIGIN" });
      expect(answer.headers.get("access-control-allow-origin")).toBeNull();
      const reset = await rawCall(
        mock.url,
        [`POST ${ADMIN_PATH}reset HTTP/1.1`, host(), `Origin: ${origin}`].join("\r\n"),
      );
      expect(reset.status, origin).toBe(403);
    }
  });

  it("answers a loopback page and a terminal, still without CORS headers", async () => {
    for (const headers of [[host(), "Origin: http://localhost:5173"], [host()]]) {
      const answer = await get(`${ADMIN_PATH}codes`, headers);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("keeps the products' CORS for a browser app on another local port", async () => {
    const answer = await get(captcha, [host(), "Origin: http://localhost:5173"]);
    expect(answer.headers.get("access-control-allow-origin")?.trim()).toBe("http://localhost:5173");
  });
});

describe("bound beyond loopback", () => {
  it("shows a URL one can call (the loopback address), not 0.0.0.0, and answers it", async () => {
    const open = await startMock({ port: 0, host: "0.0.0.0", mode: "emulator" });
    try {
      expect(new URL(open.url).hostname).toBe("127.0.0.1");
      expect((await fetch(`${open.url}${ADMIN_PATH}codes`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
