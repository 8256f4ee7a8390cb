import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { WORKFLOWS_FILE } from "../scripts/build.mjs";

const distDir = fileURLToPath(new URL("../dist", import.meta.url));

test("the site carries the Arazzo workflows, pointing at the bundle beside them, and the guide links to them", () => {
  const workflows = readFileSync(join(distDir, WORKFLOWS_FILE), "utf8");
  const url = /url: (\S+)/.exec(workflows)?.[1];
  expect(url).toBe("openapi.json");
  expect(existsSync(join(distDir, url as string))).toBe(true);
  expect(readFileSync(join(distDir, "index.html"), "utf8")).toContain(`](${WORKFLOWS_FILE})`);
});
