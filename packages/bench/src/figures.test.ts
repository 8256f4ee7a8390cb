import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { FIGURES, readResults, staleFigures } from "./figures.mjs";

const root = fileURLToPath(new URL("../../..", import.meta.url));

test("every measured figure in a README is what the committed bench results render", () => {
  expect(staleFigures(root), "run `npm run bench`, or `node packages/bench/src/figures.mjs`").toEqual([]);
});

test("a README whose figure differs from the results is found stale", () => {
  const results = readResults(root);
  const changed = { ...results, sizeGzipBytes: { ...results.sizeGzipBytes, eiam: results.sizeGzipBytes.eiam + 100 } };
  expect(staleFigures(root, changed)).toEqual(
    Object.keys(FIGURES).filter((file) => !["packages/ciam/README.md", "packages/captcha/README.md"].includes(file)),
  );
  const widget = {
    ...results,
    sizeGzipBytes: { ...results.sizeGzipBytes, captcha: results.sizeGzipBytes.captcha + 100 },
  };
  expect(staleFigures(root, widget)).toEqual(["packages/captcha/README.md"]);
});
