import { expect, test } from "vitest";
import { startContender } from "./contender-process.mjs";

const counting = new URL("./counting-contender.mjs", import.meta.url);

test("a contender's process answers each run asked for, in order, and exits when told to stop", async () => {
  const contender = await startContender(counting, ["10"]);
  expect([await contender.run(), await contender.run(), await contender.run()]).toEqual([10, 20, 30]);
  await contender.stop();
});

test("a contender's process that exits before it is ready is an error naming its arguments", async () => {
  await expect(startContender(counting, ["fail"])).rejects.toThrow("fail: its process exited (3)");
});
