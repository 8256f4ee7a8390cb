// Cloudflare Workers: runs the journey for `POST /` with `{ origin, inputs }` and answers the runtime and the steps
// as JSON, or what went wrong as text with status 500.
import { type JourneyInputs, runJourney } from "./journey.ts";

export default {
  async fetch(request: Request): Promise<Response> {
    const { origin, inputs } = (await request.json()) as { origin: string; inputs: JourneyInputs };
    try {
      return Response.json({ runtime: navigator.userAgent, steps: await runJourney(origin, inputs) });
    } catch (error) {
      return new Response(error instanceof Error ? `${error.name}: ${error.message}` : String(error), { status: 500 });
    }
  },
};
