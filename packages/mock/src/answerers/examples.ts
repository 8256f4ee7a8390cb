// The examples answerer: Prism's negotiator picks the spec's answer (the Prefer'd example or status, else the first
// success example; or a schema-based fake with --dynamic), and Prism checks it against the spec.
import type { Endpoint } from "../endpoints.js";
import { messageOf, mockError } from "../http/reply.js";
import type { Answerer } from "../pipeline.js";

export const examplesAnswerer: Answerer = {
  async answer({ site, endpoint, request, preferences, findings }) {
    try {
      const picked = await site.prism.pick(request, preferences);
      const example = preferences.exampleKey ?? exampleNamed(endpoint, picked.status, picked.body);
      const generated = example === undefined && picked.body !== undefined;
      return {
        status: picked.status,
        body: picked.body,
        example,
        note: generated ? "dynamic" : undefined,
        findings: [...findings, ...picked.findings],
      };
    } catch (error) {
      // Prism's message names the cause and never holds request values.
      return mockError("PRISM", messageOf(error));
    }
  },
};

function exampleNamed(endpoint: Endpoint, status: number, body: unknown): string | undefined {
  const response = endpoint.operation.responses.find((candidate) => candidate.status === status);
  const text = JSON.stringify(body);
  return response?.examples.find((example) => JSON.stringify(example.value) === text)?.name;
}
