// The main job, once everything is built: the mock API on 127.0.0.1:4010 and the docs site on 127.0.0.1:8080,
// until Ctrl-C.
import { serveDocs } from "../docs/scripts/serve.mjs";
import { startMock } from "../packages/mock/dist/index.js";
import { listOperations, loadSpec } from "../spec/lib/index.js";

const host = "127.0.0.1";
const mockPort = 4010;
const docsPort = 8080;

/** A ready-to-paste curl, built from the spec: the first operation with several outcomes, its second outcome. */
function sampleCurl(baseUrl) {
  const operation = listOperations(loadSpec()).find((candidate) => candidate.responses[0]?.examples.length > 1);
  const outcome = operation.responses[0].examples[1].name;
  const headers = operation.headers
    .filter((header) => header.required)
    .map((header) => `-H '${header.name}: ${header.example}'`);
  const body = JSON.stringify(operation.requestBody.examples[0].value);
  return [
    `curl -i -X ${operation.method} ${baseUrl}${operation.path}`,
    `-H 'Content-Type: ${operation.requestBody.mediaType}' ${headers.join(" ")}`,
    `-H 'Prefer: example=${outcome}' -d '${body}'`,
  ].join(" \\\n      ");
}

async function main() {
  const mock = await startMock({ host, port: mockPort, log: (line) => console.log(`  mock: ${line}`) });
  const docs = await serveDocs({ host, port: docsPort });
  console.log(`
  Mock API   ${mock.url}
  Docs site  ${docs.url}

  Try it:
    ${sampleCurl(mock.url)}

  Ctrl-C stops both.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([mock.close(), docs.close()]);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  const busy = error?.code === "EADDRINUSE";
  console.error(
    busy
      ? `Cannot start: ${error.message}. Stop whatever uses port ${mockPort} or ${docsPort}, then run npm start again.`
      : `Could not start: ${error.message}`,
  );
  process.exit(1);
});
