import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "spec",
    globalSetup: ["../scripts/test-tmpdir/run.ts"],
    setupFiles: ["../scripts/test-tmpdir/file.ts"],
    include: ["test/**/*.test.ts"],
    // The lint and score tests run Redocly's CLI: seconds when other workers share the CPU.
    testTimeout: 30_000,
  },
});
