// The main job, once everything is built: the mock API on 127.0.0.1:4010 (the stateful emulator, with its default
// users), the docs site on 127.0.0.1:8080 and the example login page on 127.0.0.1:5173, until Ctrl-C.
import { serveDocs } from "../docs/scripts/serve.mjs";
import { banner, codeLine, DEFAULT_HOST, DEFAULT_PORT, startMock } from "../packages/mock/dist/index.js";
import { listAllOperations } from "../spec/lib/index.js";
import { LOGIN_PAGE_PORT, serveLoginPage } from "./login-page.mjs";

/** @import { RunningMock } from "../packages/mock/dist/index.js" */

const host = DEFAULT_HOST;
// The ports can be moved (0: any free one) for a test of this script, or when the defaults are taken.
const mockPort = Number(process.env.IDAAS_MOCK_PORT ?? DEFAULT_PORT);
const docsPort = Number(process.env.IDAAS_DOCS_PORT ?? 8080);
const pagePort = Number(process.env.IDAAS_LOGIN_PAGE_PORT ?? LOGIN_PAGE_PORT);

/** A ready-to-paste curl, built from the spec: the first operation with several outcomes, its second outcome, under
 * its product's base URL on the mock.
 * @param {Pick<RunningMock, "baseUrl">} mock
 */
function sampleCurl(mock) {
  const operation = listAllOperations().find((candidate) => (candidate.responses[0]?.examples.length ?? 0) > 1);
  const outcome = operation?.responses[0]?.examples[1]?.name;
  if (!operation || outcome === undefined) throw new Error("the spec has no operation with several outcomes");
  const headers = operation.headers
    .filter((header) => header.required)
    .map((header) => `-H '${header.name}: ${header.example}'`);
  const body = operation.requestBody;
  const example = body?.examples[0];
  if (body && !example) throw new Error(`${operation.operationId} has no request body example`);
  return [
    `curl -i -X ${operation.method} ${mock.baseUrl(operation.product)}${operation.path}`,
    [...(body ? [`-H 'Content-Type: ${body.mediaType}'`] : []), ...headers].join(" "),
    `-H 'Prefer: example=${outcome}'${body ? ` -d '${JSON.stringify(example?.value)}'` : ""}`,
  ]
    .filter((line) => line !== "")
    .join(" \\\n      ");
}

async function main() {
  const mock = await startMock({
    host,
    port: mockPort,
    mode: "emulator",
    log: (line) => console.log(`  mock: ${line}`),
    onCode: (code) => console.log(`  code: ${codeLine(code)}`),
  });
  const docs = await serveDocs({ host, port: docsPort });
  const page = await serveLoginPage({ host, port: pagePort, baseUrl: mock.baseUrl("ciam") });
  const apis = mock.products.map((product) => `  Mock API   ${mock.baseUrl(product)}  (${product.toUpperCase()})`);
  console.log(`
${banner(mock)}
${apis.join("\n")}
  Docs site  ${docs.url}
  Login page ${page.url}  (examples/login-page, on the CIAM emulator: log in as a CIAM user above)

  Try it (any outcome of the spec, through Prism):
    ${sampleCurl(mock)}

  Ctrl-C stops all three.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([mock.close(), docs.close(), page.close()]);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  const busy = error?.code === "EADDRINUSE";
  console.error(
    busy
      ? `Cannot start: ${error.message}. Stop whatever uses port ${mockPort}, ${docsPort} or ${pagePort}, then run npm start again.`
      : `Could not start: ${error.message}`,
  );
  process.exit(1);
});
