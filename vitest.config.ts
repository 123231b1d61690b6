import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    // Two at a time on CI's 2 cores (vitest's default is one fewer than the cores): most files wait on
    // Chromium, LibreOffice or HyperFormula, so two share the machine well.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
