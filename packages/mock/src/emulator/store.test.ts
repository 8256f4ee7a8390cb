// What an emulator left running keeps: the inbox is bounded in codes and in bytes, and what has expired is gone.
import { expect, test } from "vitest";
import { type Code, INBOX_BYTES, INBOX_SIZE, STRANGERS_SIZE, Store } from "./store.js";

const START = Date.UTC(2026, 11, 1);
function store() {
  let time = START;
  return { store: new Store({ eiam: [], ciam: [] }, () => time), advance: (ms: number) => (time += ms) };
}
const code = (to: string, expiresAt = START + 300_000): Code => ({
  product: "ciam",
  channel: "sms",
  to,
  type: "LOGIN_SMS",
  code: "123456",
  tries: 0,
  used: false,
  expiresAt,
});

test(`the inbox keeps the newest ${INBOX_SIZE} codes`, () => {
  const { store: inbox } = store();
  for (let index = 0; index <= INBOX_SIZE; index++) inbox.addCode(code(`1${index}`));
  const codes = inbox.codes();
  expect(codes).toHaveLength(INBOX_SIZE);
  expect([codes[0]?.to, codes.at(-1)?.to]).toEqual(["11", `1${INBOX_SIZE}`]);
});

test(`the inbox keeps at most ${INBOX_BYTES} bytes of targets, the newest first`, () => {
  const { store: inbox } = store();
  const long = (index: number) => `${String(index).padStart(4, "0")}${"x".repeat(240)}@example.com`;
  for (let index = 0; index < INBOX_SIZE; index++) inbox.addCode(code(long(index)));
  expect(inbox.inboxBytes).toBeLessThanOrEqual(INBOX_BYTES);
  const codes = inbox.codes();
  expect(codes.length).toBeLessThan(INBOX_SIZE);
  expect(codes.at(-1)?.to).toBe(long(INBOX_SIZE - 1));
  expect(inbox.inboxBytes).toBe(codes.reduce((sum, kept) => sum + kept.to.length + kept.type.length + 6, 0));
});

test("codes past their expiry are forgotten, from the inbox and its byte count", () => {
  const { store: inbox, advance } = store();
  inbox.addCode(code("13500000001"));
  inbox.addCode(code("13500000002", START + 600_000));
  advance(300_000);
  expect(inbox.codes().map((kept) => kept.to)).toEqual(["13500000002"]);
  advance(300_000);
  expect([inbox.codes(), inbox.inboxBytes]).toEqual([[], 0]);
});

test(`the failed passwords of at most ${STRANGERS_SIZE} unknown numbers are kept, the oldest forgotten first`, () => {
  const { store: inbox } = store();
  inbox.attemptsOf("ciam", "first", undefined).failures = 3;
  for (let index = 0; index < STRANGERS_SIZE; index++) inbox.attemptsOf("ciam", `n${index}`, undefined).failures = 1;
  expect(inbox.attemptsOf("ciam", "first", undefined).failures).toBe(0);
  expect(inbox.attemptsOf("ciam", `n${STRANGERS_SIZE - 1}`, undefined).failures).toBe(1);
});

test("the reset puts the clock back: what advance moved is undone, the time runs on from the real one", () => {
  const { store: emulator, advance } = store();
  emulator.advance(3600);
  expect(emulator.now()).toBe(START + 3_600_000);
  emulator.reset();
  expect(emulator.now()).toBe(START);
  advance(1000);
  expect(emulator.now()).toBe(START + 1000);
});
