import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    // Two at a time on CI's 2 cores (vitest's default is one fewer than the cores): most files wait on
    // Chromium, LibreOffice or HyperFormula, so two share the machine well.
    maxWorkers: 2,
    // HyperFormula recalculating a workbook allocates fast: with V8's default 16 MB young generation
    // the garbage collector took most of the time (a write's recalculation in the preview: 1.7 s, 0.45 s
    // with 64 MB; scripts/start.mjs runs the preview with the same flag).
    execArgv: ["--max-semi-space-size=64"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits on the preview's server and Chromium, which recalculate the whole workbook per
    // write: a second (vitest's default) is not enough on a loaded 2-core CI. A poll that never holds
    // still fails, only later.
    expect: { poll: { timeout: 20_000 } },
  },
});
