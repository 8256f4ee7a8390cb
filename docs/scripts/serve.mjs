// Serves docs/dist, the static site, on loopback. Any static host would do: Redoc routes its pages in the URL's
// hash (eiam.html#/eiam/loginwithmobilecode), so the site needs no server-side routing.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

/** @import { AddressInfo } from "node:net" */

export const distDir = fileURLToPath(new URL("../dist", import.meta.url));

/**
 * Starts a static server for the docs site.
 * @param {{ port?: number, host?: string }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveDocs({ port = 8080, host = "127.0.0.1" } = {}) {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`docs: no site at ${distDir}/index.html; build it first (pnpm --filter @idaas-sdk/docs build)`);
  }
  const handler = sirv(distDir, { dev: false, etag: true });
  const server = createServer((request, response) => handler(request, response));
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      server.once("error", (/** @type {NodeJS.ErrnoException} */ error) =>
        reject(
          Object.assign(new Error(`docs: cannot listen on http://${host}:${port} (${error.code ?? error.message})`), {
            code: error.code,
          }),
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveDocs({ port: Number(process.env.PORT ?? 8080) });
  console.log(`docs: serving ${distDir} on ${url}`);
}
