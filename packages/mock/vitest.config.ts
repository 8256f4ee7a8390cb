import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "mock",
    globalSetup: ["../../scripts/test-tmpdir/run.ts"],
    setupFiles: ["../../scripts/test-tmpdir/file.ts"],
    include: ["src/**/*.test.ts"],
  },
});
