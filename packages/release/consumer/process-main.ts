// Node, Bun and Deno: runs the journey against the emulator at the first argument with the JSON inputs of the
// second, and prints the runtime and the steps as JSON.
import { type JourneyInputs, runJourney } from "./journey.ts";

const [origin = "", inputs = "{}"] = process.argv.slice(2);
const { bun, deno, node } = process.versions as { bun?: string; deno?: string; node: string };
const runtime = bun ? `Bun ${bun}` : deno ? `Deno ${deno}` : `Node ${node}`;
console.log(JSON.stringify({ runtime, steps: await runJourney(origin, JSON.parse(inputs) as JourneyInputs) }));
