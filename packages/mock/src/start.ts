// startMock: checks the options, builds each product's site (its endpoints and its own Prism), picks the answerers
// of the mode (the spec's examples; the emulator on top in the emulator mode) and listens.
import { loadSpec, type SpecDocument } from "@idaas-sdk/spec";
import { examplesAnswerer } from "./answerers/examples.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "./emulator/index.js";
import type { EmulatorUsers } from "./emulator/users.js";
import { endpointsOf } from "./endpoints.js";
import { listen } from "./http/server.js";
import { createPipeline, type Site } from "./pipeline.js";
import { createPrism } from "./prism.js";
import { basePath, DEFAULT_HOST, DEFAULT_PORT, isProduct, PRODUCTS, type Product } from "./products.js";
import { MockStartError } from "./start-error.js";

export { MockStartError };

export interface MockOptions {
  /** TCP port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 (never 0.0.0.0 unless asked). */
  host?: string;
  /** Serve only this product. Default: both, each under its base path. */
  product?: Product;
  /** Generate responses from the schemas instead of serving the named examples. Default false. */
  dynamic?: boolean;
  /** Receives one line per request: method, path, status, chosen example. Never headers or bodies. */
  log?: (line: string) => void;
  /**
   * `"examples"` (default): every valid request gets the spec's example. `"emulator"`: a stateful service, whose
   * codes must match, lockouts count down and tokens verify; `Prefer` still picks an example.
   */
  mode?: "examples" | "emulator";
  /** Emulator: the users of each product (default: the embedded set the banner lists). */
  users?: EmulatorUsers;
  /** Emulator: every code issued is this one (4 to 8 digits) instead of a random 6-digit one. */
  fixedCode?: string;
  /** Emulator: receives each code as it is issued (the CLI prints it, the target masked). */
  onCode?: EmulatorOptions["onCode"];
  /** Emulator: the clock in milliseconds, for tests that move time. Default `Date.now`. */
  now?: () => number;
  /** Emulator: every captcha point passes (for suites that do not test the captcha). Default false. */
  anyCaptchaPoint?: boolean;
  /** Emulator: seconds an id_token lives (default EIAM 7200, CIAM 300, as the pages give them). */
  idTokenTtl?: number;
  /** Emulator: seconds a session lives (default: each login answer's `expire`). */
  sessionTtl?: number;
  /** Emulator: a refresh answers a new session token and the old one stops working. Default false. */
  rotateSessionTokens?: boolean;
}

/** The emulator's state, from the program that started it; the same as `/__idaas/codes` and `/__idaas/reset`. */
export type EmulatorHandle = Pick<Emulator, "codes" | "captchas" | "advance" | "reset" | "users">;

export interface RunningMock {
  /** The origin, e.g. http://127.0.0.1:4010; each product is served under its base path on it. */
  url: string;
  /** The products served, in the spec's order. */
  products: readonly Product[];
  /** A served product's base URL, e.g. http://127.0.0.1:4010/eiam: what a client's `baseUrl` is set to. */
  baseUrl(product: Product): string;
  /** How it answers: the spec's examples, or the stateful emulator. */
  mode: "examples" | "emulator";
  /** The emulator's inbox, reset and users; undefined in examples mode. */
  emulator: EmulatorHandle | undefined;
  close(): Promise<void>;
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { product } = options;
  if (product !== undefined && !isProduct(product)) {
    throw new MockStartError(`unknown product "${product}"; expected one of ${PRODUCTS.join(", ")}`);
  }
  const products = product === undefined ? PRODUCTS : [product];
  return startMockOfBundles(Object.fromEntries(products.map((name) => [name, loadSpec(name)])), options);
}

/** Starts the mock on the given bundles (each product's parsed spec); startMock passes the published ones. */
export async function startMockOfBundles(
  bundles: Partial<Record<Product, SpecDocument>>,
  options: Omit<MockOptions, "product"> = {},
): Promise<RunningMock> {
  const { port = DEFAULT_PORT, host = DEFAULT_HOST, dynamic = false, log, mode = "examples" } = options;
  if (mode !== "examples" && mode !== "emulator") {
    throw new MockStartError(`invalid mode "${String(mode)}"; expected "examples" or "emulator"`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MockStartError(`invalid port ${port}; expected an integer from 0 to 65535`);
  }
  if (log !== undefined && typeof log !== "function") {
    throw new MockStartError(`invalid log option; expected a function that receives each request line`);
  }
  const sites = await sitesOf(bundles, dynamic);
  const { users, fixedCode, onCode, now, anyCaptchaPoint, idTokenTtl, sessionTtl, rotateSessionTokens } = options;
  const emulator =
    mode === "emulator"
      ? await createEmulator({
          users,
          fixedCode,
          onCode,
          now,
          anyCaptchaPoint,
          idTokenTtl,
          sessionTtl,
          rotateSessionTokens,
        })
      : undefined;
  let origin = "";
  const handle = createPipeline({
    sites,
    examples: examplesAnswerer,
    stateful: emulator?.answerer,
    routes: emulator?.routes,
    origin: () => origin,
  });
  const server = await listen({ host, port, handle, log });
  origin = server.origin;
  const basePaths = sites.map((site) => site.basePath).join(", ");
  return {
    url: origin,
    products: sites.map((site) => site.product),
    baseUrl(product) {
      const site = sites.find((candidate) => candidate.product === product);
      if (!site) throw new Error(`this mock does not serve "${product}"; it serves ${basePaths}`);
      return `${origin}${site.basePath}`;
    },
    mode,
    emulator: emulator && {
      codes: emulator.codes,
      captchas: emulator.captchas,
      advance: emulator.advance,
      reset: emulator.reset,
      users: emulator.users,
    },
    close: server.close,
  };
}

/** Each given product's site, in the spec's order: its base path, its endpoints and its own Prism. */
export async function sitesOf(bundles: Partial<Record<Product, SpecDocument>>, dynamic = false): Promise<Site[]> {
  const sites: Site[] = [];
  for (const product of PRODUCTS) {
    const document = bundles[product];
    if (!document) continue;
    const prism = await createPrism(structuredClone(document), dynamic);
    sites.push({ product, basePath: basePath(product), endpoints: endpointsOf(document), prism });
  }
  return sites;
}
