import { defineProject } from "vitest/config";

// The type tests (src/*.test-d.ts) are not run here: `tsc -p tsconfig.check.json`, npm test's type-check step, checks
// them with the same options (a failed expectTypeOf or an unused @ts-expect-error is a compile error there); a
// vitest typecheck would run tsc over them and this package's sources a second time.
export default defineProject({
  test: {
    name: "ciam",
    globalSetup: ["../../scripts/test-tmpdir/run.ts"],
    setupFiles: ["../../scripts/test-tmpdir/file.ts"],
    include: ["src/**/*.test.ts"],
  },
});
