import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { apiDiff } from "api-smart-diff";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { classify } from "./classify.js";
import { addedResponseValues } from "./response-values.js";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const pair = (name: string) => [`${fixtures}${name}/base.yaml`, `${fixtures}${name}/revision.yaml`] as const;

// Each fixture: whether it breaks clients, and the rule that must say so.
const expected: Record<string, { breaking: boolean; rule?: string }> = {
  "removed-endpoint": { breaking: true, rule: "redocly/path-removed" },
  "new-required-header": { breaking: true, rule: "redocly/parameter-became-required" },
  "removed-request-enum-value": { breaking: true, rule: "redocly/enum-values-removed" },
  "new-required-request-field": { breaking: true, rule: "redocly/required-properties-added" },
  "removed-response-field": { breaking: true, rule: "redocly/property-removed" },
  "added-response-status-value": { breaking: true, rule: "idaas/response-value-added" },
  "added-error-code": { breaking: true, rule: "idaas/response-value-added" },
  "added-optional-field": { breaking: false },
  "added-request-enum-value": { breaking: false },
  "description-edit": { breaking: false },
};

describe("classify", () => {
  it("has an expectation for every fixture", () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))("%s", (name, { breaking, rule }) => {
    const result = classify(...pair(name));
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.breaking.length > 0).toBe(breaking);
    if (rule) expect(result.breaking.map((c) => `${c.source}/${c.rule}`)).toContain(rule);
  });
});

describe("response-value-added (our rule)", () => {
  const load = (name: string) => pair(name).map((file) => parse(readFileSync(file, "utf8")));

  it("names the field and the new discriminator value of a new status variant", () => {
    const [base, revision] = load("added-response-status-value");
    const [change] = addedResponseValues(base, revision);
    expect(change?.message).toMatch(/^status in the 200 response gained "PASSWORD_WARN"/);
    expect(change?.pointer).toBe("#/paths/~1api~1v2~1login/post/responses/200/content/application~1json/schema");
  });

  it.each(["added-optional-field", "added-request-enum-value", "removed-response-field"])(
    "ignores %s (new fields, request values, removals)",
    (name) => {
      const [base, revision] = load(name);
      expect(addedResponseValues(base, revision)).toEqual([]);
    },
  );
});

// Cross-check with api-smart-diff: it agrees with the expectations except on removing an optional response
// field, which it rates non-breaking (a generated client's type loses the property: code reading it stops
// compiling). That is why the gate relies on Redocly's diff plus our rule.
describe("api-smart-diff cross-check", () => {
  it("disagrees only on the removed optional response field", () => {
    const disagreements = Object.entries(expected)
      .filter(([name, { breaking }]) => {
        const [base, revision] = pair(name).map((file) => parse(readFileSync(file, "utf8")));
        const smartBreaking = apiDiff(base, revision).some((diff) => diff.type === "breaking");
        return smartBreaking !== breaking;
      })
      .map(([name]) => name);
    expect(disagreements).toEqual(["removed-response-field"]);
  });
});
