// Reading an answer's body with a cap, for the clients' calls and the JWKS download alike: past the cap, declared or
// read, reading stops and the connection is cancelled, so a hostile server cannot make the SDK hold a huge body.

/**
 * The body of `response`, read to its end or to `maxBytes`, whichever comes first; past the cap the body is
 * cancelled and `tooLarge()` thrown. An abort of `signal` (the time limit, the caller's) stops the read.
 */
export async function readCappedBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const stop = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener("abort", stop, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener("abort", stop);
  }
  signal.throwIfAborted();
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
