// One process per contender, for the per-call measures of the harness and of the independent loop alike: a
// contender's heap, garbage and compiled code are its own, so that no contender pays for another one's collections
// or runs code that another one's calls shaped (README.md, point 7). Each tool measures in its own way: this file
// only starts the processes and passes their runs.
import { fork } from "node:child_process";

const CONTENDER = "--contender";

/**
 * Starts `script` as a contender's process, with `args` after `--contender`, and waits until it is ready (its
 * contender warmed up). `run()` asks for one run and gives what the process measured (CPU time per call, ns).
 * @param {URL} script @param {string[]} args
 */
export async function startContender(script, args) {
  const child = fork(script, [CONTENDER, ...args], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  /** @type {{ resolve: (message: unknown) => void, reject: (error: Error) => void }[]} */
  const waiting = [];
  const next = () => new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  child.on("message", (message) => waiting.shift()?.resolve(message));
  child.on("exit", (code) => {
    for (const { reject } of waiting.splice(0)) reject(new Error(`${args.join(" ")}: its process exited (${code})`));
  });
  await next();
  return {
    /** @returns {Promise<number>} */
    run: async () => {
      child.send("run");
      return /** @type {number} */ (await next());
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send("stop");
      await exited;
    },
  };
}

/** The arguments this process was started with by `startContender`; undefined in any other process. */
export const contenderArgs = () => (process.argv[2] === CONTENDER && process.send ? process.argv.slice(3) : undefined);

/**
 * In a contender's process: says it is ready, then answers each run asked for with `measureRun()`, until told to
 * stop. @param {() => Promise<number>} measureRun
 */
export function serveRuns(measureRun) {
  return /** @type {Promise<void>} */ (
    new Promise((resolve) => {
      process.on("message", async (message) => {
        if (message === "stop") return resolve();
        process.send?.(await measureRun());
      });
      process.send?.("ready");
    })
  );
}
