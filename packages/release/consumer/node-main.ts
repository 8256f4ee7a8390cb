// Node: starts the installed mock, runs the flow against it over HTTP, prints the steps as JSON.
import { readFileSync } from "node:fs";
import { startMock } from "@idaas-sdk/mock";
import { type FlowInputs, runFlow } from "./flow.js";

const inputs = JSON.parse(readFileSync(new URL("../inputs.json", import.meta.url), "utf8")) as FlowInputs;
const mock = await startMock({ port: 0, product: "eiam" });
try {
  console.log(JSON.stringify({ node: process.versions.node, steps: await runFlow(mock.baseUrl("eiam"), inputs) }));
} finally {
  await mock.close();
}
