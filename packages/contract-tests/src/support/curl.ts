// Reads the curl commands of the docs so that the tests can replay them with fetch (only Node is assumed, not a
// curl binary). Handles the form the docs use: `curl [-sS] [-X METHOD] 'URL' -H 'Name: value' … -d 'body'`, with
// single or double quotes and `\` line continuations.

export interface CurlRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | undefined;
}

/** Splits a POSIX shell command line into words (quotes removed, `'\''` and `\x` escapes honoured). */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < command.length; i++) {
    const char = command[i] as string;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === "\\" && /["\\$`]/.test(command[i + 1] ?? "")) word += command[++i];
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === "\\") {
      const next = command[++i];
      if (next !== "\n" && next !== undefined) {
        word += next;
        inWord = true;
      }
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote in: ${command}`);
  if (inWord) words.push(word);
  return words;
}

const FLAGS_WITHOUT_VALUE = new Set(["-s", "-S", "-sS", "-Ss", "--silent", "--show-error", "-i", "-v", "--fail"]);

/** The request a curl command sends; throws naming an option this parser does not know. */
export function parseCurl(command: string): CurlRequest {
  const [program, ...words] = shellWords(command.trim());
  if (program !== "curl") throw new Error(`not a curl command: ${command}`);
  const request: CurlRequest = { method: "", url: "", headers: [], body: undefined };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const value = () => {
      const next = words[++i];
      if (next === undefined) throw new Error(`curl option ${word} has no value in: ${command}`);
      return next;
    };
    if (word === "-X" || word === "--request") request.method = value();
    else if (word === "-H" || word === "--header") {
      const header = value();
      const colon = header.indexOf(":");
      request.headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()]);
    } else if (word === "-d" || word === "--data" || word === "--data-raw") request.body = value();
    else if (FLAGS_WITHOUT_VALUE.has(word)) continue;
    else if (word.startsWith("-")) throw new Error(`curl option ${word} is not understood by the replay: ${command}`);
    else request.url = word;
  }
  request.method ||= request.body === undefined ? "GET" : "POST";
  if (request.body !== undefined && !request.headers.some(([name]) => name.toLowerCase() === "content-type")) {
    request.headers.push(["Content-Type", "application/x-www-form-urlencoded"]);
  }
  return request;
}

/** The ```sh blocks of a Markdown text that run curl. */
export function curlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)]
    .map((match) => (match[1] ?? "").trim())
    .filter((block) => block.startsWith("curl "));
}

/** The example a command asks for with `Prefer: example=<name>`; undefined without one. */
export const preferOf = (request: CurlRequest) =>
  request.headers.find(([name]) => name.toLowerCase() === "prefer")?.[1].replace(/^example=/, "");

/** Sends the parsed command to `origin` instead of the host it names, keeping its path (base path included). */
export async function replayCurl(origin: string, request: CurlRequest, prefer?: string) {
  const url = new URL(request.url);
  const headers = new Headers(request.headers);
  if (prefer !== undefined) headers.set("Prefer", `example=${prefer}`);
  const response = await fetch(`${origin}${url.pathname}${url.search}`, {
    method: request.method,
    headers,
    ...(request.body !== undefined && { body: request.body }),
  });
  const text = await response.text();
  return { status: response.status, text, json: text === "" ? undefined : JSON.parse(text) };
}
