import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "contract",
    globalSetup: ["../../scripts/test-tmpdir/run.ts"],
    // One worker process for many files, each file's own modules fresh (see fresh-modules.ts).
    isolate: false,
    setupFiles: ["../../scripts/test-worker/fresh-modules.ts", "../../scripts/test-tmpdir/file.ts"],
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
