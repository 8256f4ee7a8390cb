// JSON pointers of the changes (`#/paths/~1api~1v2~1sdk~1sms~1send/post/...`) and what they point at.
const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

export const decode = (/** @type {string} */ segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~");
export const encode = (/** @type {string} */ segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * `{ url, method?, rest }` for a pointer under `#/paths`, otherwise undefined.
 * @param {string} pointer
 * @returns {{ url: string, method?: string, rest: string[] } | undefined}
 */
export function operationOf(pointer) {
  const [root, url, method, ...rest] = pointer.replace(/^#\//, "").split("/");
  if (root !== "paths" || url === undefined) return undefined;
  if (method === undefined || !methods.has(method))
    return { url: decode(url), rest: /** @type {string[]} */ ([method, ...rest].filter(Boolean)).map(decode) };
  return { url: decode(url), method, rest: rest.map(decode) };
}

/** Short human location: `POST /api/v2/login responses/200 status`. @param {string} pointer */
export function where(pointer) {
  const operation = operationOf(pointer);
  if (!operation) return pointer.replace(/^#\//, "").split("/").map(decode).join("/");
  const rest = operation.rest
    .join("/")
    .replace(/content\/[^/]+\/[^/]+\/schema\/?/, "")
    .replace(/\/$/, "");
  return [operation.method?.toUpperCase(), operation.url, rest].filter(Boolean).join(" ");
}
