import { defineProject } from "vitest/config";

export default defineProject({
  // The browser test starts Chromium once for its file and reuses its pages.
  test: {
    name: "login-page",
    globalSetup: ["../../scripts/test-tmpdir/run.ts"],
    setupFiles: ["../../scripts/test-tmpdir/file.ts"],
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
