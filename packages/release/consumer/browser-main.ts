// Browser: exposes the journey to the page; the test calls it with the emulator's origin and the inputs.
import { runJourney } from "./journey.ts";

(globalThis as { runJourney?: typeof runJourney }).runJourney = runJourney;
