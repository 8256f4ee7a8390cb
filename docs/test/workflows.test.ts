// The Arazzo workflow files the site carries: rewritten to point at the bundles copied beside them, linked from the
// guide, and runnable with `redocly respect` from the site's folder.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { type RunningMock, startMock } from "@idaas-sdk/mock";
import { PRODUCTS, specPath } from "@idaas-sdk/spec";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mockBaseUrl } from "../scripts/enrich.mjs";
import { distDir } from "../scripts/serve.mjs";
import { readGuide } from "../scripts/site.mjs";
import { siteWorkflow, siteWorkflows } from "../scripts/workflows.mjs";

const workflows = siteWorkflows();
const [eiamBundle = "", ciamBundle = ""] = PRODUCTS.map((product) => basename(specPath(product)));

describe("rewriting a workflow file for the site", () => {
  test("each source description under ../dist/ points at the bundle beside it, which it names", () => {
    const text = `sourceDescriptions:\n  - name: a\n    url: ../dist/${eiamBundle}\n    type: openapi\n  - name: b\n    url: "../dist/${ciamBundle}"\n`;
    const rewritten = siteWorkflow("x.arazzo.yaml", text);
    expect(rewritten.text).toBe(
      text.replace(`../dist/${eiamBundle}`, eiamBundle).replace(`../dist/${ciamBundle}`, ciamBundle),
    );
    expect([...rewritten.bundles.keys()]).toEqual([eiamBundle, ciamBundle]);
  });

  test("a file that is no product bundle fails, naming the workflow file", () => {
    expect(() => siteWorkflow("x.arazzo.yaml", "  - url: ../dist/other.json\n")).toThrow(
      /x\.arazzo\.yaml points at \.\.\/dist\/other\.json, which is no product bundle/,
    );
  });

  test("a source description elsewhere outside the folder fails, naming the workflow file", () => {
    expect(() => siteWorkflow("x.arazzo.yaml", "  - url: ../../elsewhere.yaml\n")).toThrow(
      /x\.arazzo\.yaml has a source description outside spec\/dist/,
    );
  });
});

describe("docs/dist", () => {
  test("carries every workflow file of the spec, with no path out of the folder", () => {
    expect(workflows.length).toBeGreaterThan(0);
    for (const workflow of workflows) {
      const text = readFileSync(join(distDir, workflow.name), "utf8");
      expect(text).toBe(workflow.text);
      expect(text).not.toMatch(/url:\s*["']?\.\.\//);
      expect(workflow.bundles.size, `${workflow.name} points at no bundle`).toBeGreaterThan(0);
    }
  });

  test("carries each bundle a workflow points at, as the spec built it", () => {
    for (const [file, path] of workflows.flatMap((workflow) => [...workflow.bundles])) {
      expect(existsSync(join(distDir, file)), file).toBe(true);
      expect(readFileSync(join(distDir, file), "utf8"), file).toBe(readFileSync(path, "utf8"));
    }
  });

  test.each(PRODUCTS)("the %s guide links every workflow file and the bundles beside it", (product) => {
    const markdown = readGuide(product)
      .map((page) => page.markdown)
      .join("\n");
    for (const workflow of workflows) {
      expect(markdown).toContain(`](${workflow.name})`);
      for (const file of workflow.bundles.keys()) expect(markdown).toContain(`](${file})`);
    }
  });
});

describe("redocly respect, run from the site's folder against the mock", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0 });
  });
  afterAll(() => mock?.close());

  const require = createRequire(import.meta.url);
  const redocly = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
  /** Asynchronous: the mock answers from this very process, so it must not block. */
  const respect = (file: string) =>
    new Promise<{ status: number; output: string }>((resolve) => {
      const servers = PRODUCTS.flatMap((product) => ["--server", `${product}=${mock.baseUrl(product)}`]);
      execFile(
        process.execPath,
        [redocly, "respect", file, ...servers, "--max-fetch-timeout", "5000"],
        { cwd: distDir, encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1" } },
        (error, stdout, stderr) =>
          resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });

  test.each(PRODUCTS)("the site's mock URLs for %s have the mock's base path", (product) => {
    expect(new URL(mockBaseUrl(product)).pathname).toBe(new URL(mock.baseUrl(product)).pathname);
  });

  test.each(workflows.map((workflow) => [workflow.name, workflow.text]))(
    "%s passes: every workflow it holds",
    async (file, text) => {
      const count = text.match(/^ {2}- workflowId: /gm)?.length ?? 0;
      expect(count, `${file} holds no workflow`).toBeGreaterThan(0);
      const { status, output } = await respect(file);
      expect(output.match(/Workflows: (.*)/)?.[1] ?? output, output).toMatch(
        new RegExp(`^${count} passed, ${count} total`),
      );
      expect(status, output).toBe(0);
    },
  );
});
