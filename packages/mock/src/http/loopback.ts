// Which hosts and origins the mock answers. A web page the developer visits can make the browser call the mock
// (DNS rebinding: a name of the attacker's resolving to 127.0.0.1), so every request must name the mock by a
// loopback name or address, or by the host it was asked to bind; and the emulator's own routes (codes, reset)
// answer no page of another site.
import { networkInterfaces } from "node:os";

/** localhost, *.localhost, 127.0.0.0/8 and ::1 (with or without brackets). */
export function isLoopback(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return (
    name === "localhost" ||
    name.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(name) ||
    name === "::1" ||
    name === "::ffff:127.0.0.1"
  );
}

/** An address that binds every interface. */
export const isWildcard = (host: string) => ["0.0.0.0", "::", "[::]"].includes(host);

/**
 * The host names a request may give in its Host header: loopback ones, the bound host, and, when bound to every
 * interface, the machine's own addresses (so that a phone on the network can reach it by IP).
 */
export function hostChecker(boundHost: string): (hostHeader: string | undefined) => boolean {
  const own = new Set([boundHost.toLowerCase().replace(/^\[(.*)\]$/, "$1")]);
  if (isWildcard(boundHost)) {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const { address } of addresses ?? []) own.add(address.toLowerCase());
    }
  }
  return (hostHeader) => {
    // HTTP/1.0 may send no Host; browsers always send one.
    if (hostHeader === undefined) return true;
    const hostname = hostnameOf(hostHeader);
    return hostname !== undefined && (isLoopback(hostname) || own.has(hostname.replace(/^\[(.*)\]$/, "$1")));
  };
}

/** The hostname of a Host header value (`name`, `name:port`, `[v6]:port`); undefined when it is not one. */
function hostnameOf(hostHeader: string): string | undefined {
  return URL.canParse(`http://${hostHeader}`) ? new URL(`http://${hostHeader}`).hostname : undefined;
}

/** Whether a request's Origin header is absent (not a browser's cross-origin call) or a loopback page's. */
export function isLocalOrigin(origin: string | undefined): boolean {
  if (origin === undefined) return true;
  return URL.canParse(origin) && isLoopback(new URL(origin).hostname);
}
