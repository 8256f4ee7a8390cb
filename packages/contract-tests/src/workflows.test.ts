// 9. The Arazzo workflows of the login flows, run with `redocly respect` against the in-process mock: every workflow
// of the file must pass, and the file must hold the journeys of JOURNEYS.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import { PRODUCTS, type Product } from "@idaas-sdk/spec";
import { afterAll, beforeAll, expect, test } from "vitest";

const require = createRequire(import.meta.url);
const workflows = require.resolve("@idaas-sdk/spec/workflows/login-flows.arazzo.yaml");
const redocly = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

/** Runs `redocly respect` asynchronously: the mock answers from this very process, so it must not block. */
function respect(baseUrl: (product: Product) => string): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        redocly,
        "respect",
        workflows,
        // Each source description is named after its product and served under the product's base path.
        ...PRODUCTS.flatMap((product) => ["--server", `${product}=${baseUrl(product)}`]),
        "--max-fetch-timeout",
        "5000",
      ],
      { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1" } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/**
 * The journeys the file must hold (beside the older ones, which it holds too): one workflow per outcome a journey's
 * page branches on, each run below with the others.
 */
const JOURNEYS = {
  "EIAM password sign-in": [
    "eiam-password-login",
    "eiam-password-warn-skip",
    "eiam-password-warn-change",
    "eiam-password-expired-sms-change",
    "eiam-password-mfa-sms",
  ],
  "EIAM forgot password": ["eiam-forgot-password-sms"],
  "EIAM sign-up": ["eiam-sign-up-sms"],
  "CIAM account + password sign-in": ["ciam-account-password-login"],
  "CIAM sign-up": ["ciam-sign-up-sms"],
  "CIAM account settings": ["ciam-account-settings"],
};

test.each(Object.entries(JOURNEYS))("the file holds the workflows of the %s journey", (_, ids) => {
  const held = [...readFileSync(workflows, "utf8").matchAll(/^ {2}- workflowId: (\S+)$/gm)].map((match) => match[1]);
  expect(held).toEqual(expect.arrayContaining(ids));
});

test("every login flow passes against the mock, with status, content-type and schema checks", async () => {
  const { status, output } = await respect((product) => mock.baseUrl(product));
  const summary = output.match(/Workflows: (.*)/)?.[1] ?? output;
  const count = readFileSync(workflows, "utf8").match(/^ {2}- workflowId: /gm)?.length;
  expect(count).toBeGreaterThanOrEqual(Object.values(JOURNEYS).flat().length);
  expect(summary, output).toMatch(new RegExp(`^${count} passed, ${count} total`));
  expect(summary).not.toMatch(/failed/);
  expect(status, output).toBe(0);
});
