// A contender's process for contender-process.test.ts: answers its runs with 1, 2, 3… (times its first argument),
// or exits at once when that argument is "fail".
import { contenderArgs, serveRuns } from "./contender-process.mjs";

const [factor = "1"] = contenderArgs() ?? [];
if (factor === "fail") process.exit(3);
let runs = 0;
await serveRuns(async () => ++runs * Number(factor));
process.exit(0);
