// The text the CLI prints at start: where the mock listens, each product's base URL, its endpoints and the
// outcomes each one can give.
import { loadSpec } from "@idaas-sdk/spec";
import { endpointsOf, preferValues, undocumentedFields } from "./endpoints.js";
import { UNDOCUMENTED } from "./rules.js";
import type { RunningMock } from "./server.js";

export function banner(mock: Pick<RunningMock, "url" | "products" | "baseUrl">): string {
  const lines = [`IDaaS mock (Prism) at ${mock.url}`];
  for (const product of mock.products) {
    const baseUrl = mock.baseUrl(product);
    lines.push("", `${product.toUpperCase()} at ${baseUrl} (a client's baseUrl)`);
    for (const endpoint of endpointsOf(loadSpec(product))) {
      const { method, path, operationId, tags } = endpoint.operation;
      lines.push(`  ${method} ${baseUrl}${path}  (${operationId}, ${tags.join(", ")})`);
      lines.push(`    Prefer: ${preferValues(endpoint).join(" | ")}`);
      const undocumented = undocumentedFields(endpoint);
      if (undocumented.length > 0) {
        lines.push(`    No vendor error documented when missing (${UNDOCUMENTED.missing}): ${undocumented.join(", ")}`);
      }
    }
  }
  lines.push(
    "",
    'Pick an outcome with the header "Prefer: example=<name>" (or "Prefer: code=<status>"); without it a valid',
    "request gets the success outcome and an invalid one the error the real service gives. Ctrl+C stops.",
    "",
  );
  return lines.join("\n");
}
