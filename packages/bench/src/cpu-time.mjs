// The clock of the per-call measures: the CPU time of this process (user + system, every thread: GC and compiler
// threads included), in nanoseconds. On a shared machine other processes stretch the wall time of a call, not its
// CPU time; the process runs the client and, over loopback, the server too, so on an idle machine both clocks read
// about the same.
export const cpuTimeNs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};
