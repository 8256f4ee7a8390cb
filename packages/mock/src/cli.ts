// idaas-mock [--host 127.0.0.1] [--port 4010] [--product eiam|ciam] [--dynamic]
import { parseArgs } from "node:util";
import { DEFAULT_HOST, DEFAULT_PORT, isProduct, PRODUCTS } from "./products.js";

const USAGE = `usage: idaas-mock [--host ${DEFAULT_HOST}] [--port ${DEFAULT_PORT}] [--product ${PRODUCTS.join("|")}] [--dynamic]`;

function fail(message: string): never {
  process.stderr.write(`idaas-mock: ${message}\n`);
  return process.exit(1);
}

function options() {
  try {
    return parseArgs({
      options: {
        host: { type: "string", default: DEFAULT_HOST },
        port: { type: "string", default: String(DEFAULT_PORT) },
        product: { type: "string" },
        dynamic: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    // parseArgs explains the mistake in its message's first sentence.
    const reason = error instanceof Error ? (error.message.split(/\.\s/)[0] ?? error.message) : String(error);
    fail(`${reason.replace(/\.$/, "")}; ${USAGE}`);
  }
}

const values = options();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const port = /^\d+$/.test(values.port) ? Number(values.port) : Number.NaN;
if (!(port <= 65535)) fail(`--port must be an integer from 0 to 65535, got "${values.port}"; ${USAGE}`);
const product = values.product;
if (product !== undefined && !isProduct(product))
  fail(`--product must be one of ${PRODUCTS.join(", ")}, got "${product}"; ${USAGE}`);

// Prism takes a second to load: the flags are checked first, so a mistake is reported at once.
const { banner } = await import("./banner.js");
const { MockStartError, startMock } = await import("./server.js");
try {
  const mock = await startMock({
    host: values.host,
    port,
    product,
    dynamic: values.dynamic,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(banner(mock));
  const stop = () => {
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  if (error instanceof MockStartError) fail(error.message);
  fail(`could not start: ${error instanceof Error ? error.message.replaceAll(/\s+/g, " ") : String(error)}`);
}
