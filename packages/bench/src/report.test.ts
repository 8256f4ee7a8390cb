import { expect, test } from "vitest";
import { ratios } from "./report.mjs";

test("a ratio is the median of the ratios within each round, where the load was the same for both", () => {
  // Rounds 2 and 5 ran under other load for all three, round 3 for openapi-fetch alone: the medians of the
  // contenders alone say facade / openapi-fetch 0.37×, the rounds 1.1×.
  const measured = ratios({
    compared: {
      facade: [110, 330, 110, 110, 330],
      "openapi-fetch": [100, 300, 300, 100, 300],
      fetch: [50, 150, 50, 50, 150],
    },
    others: { fetch: [40, 40, 40], axios: [160, 160, 160], ky: [320, 320, 320] },
  });
  expect(measured.nsPerCall).toEqual({ facade: 110, "openapi-fetch": 300, fetch: 50, axios: 160, ky: 320 });
  expect(measured).toMatchObject({ facadeOverRaw: 1.1, facadeOverFetch: 2.2, rawOverFetch: 2 });
});

test("axios and ky are compared with the fetch of their own rounds", () => {
  const measured = ratios({
    compared: { facade: [110, 110, 110], "openapi-fetch": [100, 100, 100], fetch: [50, 50, 50] },
    others: { fetch: [40, 80, 60], axios: [160, 320, 240], ky: [320, 640, 480] },
  });
  expect(measured).toMatchObject({ axiosOverFetch: 4, kyOverFetch: 8 });
  expect(measured.nsPerCall).toMatchObject({ fetch: 50, axios: 240, ky: 480 });
});
