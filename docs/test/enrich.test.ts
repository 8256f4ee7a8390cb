import { listOperations, loadSpec } from "@idaas-sdk/spec";
import { describe, expect, test } from "vitest";
import { readGuide } from "../scripts/build.mjs";
import { enrichSpec, MOCK_URL, mockOutcomes } from "../scripts/enrich.mjs";

const bundle = loadSpec();
const guide = readGuide();
const enriched = enrichSpec(bundle, { guide });
const operations = listOperations(bundle);
const enrichedOperation = (operationId: string) => {
  const found = listOperations(enriched).find((operation) => operation.operationId === operationId);
  if (!found) throw new Error(`${operationId} is missing from the enriched spec`);
  return { ...found, samples: enriched.paths[found.path][found.method.toLowerCase()]["x-codeSamples"] };
};

test("enriching works on a copy: the bundle is left as it is", () => {
  expect(bundle).toEqual(loadSpec());
});

describe.each(operations)("$operationId", (operation) => {
  const { description, samples } = enrichedOperation(operation.operationId);
  const lines = description.split("\n");

  test.each(operation.errors)("its error table has $code with HTTP status, messages and action", (error) => {
    const row = lines.find((line: string) => line.replaceAll("<wbr>", "").startsWith(`| <code>${error.code}</code> |`));
    expect(row, `no row for ${error.code}`).toBeDefined();
    expect(row).toContain(`| ${error.httpStatus} |`);
    expect(row).toContain(error.message);
    expect(row).toContain(error.messageZh ?? "—");
    expect(row).toContain(error.action);
  });

  test("its mock outcomes name every example of its responses", () => {
    const names = operation.responses.flatMap((response) => response.examples.map((example) => example.name));
    for (const name of names) expect(description).toContain(`\`Prefer: example=${name}\``);
    expect(mockOutcomes(operation).length).toBeGreaterThanOrEqual(names.length);
    expect(description).toContain(`curl -sS -X ${operation.method} '${MOCK_URL}${operation.path}'`);
  });

  test("its code samples are the TypeScript file first, then curl against the mock", () => {
    expect(samples.map((sample: { lang: string }) => sample.lang)).toEqual(["TypeScript", "curl"]);
    for (const header of operation.headers.filter((candidate) => candidate.required)) {
      expect(samples[1].source).toContain(`-H '${header.name}: ${header.example}'`);
    }
  });
});

test("an operation without a TypeScript sample fails the build, naming the operation", () => {
  const broken = structuredClone(bundle);
  const [operation] = operations;
  if (!operation) throw new Error("the spec has no operation");
  delete broken.paths[operation.path][operation.method.toLowerCase()]["x-codeSamples"];
  expect(() => enrichSpec(broken)).toThrow(new RegExp(`${operation.operationId}.*TypeScript`));
});

test("the guide is a tag group of its own, first, one page per file", () => {
  expect(guide.length).toBeGreaterThan(0);
  expect(enriched["x-tagGroups"][0]).toEqual({ name: "Getting started", tags: guide.map((page) => page.name) });
  for (const page of guide) {
    expect(enriched.tags).toContainEqual(expect.objectContaining({ name: page.name, "x-traitTag": true }));
  }
  expect(enriched["x-tagGroups"].slice(1)).toEqual(bundle["x-tagGroups"]);
});
