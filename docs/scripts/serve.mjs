// Serves docs/dist, the static site, on loopback. Any static host would do: Redoc routes its pages in the URL's
// hash (eiam.html#/eiam/loginwithmobilecode), so the site needs no server-side routing. `serveStatic` is the server
// itself, for any built folder (npm start serves the example login page with it too).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

/** @import { AddressInfo } from "node:net" */
/** @import { IncomingMessage, ServerResponse } from "node:http" */

export const distDir = fileURLToPath(new URL("../dist", import.meta.url));

/**
 * Starts a static server for a built folder. `name` starts its error messages; `answer` may answer a request itself
 * (returning true), before the files are looked at.
 * @param {string} dir the folder; it must hold an index.html
 * @param {{ name: string, port: number, host?: string, build: string,
 *   answer?: (request: IncomingMessage, response: ServerResponse) => boolean }} options port 0 picks a free port;
 *   `build` is the command that makes the folder, for the error when there is no index.html
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveStatic(dir, { name, port, host = "127.0.0.1", build, answer }) {
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`${name}: no site at ${dir}/index.html; build it first (${build})`);
  }
  const handler = sirv(dir, { dev: false, etag: true });
  const server = createServer((request, response) => {
    if (!answer?.(request, response)) handler(request, response);
  });
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      server.once("error", (/** @type {NodeJS.ErrnoException} */ error) =>
        reject(
          Object.assign(
            new Error(`${name}: cannot listen on http://${host}:${port} (${error.code ?? error.message})`),
            {
              code: error.code,
            },
          ),
        ),
      );
      server.listen(port, host, resolve);
    })
  );
  // Listening on a TCP host and port: the address is an AddressInfo.
  const address = /** @type {AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Starts a static server for the docs site.
 * @param {{ port?: number, host?: string }} [options] port 0 picks a free port
 */
export function serveDocs({ port = 8080, host = "127.0.0.1" } = {}) {
  return serveStatic(distDir, { name: "docs", port, host, build: "pnpm --filter @idaas-sdk/docs build" });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveDocs({ port: Number(process.env.PORT ?? 8080) });
  console.log(`docs: serving ${distDir} on ${url}`);
}
