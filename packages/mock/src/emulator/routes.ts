// The emulator's own routes: the code inbox and the reset on the origin (under no product), and each product's
// JWKS where the vendor's pages put a tenant's.
import { isLocalOrigin } from "../http/loopback.js";
import { mockError, notAllowed, type Reply } from "../http/reply.js";
import type { IncomingCall } from "../http/server.js";
import type { Routes } from "../pipeline.js";
import type { Product } from "../products.js";
import { JWKS_PATH } from "./journey.js";
import { checkedSeconds } from "./seconds.js";
import type { Store } from "./store.js";
import type { SigningKey } from "./tokens.js";

/** The emulator's own routes, on the origin: the code inbox and the reset. */
export const ADMIN_PATH = "/__idaas/";

export function emulatorRoutes(store: Store, keys: Record<Product, SigningKey>, captchaY: number): Routes {
  return async (call, sites) => {
    // The inbox hands out every code: no CORS headers, and no page of another site.
    if (call.url.pathname.startsWith(ADMIN_PATH))
      return { ...(await administer(store, call, captchaY)), private: true };
    const site = sites.find((candidate) => call.url.pathname === `${candidate.basePath}${JWKS_PATH}`);
    if (!site) return undefined;
    if (call.method !== "GET") return notAllowed(call.method, "GET");
    return { status: 200, body: { keys: [keys[site.product].jwk] }, note: "emulator JWKS" };
  };
}

async function administer(store: Store, call: IncomingCall, captchaY: number): Promise<Reply> {
  if (!isLocalOrigin(call.headers.origin)) {
    return mockError(
      "FORBIDDEN_ORIGIN",
      "The emulator's own routes answer no web page of another site; call them from a test or a terminal on this machine",
    );
  }
  const route = call.url.pathname.slice(ADMIN_PATH.length);
  if (route === "codes") {
    if (call.method !== "GET") return notAllowed(call.method, "GET");
    const to = call.url.searchParams.get("to") ?? undefined;
    return { status: 200, body: { codes: store.codes(to) }, note: "emulator inbox" };
  }
  if (route === "captchas") {
    if (call.method !== "GET") return notAllowed(call.method, "GET");
    return { status: 200, body: { captchas: store.captchas(captchaY) }, note: "emulator captchas" };
  }
  if (route === "clock") {
    if (call.method !== "POST") return notAllowed(call.method, "POST");
    return moveClock(store, await call.body());
  }
  if (route === "reset") {
    if (call.method !== "POST") return notAllowed(call.method, "POST");
    store.reset();
    return { status: 204, note: "emulator reset" };
  }
  return mockError(
    "NOT_FOUND",
    `No emulator route here; it has GET ${ADMIN_PATH}codes, GET ${ADMIN_PATH}captchas, POST ${ADMIN_PATH}clock and POST ${ADMIN_PATH}reset`,
  );
}

/** `POST /__idaas/clock` with `{"seconds": N}`: the clock moves N seconds forward; the answer is the new time. */
function moveClock(store: Store, text: string | undefined): Reply {
  let seconds: unknown;
  try {
    seconds = (JSON.parse(text ?? "") as { seconds?: unknown }).seconds;
    store.advance(checkedSeconds(seconds));
  } catch (error) {
    const why = error instanceof RangeError ? error.message : "the body must be JSON";
    return mockError("INVALID_REQUEST", `Send {"seconds": N} to move the emulator's clock forward: ${why}`);
  }
  return { status: 200, body: { now: new Date(store.now()).toISOString() }, note: "emulator clock" };
}
