// The emulator behind the real pipeline (Prism validates every request), called in-process, without sockets: each
// call is the operation's documented request (its spec example headers, in English) with the test's body and
// headers over it. Every answer is recorded, and checked against the spec when the test file ends.
import { type CatalogOperation, exampleHeaders, getOperation, loadSpec, PRODUCTS, type Product } from "@idaas-sdk/spec";
import { createValidator } from "@idaas-sdk/spec/validator";
import { afterAll, expect } from "vitest";
import { examplesAnswerer } from "../answerers/examples.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../emulator/index.js";
import { DEFAULT_USERS, type EmulatorUser } from "../emulator/users.js";
import { errorCodeOf, MOCK_ERRORS, type MockErrorName, mockCode } from "../http/reply.js";
import type { IncomingCall } from "../http/server.js";
import { createPipeline } from "../pipeline.js";
import { basePath } from "../products.js";
import { sitesOf } from "../start.js";

/** Where the in-process emulator pretends to listen: its issuer and base URLs are under it. */
export const ORIGIN = "http://127.0.0.1:4010";
/** The clock starts here (a fixed time, so that every run issues the same expiries). */
export const START = Date.UTC(2026, 11, 1, 8, 0, 0);

export interface Answer {
  status: number;
  body: Record<string, unknown> | undefined;
  /** The error code of an error answer. */
  code: string | undefined;
}

export interface Recorded extends Answer {
  product: Product;
  operationId: string;
  /** Answered from a Prefer'd example, not by the emulator. */
  preferred: boolean;
}

const specs = Object.fromEntries(PRODUCTS.map((product) => [product, loadSpec(product)]));
const operationOf = (product: Product, operationId: string): CatalogOperation =>
  getOperation(specs[product] ?? {}, operationId);
const sites = await sitesOf(specs);

export interface InProcess {
  emulator: Emulator;
  /** Calls the operation with its documented request, `body` fields and `headers` over it. */
  call(
    product: Product,
    operationId: string,
    request?: {
      body?: Record<string, unknown>;
      headers?: Record<string, string>;
      /** Header values by the client option that fills them (`x-idaas-sdk-option`): stateToken, sessionToken. */
      options?: Record<string, string>;
    },
  ): Promise<Answer>;
  /** A raw request on the origin (the emulator's own routes). */
  request(method: string, path: string, headers?: Record<string, string>, body?: string): Promise<Answer>;
  /** The newest code the inbox holds for `to`; throws when there is none. */
  code(to: string): string;
  /** Moves the emulator's clock forward. */
  advance(ms: number): void;
}

/** Every answer of every in-process emulator of this test file. */
export const recorded: Recorded[] = [];
// Whatever a test file asked, every answer it got is the spec's.
afterAll(() => expect(undocumentedAnswers()).toEqual([]));

export async function inProcess(options: Omit<EmulatorOptions, "now"> = {}): Promise<InProcess> {
  let time = START;
  const emulator = await createEmulator({ ...options, now: () => time });
  const handle = createPipeline({
    sites,
    examples: examplesAnswerer,
    stateful: emulator.answerer,
    routes: emulator.routes,
    origin: () => ORIGIN,
  });
  const answer = async (incoming: IncomingCall): Promise<Answer> => {
    const reply = await handle(incoming);
    const body = reply.body === undefined ? undefined : (JSON.parse(JSON.stringify(reply.body)) as Answer["body"]);
    return { status: reply.status, body, code: errorCodeOf(body) };
  };
  const lowerCased = (headers: Record<string, string>) =>
    Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

  return {
    emulator,
    async call(product, operationId, { body, headers = {}, options = {} } = {}) {
      const operation = operationOf(product, operationId);
      const byOption = operation.headers
        .filter((header) => header.option !== undefined && header.option in options)
        .map((header) => [header.name, `${header.prefix ?? ""}${options[header.option ?? ""] ?? ""}`]);
      const sent = lowerCased({
        ...exampleHeaders(operation),
        "X-L": "en",
        ...Object.fromEntries(byOption),
        ...headers,
      });
      const text = body === undefined ? "" : JSON.stringify(body);
      const answered = await answer({
        method: operation.method,
        url: new URL(`${basePath(product)}${operation.path}`, ORIGIN),
        headers: { ...sent, "content-length": String(Buffer.byteLength(text)) },
        body: async () => text,
      });
      recorded.push({ ...answered, product, operationId, preferred: "prefer" in sent });
      return answered;
    },
    request: (method, path, headers = {}, body = "") =>
      answer({ method, url: new URL(path, ORIGIN), headers: lowerCased(headers), body: async () => body }),
    code(to) {
      const code = emulator.codes(to).at(-1)?.code;
      if (!code) throw new Error(`no code was sent to ${to}`);
      return code;
    },
    advance(ms) {
      time += ms;
    },
  };
}

/** The `point_json` that solves the live challenge `token` (plain JSON), from the emulator's captchas(). */
export function solutionOf(emulator: InProcess, token: string): string {
  const solution = emulator.emulator.captchas().find((captcha) => captcha.token === token)?.solution;
  if (!solution) throw new Error("no live captcha challenge has this token");
  return JSON.stringify(solution);
}

/** A captcha token for `sender`, from a challenge solved where the emulator's captchas() says it fits. */
export async function captchaToken(emulator: InProcess, product: Product, sender: string): Promise<string> {
  const challenge = await emulator.call(product, "getCaptcha");
  const token = String(challenge.body?.token);
  const point_json = solutionOf(emulator, token);
  const verified = await emulator.call(product, "verifyCaptcha", { body: { token, point_json, sender } });
  const captcha = verified.body?.captcha_token;
  if (typeof captcha !== "string") throw new Error(`verifyCaptcha answered ${verified.status} ${verified.code}`);
  return captcha;
}

/** Sends a code of `type` to a mobile (`*_SMS`) or an email (`*_EMS`) through a fresh captcha; its code. */
export async function sendCode(emulator: InProcess, product: Product, to: string, type: string): Promise<string> {
  const [operationId, field] = type.endsWith("_SMS") ? ["sendSmsCode", "mobile"] : ["sendEmailCode", "email"];
  const captcha_token = await captchaToken(emulator, product, to);
  const sent = await emulator.call(product, operationId, { body: { [field]: to, type, captcha_token } });
  if (sent.status !== 200) throw new Error(`${operationId} answered ${sent.status} ${sent.code}`);
  return emulator.code(to);
}

/** The status of a 200 answer, the error code of an error. */
export const outcomeOf = (answer: Answer) => (answer.status === 200 ? answer.body?.status : answer.code);

const validators = Object.fromEntries(PRODUCTS.map((product) => [product, createValidator(specs[product] ?? {})]));

const MOCK_CODES = new Set<string>(Object.keys(MOCK_ERRORS).map((name) => mockCode(name as MockErrorName)));

/** Every answer recorded so far that the spec does not document (the mock's own MOCK.* errors aside). */
export function undocumentedAnswers(): string[] {
  return recorded
    .filter((answer) => answer.code === undefined || !MOCK_CODES.has(answer.code))
    .flatMap(({ product, operationId, status, body }) =>
      (validators[product]?.validateResponse(operationId, status, body) ?? []).map(
        (problem) => `${product} ${operationId} HTTP ${status}: ${problem}`,
      ),
    );
}

/** A default user of the product that `matches`, with a mobile and an email. */
export function user(product: Product, matches: (candidate: EmulatorUser) => boolean) {
  const found = DEFAULT_USERS[product].find(matches);
  if (!found?.mobile || !found.email) throw new Error(`no default ${product} user matches`);
  return found as EmulatorUser & { mobile: string; email: string };
}
/** A user with no second factor, no password state and no refusal. */
export const plain = (candidate: EmulatorUser) =>
  !candidate.mfa?.length && !candidate.disabled && !candidate.accessDenied && !candidate.passwordState;
