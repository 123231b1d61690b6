import { defineConfig } from "vitest/config";

// The tests that judge mutants (npm run test:mutation): those that exercise src/domain, src/functions,
// src/workbook and src/server in this process or in a vm over the bundle built from the mutated sources.
// Left out: tests that drive LibreOffice, Chromium or a child process (a mutant there is not active),
// and the fault-injection runs, which repeat the generate tests at every call (docs/quality.md).
export default defineConfig({
  test: {
    include: [
      "test/domain/**/*.test.ts",
      "test/functions/**/*.test.ts",
      "test/workbook/**/*.test.ts",
      "test/server/**/*.test.ts",
      "test/hyperformula-engine.test.ts",
    ],
    exclude: ["test/server/faults-*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
