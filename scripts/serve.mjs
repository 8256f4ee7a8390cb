// The main job, once everything is built: the mock API on 127.0.0.1:4010 (the stateful emulator, with its default
// users), the docs site on 127.0.0.1:8080 and the example login page on 127.0.0.1:5173, until Ctrl-C.

import { curlCommand } from "../docs/scripts/enrich.mjs";
import { serveDocs } from "../docs/scripts/serve.mjs";
import { banner, codeLine, DEFAULT_HOST, DEFAULT_PORT, startMock } from "../packages/mock/dist/index.js";
import { listOperations, loadSpec } from "../spec/lib/index.js";
import { LOGIN_PAGE_PORT, serveLoginPage } from "./login-page.mjs";

/** @import { RunningMock } from "../packages/mock/dist/index.js" */

const host = DEFAULT_HOST;
// The ports can be moved (0: any free one) for a test of this script, or when the defaults are taken.
const mockPort = Number(process.env.IDAAS_MOCK_PORT ?? DEFAULT_PORT);
const docsPort = Number(process.env.IDAAS_DOCS_PORT ?? 8080);
const pagePort = Number(process.env.IDAAS_LOGIN_PAGE_PORT ?? LOGIN_PAGE_PORT);

/**
 * A ready-to-paste curl the emulator answers with a session: CIAM's password login, built from the spec as the docs
 * site's curl samples are, for the first CIAM user of the banner whose password login simply succeeds.
 * @param {RunningMock} mock
 */
function tryCurl(mock) {
  const operation = listOperations(loadSpec("ciam")).find(
    (candidate) => candidate.operationId === "loginWithMobilePassword",
  );
  const example = operation?.requestBody?.examples.find((candidate) => candidate.name === "default")?.value;
  const user = mock.emulator?.users.ciam?.find(
    (candidate) =>
      candidate.mobile &&
      candidate.password &&
      (candidate.passwordState ?? "ok") === "ok" &&
      !candidate.accessDenied &&
      !candidate.disabled,
  );
  if (!operation || !example || !user) throw new Error("no CIAM password login or no CIAM user it logs in");
  // The example's fields (mobile, password), filled with the user's.
  const fields = /** @type {Record<string, unknown>} */ (user);
  const body = Object.fromEntries(Object.keys(example).map((field) => [field, fields[field]]));
  return { user, command: curlCommand(operation, { baseUrl: mock.baseUrl("ciam"), body, multiline: true }) };
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
  const tried = tryCurl(mock);
  const apis = mock.products.map((product) => `  Mock API   ${mock.baseUrl(product)}  (${product.toUpperCase()})`);
  console.log(`
${banner(mock)}
${apis.join("\n")}
  Docs site  ${docs.url}
  Login page ${page.url}  (examples/login-page, on the CIAM emulator: log in as a CIAM user above)

  Try it: log in as ${tried.user.mobile}, a CIAM user listed above, with their password:
    ${tried.command.replaceAll("\n", "\n    ")}
  It answers SUCCESS with a session_token and an id_token. Any outcome of the spec: add -H 'Prefer: example=<name>'.

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
