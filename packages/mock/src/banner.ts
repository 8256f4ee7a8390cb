// The text the CLI prints at start: where the mock listens, its endpoints and the outcomes each one can give.
import { loadSpec, type Product } from "@idaas-sdk/spec";
import { endpointsOf, preferValues } from "./endpoints.js";

export function banner(url: string, product: Product = "all"): string {
  const lines = [`IDaaS mock (Prism) of ${product === "all" ? "the whole API" : product.toUpperCase()} at ${url}`, ""];
  for (const endpoint of endpointsOf(loadSpec(product))) {
    const { method, path, operationId, tags } = endpoint.operation;
    lines.push(`  ${method} ${url}${path}  (${operationId}, ${tags.join(", ")})`);
    lines.push(`    Prefer: ${preferValues(endpoint).join(" | ")}`);
  }
  lines.push(
    "",
    'Pick an outcome with the header "Prefer: example=<name>" (or "Prefer: code=<status>"); without it a valid',
    "request gets the success outcome and an invalid one the error the real service gives. Ctrl+C stops.",
    "",
  );
  return lines.join("\n");
}
