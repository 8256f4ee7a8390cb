// Where a request carries its token: `Authorization: Bearer <token>` (RFC 6750 §2.1), else a named cookie. Read
// from a Web Request's Headers or a Node headers record alike; nothing read here is ever put in a message.
import { IdaasConfigError } from "./errors.js";

/** A Web `Headers` (Request, Hono's `c.req.raw`, Next.js, Workers, Deno, Bun), or anything with its `get`. */
export interface HeadersLike {
  get(name: string): string | null | undefined;
}
/** A Node headers record (`IncomingMessage.headers`: Express, Fastify, node:http), names in any case. */
export type NodeHeaders = { readonly [name: string]: string | readonly string[] | undefined };

/** A request to authenticate: a Web `Request`, a Node `IncomingMessage`, or anything with such `headers`. */
export interface RequestWithHeaders {
  readonly headers: HeadersLike | NodeHeaders;
}

/** What the request carries: a token and where it came from, none, or an Authorization header not to be read. */
export type FoundToken =
  | { kind: "token"; token: string; from: string }
  | { kind: "none" }
  | { kind: "malformed"; problem: string };

// RFC 6750 §2.1: credentials = "Bearer" 1*SP b64token; the scheme is case-insensitive (RFC 9110 §11.1).
const BEARER = /^bearer(?:[ \t]+(.*))?$/i;
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
// RFC 6265 §4.1.1: a cookie name is an RFC 9110 token.
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** One header of the request, duplicates joined with ", " as `Headers.get` does; undefined when absent. */
function headerOf(headers: HeadersLike | NodeHeaders, name: string): string | undefined {
  if (typeof headers.get === "function") return (headers as HeadersLike).get(name) ?? undefined;
  const record = headers as NodeHeaders;
  const key = name in record ? name : Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return typeof value === "string" ? value : value?.join(name === "cookie" ? "; " : ", ");
}

/** The headers of `request`, or an {@link IdaasConfigError} saying what to pass. */
export function headersOf(request: unknown): HeadersLike | NodeHeaders {
  const headers = (request as { headers?: unknown } | null | undefined)?.headers;
  if (typeof headers !== "object" || headers === null) {
    throw new IdaasConfigError(
      "request",
      "must be a Web Request or a Node IncomingMessage (an object with headers); in Hono pass c.req.raw",
    );
  }
  return headers as HeadersLike | NodeHeaders;
}

/** Checks a cookie name given as an option. */
export function checkCookieName(name: unknown): string {
  if (typeof name !== "string" || !COOKIE_NAME.test(name)) {
    throw new IdaasConfigError("options.cookie", "must be a cookie name (letters, digits and !#$%&'*+-.^_`|~)");
  }
  return name;
}

/** The value of cookie `name` (the first one, as browsers send the most specific path first), unquoted. */
function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(";") ?? []) {
    const at = pair.indexOf("=");
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return undefined;
}

/**
 * The token of the request: a Bearer Authorization header first; when there is none (or it is of another scheme,
 * which is no token for this guard), the cookie `cookie` if given. An empty cookie (one a sign-out cleared) is none.
 */
export function findToken(headers: HeadersLike | NodeHeaders, cookie: string | undefined): FoundToken {
  const authorization = headerOf(headers, "authorization")?.trim();
  const bearer = authorization === undefined ? undefined : BEARER.exec(authorization);
  if (bearer) {
    const token = bearer[1] ?? "";
    if (token === "") return { kind: "malformed", problem: 'the Authorization header has "Bearer" but no token' };
    if (!B64TOKEN.test(token)) {
      return {
        kind: "malformed",
        problem: /[\s,]/.test(token)
          ? "the Authorization header carries more than one token (or a space inside it)"
          : "the Authorization header's token has characters a bearer token cannot have",
      };
    }
    return { kind: "token", token, from: "the Authorization header" };
  }
  if (cookie === undefined) return { kind: "none" };
  const value = cookieOf(headerOf(headers, "cookie"), cookie);
  return value ? { kind: "token", token: value, from: `the cookie "${cookie}"` } : { kind: "none" };
}
