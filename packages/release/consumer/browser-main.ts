// Browser: exposes the flow to the page; the test calls it with the mock's URL.
import { runFlow } from "./flow.js";

(globalThis as { runFlow?: typeof runFlow }).runFlow = runFlow;
