import { defineConfig } from "vitest/config";

// One run over every package that has tests; each package's own vitest.config.ts names it.
export default defineConfig({
  test: {
    projects: [
      "spec/vitest.config.ts",
      "packages/*/vitest.config.ts",
      "docs/vitest.config*.ts",
      "examples/*/vitest.config.ts",
    ],
  },
});
