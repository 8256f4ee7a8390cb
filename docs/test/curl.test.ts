// Runs the curl commands the site shows against the mock server (on a free port instead of 4010).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import { listOperations, loadSpec } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { curlCommand, enrichSpec, MOCK_URL, mockOutcomes } from "../scripts/enrich.mjs";

const operations = listOperations(loadSpec());
const enriched = enrichSpec(loadSpec());
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

/**
 * Runs a shell command line as the reader would paste it; returns the HTTP status and the body. Asynchronous: the
 * mock answers from this same process.
 */
async function run(command: string) {
  const { stdout: output } = await promisify(execFile)("sh", ["-c", `${command} -w '\\n%{http_code}'`], {
    encoding: "utf8",
    timeout: 20_000,
  });
  const cut = output.lastIndexOf("\n");
  return { status: Number(output.slice(cut + 1)), body: output.slice(0, cut) };
}

describe.each(operations)("$operationId", (operation) => {
  test("the curl sample of the right-hand panel gets the first outcome", async () => {
    const sample = enriched.paths[operation.path][operation.method.toLowerCase()]["x-codeSamples"].find(
      (candidate: { lang: string }) => candidate.lang === "curl",
    );
    const { status } = await run(sample.source.replace(MOCK_URL, mock.url));
    expect(status).toBe(mockOutcomes(operation)[0]?.status);
  });

  test.each(mockOutcomes(operation))("Prefer: example=$name gets HTTP $status and that example", async (outcome) => {
    const { status, body } = await run(curlCommand(operation, { example: outcome.name, baseUrl: mock.url }));
    expect(status).toBe(outcome.status);
    const example = operation.responses
      .find((response) => response.status === outcome.status)
      ?.examples.find((candidate) => candidate.name === outcome.name);
    if (example) expect(JSON.parse(body)).toEqual(example.value);
  });
});
