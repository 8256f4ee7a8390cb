import { defineProject } from "vitest/config";

export default defineProject({
  // The browser tests start Chromium once per file and reuse its pages.
  test: {
    name: "captcha",
    globalSetup: ["../../scripts/test-tmpdir/run.ts"],
    setupFiles: ["../../scripts/test-tmpdir/file.ts"],
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
