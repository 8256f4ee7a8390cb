// Serves the example login page as built (examples/login-page/dist) on loopback, its config.json pointing at a
// given CIAM base URL (the running emulator's), the rest of the built file kept (the client id). npm start and the
// page's tests serve it so.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "../docs/scripts/serve.mjs";

export const loginPageDir = fileURLToPath(new URL("../examples/login-page/dist", import.meta.url));
export const LOGIN_PAGE_PORT = 5173;

/**
 * @param {{ baseUrl: string, port?: number, host?: string }} options `baseUrl`: the CIAM base URL the page calls;
 *   port 0 picks a free port
 */
export function serveLoginPage({ baseUrl, port = LOGIN_PAGE_PORT, host = "127.0.0.1" }) {
  const file = join(loginPageDir, "config.json");
  const config = JSON.stringify({ ...(existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}), baseUrl });
  return serveStatic(loginPageDir, {
    name: "login page",
    port,
    host,
    build: "pnpm --filter @idaas-sdk/example-login-page build",
    answer(request, response) {
      if (new URL(request.url ?? "/", "http://localhost").pathname !== "/config.json") return false;
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(config);
      return true;
    },
  });
}
