/** A user mistake (bad option, busy port, bad users file): its message is one line, meant to be shown as is. */
export class MockStartError extends Error {
  override name = "MockStartError";
}
