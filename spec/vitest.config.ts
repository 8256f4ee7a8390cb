import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "spec",
    globalSetup: ["../scripts/test-tmpdir/run.ts"],
    setupFiles: ["../scripts/test-tmpdir/file.ts"],
    include: ["test/**/*.test.ts"],
  },
});
