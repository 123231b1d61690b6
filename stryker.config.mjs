// npm run test:mutation (scripts/mutation.mjs) runs Stryker once per mutated folder, so that each
// folder's mutants are judged by the tests written for it and each run keeps its own incremental
// record: a rerun after a change retests only what the change touched. docs/quality.md has the scores.
const folder = process.env.MUTATION_FOLDER ?? "domain";
const report = `reports/mutation/${folder}`;

export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.mutation.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  mutate: [`src/${folder}/**/*.ts`, "!src/domain/jp-holidays.data.ts"],
  // A mutant in code that runs while a module loads needs every test rerun in a fresh process; these
  // are counted apart in docs/quality.md rather than run.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `${report}/incremental.json`,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: `${report}/index.html` },
  jsonReporter: { fileName: `${report}/mutation.json` },
  clearTextReporter: { reportTests: false, reportMutants: false },
  // One TypeScript checker and two test runners share the two cores.
  concurrency: 3,
  timeoutMS: 10_000,
  timeoutFactor: 2,
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ["dist", "reports", "coverage", ".tmp", "docs", "schema"],
  tempDirName: ".stryker-tmp",
};
