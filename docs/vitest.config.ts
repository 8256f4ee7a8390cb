import { defineProject } from "vitest/config";

export default defineProject({
  // The browser tests start Chromium once per file and visit every operation's page.
  test: {
    name: "docs",
    globalSetup: ["../scripts/test-tmpdir/run.ts"],
    setupFiles: ["../scripts/test-tmpdir/file.ts"],
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
