// A guide page's journey, run as written against the emulator: its TypeScript block, transpiled, with the tenant's
// address replaced by the emulator's, its imports pointed at the built packages, and the functions it declares
// (the user's answers, the captcha passed) given by the test from the emulator's inbox and captcha solutions. What a
// reader copies must get through: a step left out (the code send before the login) fails here as it would for them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createEiamClient, type EiamClient } from "@idaas-sdk/eiam";
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import ts from "typescript";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readGuide } from "../scripts/site.mjs";

/** The tenant address the guide's pages use; a run replaces it with the emulator's. */
const TENANT = "https://your-tenant.idaas.example";
const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), "idaas-guide-journeys-"));
let mock: RunningMock;
/** The client of the captcha the user passes (the previous page's steps). */
let slider: EiamClient;
beforeAll(async () => {
  mock = await startMock({ port: 0, mode: "emulator" });
  slider = createEiamClient({
    baseUrl: mock.baseUrl("eiam"),
    clientId: "guide-journeys",
    device: { osVersion: "test", fingerprint: "guide-journeys", agent: "vitest" },
  });
});
afterAll(async () => {
  await mock?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The one TypeScript block of a guide page, by the page's file name (`3-eiam-mfa`). */
function guideBlock(name: string) {
  const page = readGuide("eiam").find((candidate) => candidate.name === `guide-${name}`);
  const blocks = [...(page?.markdown ?? "").matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
  if (blocks.length !== 1) throw new Error(`guide page ${name}: expected one TypeScript block, found ${blocks.length}`);
  return blocks[0] ?? "";
}

interface Run {
  /** What the page asks the user, in order. */
  questions: string[];
  /** What the page logs. */
  logged: unknown[][];
}

/**
 * Runs a guide block against the emulator's EIAM. `answer` gives the user's answer to each question, or, for a code,
 * where it was sent: the answer is then the newest code of the inbox for that number or address.
 */
async function runGuide(code: string, answer: (question: string) => string | { codeTo: string }): Promise<Run> {
  if (!code.includes(TENANT)) throw new Error(`the block does not use the tenant address ${TENANT}`);
  const run: Run = { questions: [], logged: [] };
  const client = require.resolve("@idaas-sdk/eiam");
  const js = ts
    .transpileModule(code.replace(TENANT, mock.baseUrl("eiam")), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    .outputText.replace(/from "@idaas-sdk\/eiam"/g, `from ${JSON.stringify(pathToFileURL(client).href)}`);
  const id = `run${Math.random().toString(36).slice(2)}`;
  const given = {
    askUser: async (question: string) => {
      run.questions.push(question);
      const given = answer(question);
      if (typeof given === "string") return given;
      const newest = mock.emulator?.codes(given.codeTo).at(-1);
      if (!newest) throw new Error(`the page asks "${question}" but no code was sent to ${given.codeTo}`);
      return newest.code;
    },
    // The user slides the piece to where the emulator's puzzle wants it.
    passCaptcha: async (sender: string) => {
      const captcha = await slider.getCaptcha();
      const solution = mock.emulator?.captchas().find((candidate) => candidate.token === captcha.token)?.solution;
      if (!solution) throw new Error("the emulator lists no solution for the captcha it gave");
      return (await slider.verifyCaptcha({ ...captcha, point: solution, sender })).captchaToken;
    },
    console: { log: (...values: unknown[]) => run.logged.push(values) },
  };
  Object.assign(globalThis, { [id]: given });
  const file = join(work, `${id}.mjs`);
  writeFileSync(file, `const { askUser, passCaptcha, console } = globalThis.${id};\n${js}`);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    Reflect.deleteProperty(globalThis, id);
  }
  return run;
}

// 13800000003, Sun Yan, has both second factors (the emulator's default users).
const user = { mobile: "13800000003", email: "sun@example.com" };

test.each(["email", "sms"])(
  "A second factor: the page's block logs a user in by SMS code, then by %s code",
  async (factor) => {
    mock.emulator?.reset();
    const run = await runGuide(guideBlock("3-eiam-mfa"), (question) => {
      if (question === "Mobile number?") return user.mobile;
      if (question === "SMS code?") return { codeTo: user.mobile };
      if (question.startsWith("Second factor")) return factor;
      if (question === "Email?") return user.email;
      if (question === "Email code?") return { codeTo: user.email };
      throw new Error(`unexpected question "${question}"`);
    });
    expect(run.questions).toEqual(
      factor === "email"
        ? ["Mobile number?", "SMS code?", expect.stringMatching(/^Second factor/), "Email?", "Email code?"]
        : ["Mobile number?", "SMS code?", expect.stringMatching(/^Second factor/), "SMS code?"],
    );
    expect(run.logged).toEqual([["SUCCESS"]]);
  },
);
