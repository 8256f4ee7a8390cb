import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "release",
    globalSetup: ["../../scripts/test-tmpdir/run.ts"],
    setupFiles: ["../../scripts/test-tmpdir/file.ts"],
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
