// Setup file of the projects whose test files share worker processes (`isolate: false`), for the weight of their
// dependencies: Prism alone takes about 2 s of CPU to import, once per worker now instead of once per file. Each file
// still gets the repo's own modules fresh, as an isolated file would: the packages' dist and the test support modules
// are evaluated again for it, so their module-level state and hooks (an afterAll check, servers to close) are the
// file's. What the files of such a project must not do: change globals or process state (vi.stubGlobal, fake timers,
// process.env, listeners on process) without restoring them, since the next file runs in the same process.
import { vi } from "vitest";

vi.resetModules();
