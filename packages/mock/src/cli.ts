// idaas-mock [--host 127.0.0.1] [--port 4010] [--product eiam|ciam] [--dynamic] [--emulator [--users FILE] [--fixed-code CODE] [--any-captcha-point] [--id-token-ttl SECONDS] [--session-ttl SECONDS] [--rotate-session-tokens]]
import { parseArgs } from "node:util";
import { DEFAULT_HOST, DEFAULT_PORT, isProduct, PRODUCTS } from "./products.js";

const USAGE = `usage: idaas-mock [--host ${DEFAULT_HOST}] [--port ${DEFAULT_PORT}] [--product ${PRODUCTS.join("|")}] [--dynamic] [--emulator [--users FILE] [--fixed-code CODE] [--any-captcha-point] [--id-token-ttl SECONDS] [--session-ttl SECONDS] [--rotate-session-tokens]]`;

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
        emulator: { type: "boolean", default: false },
        users: { type: "string" },
        "fixed-code": { type: "string" },
        "any-captcha-point": { type: "boolean", default: false },
        "id-token-ttl": { type: "string" },
        "session-ttl": { type: "string" },
        "rotate-session-tokens": { type: "boolean", default: false },
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
const fixedCode = values["fixed-code"];
const emulatorOnly = [values.users, fixedCode, values["id-token-ttl"], values["session-ttl"]];
const emulatorSwitches = [values["any-captcha-point"], values["rotate-session-tokens"]];
if (!values.emulator && (emulatorOnly.some((value) => value !== undefined) || emulatorSwitches.includes(true)))
  fail(`--users, --fixed-code, --any-captcha-point, --rotate-session-tokens and the TTLs need --emulator; ${USAGE}`);
/** A TTL flag's seconds (whole and positive; startMock checks the range), or undefined when absent. */
function seconds(flag: "id-token-ttl" | "session-ttl"): number | undefined {
  const given = values[flag];
  if (given === undefined) return undefined;
  if (!/^\d+$/.test(given)) fail(`--${flag} must be a whole number of seconds, got "${given}"; ${USAGE}`);
  return Number(given);
}
const idTokenTtl = seconds("id-token-ttl");
const sessionTtl = seconds("session-ttl");
if (values.emulator && values.dynamic) fail(`--dynamic is for the examples mode, not --emulator; ${USAGE}`);

// Prism takes a second to load: the flags and the users file are checked first, so a mistake is reported at once.
const { MockStartError } = await import("./start-error.js");
const { readUsersFile } = await import("./emulator/users.js");
/** Says in one line why the mock cannot start. */
function cannotStart(error: unknown): never {
  if (error instanceof MockStartError) fail(error.message);
  fail(`could not start: ${error instanceof Error ? error.message.replaceAll(/\s+/g, " ") : String(error)}`);
}
function usersOf(file: string | undefined) {
  try {
    return file === undefined ? undefined : readUsersFile(file);
  } catch (error) {
    cannotStart(error);
  }
}
const users = usersOf(values.users);
const { banner, codeLine } = await import("./banner.js");
const { startMock } = await import("./start.js");
const { isLoopback } = await import("./http/loopback.js");
const { ADMIN_PATH } = await import("./emulator/routes.js");
try {
  const mock = await startMock({
    mode: values.emulator ? "emulator" : "examples",
    users,
    fixedCode,
    anyCaptchaPoint: values["any-captcha-point"],
    idTokenTtl,
    sessionTtl,
    rotateSessionTokens: values["rotate-session-tokens"],
    onCode: (code) => process.stdout.write(`${codeLine(code)}\n`),
    host: values.host,
    port,
    product,
    dynamic: values.dynamic,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(banner(mock));
  if (mock.mode === "emulator" && !isLoopback(values.host)) {
    process.stderr.write(
      `idaas-mock: warning: listening on ${values.host}, beyond this machine: anyone who can reach it can read every code (GET ${ADMIN_PATH}codes) and reset the emulator; leave out --host to stay on ${DEFAULT_HOST}\n`,
    );
  }
  const stop = () => {
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  cannotStart(error);
}
