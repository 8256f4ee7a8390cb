// The gate's printout: one table row per change, then the verdict per package.
import { where } from "./pointer.js";

const impactOrder = { major: 0, minor: 1, patch: 2 };

/**
 * @param {{ changes: import("./classify.js").Change[], packages: { name: string, coveredBy?: string }[], ok: boolean }} result
 * @param {{ base: string, revision: string }} labels
 */
export function formatReport({ changes, packages, ok }, { base, revision }) {
  const lines = [`spec changes: ${base} → ${revision}`, ""];
  if (changes.length === 0) lines.push("No changes.");
  else {
    const rows = [...changes]
      .sort((a, b) => impactOrder[a.impact] - impactOrder[b.impact])
      .map((c) => [c.impact === "major" ? "BREAKING" : c.impact, `${c.source}/${c.rule}`, where(c.pointer), c.message]);
    lines.push(...table(["impact", "rule", "where", "what"], rows));
  }
  lines.push("");
  if (packages.length === 0) lines.push("No breaking change: no major release needed.");
  for (const { name, coveredBy } of packages)
    lines.push(
      coveredBy ? `✔ ${name}: major release (${coveredBy})` : `✖ ${name}: breaking change without a major changeset`,
    );
  if (!ok)
    lines.push(
      "",
      "Breaking changes need a major release: run `pnpm changeset`, choose major for the packages marked ✖ and say",
      "what users must change; or make the change backwards compatible.",
    );
  return lines.join("\n");
}

/** @param {string[]} header @param {string[][]} rows */
function table(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)];
}
