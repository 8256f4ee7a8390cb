import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One run over every package that has tests; each package's own vitest.config.ts names it.
export default defineConfig({
  test: {
    // Two test files at a time even on two cores, where vitest's default (a core less than there are) is one: much
    // of a file's time is spent waiting on Chromium, the CLIs it starts and its sockets, which leaves a core idle.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      "spec/vitest.config.ts",
      "packages/*/vitest.config.ts",
      "docs/vitest.config*.ts",
      "examples/*/vitest.config.ts",
    ],
  },
});
