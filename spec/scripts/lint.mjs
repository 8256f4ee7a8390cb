import { redocly } from "./redocly.mjs";

const { status, stdout, stderr } = redocly(["lint", "--format", "stylish"]);
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exit(status);
