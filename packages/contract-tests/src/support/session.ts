// What the session tests share: an emulator of 2-second id_tokens whose clock is the test's (the sessions read the
// same one), its request log as the count of refreshes that reached it, and a SUCCESS of a login to start from.
import { basePath } from "@idaas-sdk/mock";
import { getOperation, type Product } from "@idaas-sdk/spec";
import { plain, user, type World, world } from "./emulator.js";
import { specs } from "./spec.js";

export const ID_TOKEN_TTL = 2;
export const SESSION_TTL = 60;

/** An emulator whose clock is the test's, and the lines of its request log. */
export interface Tenant {
  world: World;
  log: string[];
  /** The clock the emulator and the sessions read, in milliseconds. */
  now: () => number;
  /** Moves it forward. */
  advance(seconds: number): void;
}

export async function tenant(options: { rotateSessionTokens: boolean }): Promise<Tenant> {
  let time = Date.UTC(2026, 11, 1, 8, 0, 0);
  const log: string[] = [];
  const now = () => time;
  const emulated = await world({
    idTokenTtl: ID_TOKEN_TTL,
    sessionTtl: SESSION_TTL,
    now,
    log: (line) => log.push(line),
    ...options,
  });
  return {
    world: emulated,
    log,
    now,
    advance(seconds) {
      time += seconds * 1000;
    },
  };
}

/** Where `product`'s refreshIdToken is, under the mock's origin: its method and path. */
export function refreshRoute(product: Product): { method: string; path: string } {
  const { method, path } = getOperation(specs[product], "refreshIdToken");
  return { method: method.toUpperCase(), path: `${basePath(product)}${path}` };
}

/** The refresh requests of `product` that reached the emulator, as its log lines them ("POST <path> <status> …"). */
export function refreshes(at: Tenant, product: Product): string[] {
  const { method, path } = refreshRoute(product);
  return at.log.filter((entry) => entry.startsWith(`${method} ${path} `));
}

/** The HTTP status of each log line. */
export const statuses = (lines: string[]) => lines.map((line) => line.split(" ")[2]);

/** A SUCCESS of a password login of a default user, through the product's client. */
export async function logIn(at: Tenant, product: Product) {
  const login =
    product === "eiam"
      ? await (async () => {
          const { userName = "", password = "" } = user("eiam", (u) => plain(u) && !!u.userName && !!u.password);
          return at.world.eiam.loginWithPassword({ userName, password });
        })()
      : await (async () => {
          const { mobile, password = "" } = user("ciam", (u) => plain(u) && !!u.password);
          return at.world.ciam.loginWithMobilePassword({ mobile, password });
        })();
  if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
  return login;
}
