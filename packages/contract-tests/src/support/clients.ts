// The typed clients, reached by operation id: each client method is named after its operation.
import { createCiamClient } from "@idaas-sdk/ciam";
import type { ClientOptions, Logger } from "@idaas-sdk/core";
import { createEiamClient } from "@idaas-sdk/eiam";
import type { CatalogOperation } from "@idaas-sdk/spec";
import { type ClientProduct, productOf } from "./spec.js";

const factories: Record<ClientProduct, (options: ClientOptions) => object> = {
  eiam: createEiamClient,
  ciam: createCiamClient,
};

/** Client options of the tests; none of them is a fact of the spec. */
export const DEVICE = { osVersion: "contract-os 1.0", fingerprint: "contract-fingerprint", agent: "contract-tests" };

export interface ClientSetup {
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  logger?: Logger;
  clientId?: string;
  device?: ClientOptions["device"];
  timeoutMs?: number;
}

export type Method = (input: unknown) => Promise<unknown>;

/** The client method of `operation`, on a client of its product built with `setup`. */
export function methodOf(operation: CatalogOperation, setup: ClientSetup): Method {
  const client = factories[productOf(operation)]({
    baseUrl: setup.baseUrl,
    clientId: setup.clientId ?? "contract-client",
    device: setup.device ?? DEVICE,
    ...(setup.fetch && { fetch: setup.fetch }),
    ...(setup.logger && { logger: setup.logger }),
    ...(setup.timeoutMs && { timeoutMs: setup.timeoutMs }),
  }) as Record<string, unknown>;
  const method = client[operation.operationId];
  if (typeof method !== "function") {
    throw new Error(`the ${productOf(operation)} client has no method ${operation.operationId}`);
  }
  return (input) => (method as Method).call(client, input);
}

/** A fetch that asks the mock for one named outcome (`Prefer: example=<name>`) over the real global fetch. */
export function preferFetch(example: string | undefined, onAnswer?: (answer: Answer) => void): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (example !== undefined) request.headers.set("Prefer", `example=${example}`);
    const response = await globalThis.fetch(request);
    if (onAnswer) onAnswer(await readAnswer(request, response.clone()));
    return response;
  };
}

export interface Answer {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  text: string;
  /** The parsed body; undefined when empty or not JSON. */
  json: unknown;
  sent: Headers;
}

export async function readAnswer(request: Request, response: Response): Promise<Answer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    method: request.method,
    path: new URL(request.url).pathname,
    status: response.status,
    contentType: response.headers.get("content-type"),
    text,
    json,
    sent: request.headers,
  };
}
