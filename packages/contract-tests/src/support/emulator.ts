// The emulator seen through the published clients: a world per test file (an emulator on a free port, both clients
// on it, its inbox over HTTP, its clock), every answer the clients got recorded for a check against the spec, and the
// default users the tests pick from.
import { type CiamClient, createCiamClient } from "@idaas-sdk/ciam";
import { type ClientOptions, IdaasApiError } from "@idaas-sdk/core";
import { createEiamClient, type EiamClient } from "@idaas-sdk/eiam";
import {
  ADMIN_PATH,
  basePath,
  DEFAULT_USERS,
  type EmulatorUser,
  type IssuedCode,
  issuerOf,
  JWKS_PATH,
  MOCK_ERRORS,
  type RunningMock,
  startMock,
} from "@idaas-sdk/mock";
import { errorFieldsOf, loadSpec, type Product } from "@idaas-sdk/spec";
import { afterAll, expect } from "vitest";
import { DEVICE } from "./clients.js";
import { operationsByRoute, validatorOf } from "./spec.js";

export const CLIENT_ID = "emulator-tests";

interface Answered {
  product: Product;
  operationId: string;
  status: number;
  body: unknown;
}
/** Every answer the emulator gave (not the `Prefer` ones, which are Prism's examples). */
export const answered: Answered[] = [];

function recorder(product: Product): typeof fetch {
  const byPath = operationsByRoute(product);

  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const path = new URL(request.url).pathname.slice(basePath(product).length);
    const operation = byPath.get(`${request.method} ${path}`);
    if (operation && !request.headers.has("Prefer")) {
      const text = await response.clone().text();
      answered.push({
        product,
        operationId: operation.operationId,
        status: response.status,
        body: text === "" ? undefined : JSON.parse(text),
      });
    }
    return response;
  };
}

export interface World {
  mock: RunningMock;
  eiam: EiamClient;
  ciam: CiamClient;
  /** The newest code sent to `to`, from GET /__idaas/codes. */
  code(to: string): Promise<string>;
  inbox(to?: string): Promise<IssuedCode[]>;
  /** Moves the emulator's clock forward. */
  advance(ms: number): void;
}

const worlds: RunningMock[] = [];
export async function world(options: Parameters<typeof startMock>[0] = {}): Promise<World> {
  let offset = 0;
  const mock = await startMock({ port: 0, mode: "emulator", now: () => Date.now() + offset, ...options });
  worlds.push(mock);
  const clientOptions = (product: Product): ClientOptions => ({
    baseUrl: mock.baseUrl(product),
    clientId: CLIENT_ID,
    device: DEVICE,
    fetch: recorder(product),
  });
  const inbox = async (to?: string) => {
    const response = await fetch(
      `${mock.url}${ADMIN_PATH}codes${to === undefined ? "" : `?to=${encodeURIComponent(to)}`}`,
    );
    expect(response.status).toBe(200);
    return ((await response.json()) as { codes: IssuedCode[] }).codes;
  };
  return {
    mock,
    eiam: createEiamClient(clientOptions("eiam")),
    ciam: createCiamClient(clientOptions("ciam")),
    inbox,
    advance(ms) {
      offset += ms;
    },
    async code(to) {
      const code = (await inbox(to)).at(-1)?.code;
      if (!code) throw new Error(`no code was sent to ${to}`);
      return code;
    },
  };
}
afterAll(() => Promise.all(worlds.map((mock) => mock.close())));

/** A default user of the product that `matches`. */
export function user(
  product: Product,
  matches: (candidate: EmulatorUser) => boolean,
): Required<Pick<EmulatorUser, "mobile" | "email">> & EmulatorUser {
  const found = DEFAULT_USERS[product].find(matches);
  if (!found?.mobile || !found.email) throw new Error(`the default ${product} users have none that matches`);
  return found as Required<Pick<EmulatorUser, "mobile" | "email">> & EmulatorUser;
}
export const plain = (candidate: EmulatorUser) =>
  !candidate.mfa?.length &&
  !candidate.disabled &&
  !candidate.accessDenied &&
  (candidate.passwordState ?? "ok") === "ok";

/** What `verifyIdToken` needs to trust the emulator's id_tokens of a product: its issuer, this client, its JWKS. */
export function verifyOptions(mock: RunningMock, product: Product) {
  const baseUrl = mock.baseUrl(product);
  return { issuer: issuerOf(baseUrl), audience: CLIENT_ID, jwksUri: `${baseUrl}${JWKS_PATH}` };
}

/** The error a call fails with; fails the test when the call succeeds or fails otherwise. */
export async function refusal(call: Promise<unknown>): Promise<IdaasApiError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof IdaasApiError)) throw new Error(`expected an IdaasApiError, got ${String(error)}`);
  return error;
}

/** A new password the spec's example policy accepts (8 to 18 characters, three kinds of four). */
export const NEW_PASSWORD = "Newpass-2026";

const mockCodes = new Set(Object.keys(MOCK_ERRORS).map((name) => `MOCK.${name}`));

/** Every answer the clients got from the emulator in this file that the spec does not document (MOCK.* aside). */
export function undocumentedAnswers(): string[] {
  const own = ({ product, body }: Answered) =>
    mockCodes.has(String((body as Record<string, unknown> | undefined)?.[errorFieldsOf(loadSpec(product)).code]));
  return answered
    .filter((answer) => !own(answer))
    .flatMap(({ product, operationId, status, body }) =>
      validatorOf({ product } as never)
        .validateResponse(operationId, status, body)
        .map((problem) => `${product} ${operationId} HTTP ${status}: ${problem}`),
    );
}
