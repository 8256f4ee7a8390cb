import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "mock",
    globalSetup: ["../../scripts/test-tmpdir/run.ts"],
    // One worker process for many files, each file's own modules fresh (see fresh-modules.ts).
    isolate: false,
    setupFiles: ["../../scripts/test-worker/fresh-modules.ts", "../../scripts/test-tmpdir/file.ts"],
    include: ["src/**/*.test.ts"],
    // The CLI tests start the real mock, Prism and all: seconds when other workers share the CPU.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
