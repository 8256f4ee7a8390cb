// The published shape of the package: publint and attw clean, and a main entry that bundles for browsers
// (no node: imports) and stays small. The checks are the clients' own; core reaches them by path because the
// suite's package depends on core.
import { fileURLToPath } from "node:url";
import { describe } from "vitest";
import { itIsAWellPublishedPackage } from "../../client-test-suite/src/published-package.js";

describe("package core", () => {
  itIsAWellPublishedPackage(fileURLToPath(new URL("..", import.meta.url)), 5 * 1024);
});
