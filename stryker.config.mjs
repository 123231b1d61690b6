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
  // Vitest does not type-check, so the sandbox's files stay as written (the holiday data file is
  // compared byte for byte with what its generator writes).
  disableTypeChecks: false,
  mutate: [`src/${folder}/**/*.ts`, "!src/domain/jp-holidays.data.ts"],
  // Much of our logic is data built when a module loads (rule tables, parameter specs, templates).
  // Such a "static" mutant needs every judging test rerun on fresh modules: in src/domain that was
  // 54% of the mutants and 97% of the time (about a day on two cores). They are counted as ignored,
  // and docs/quality.md says what that leaves unjudged. A mutant reached both at load and inside a
  // test is judged by the tests that reach it.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `${report}/incremental.json`,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: `${report}/index.html` },
  jsonReporter: { fileName: `${report}/mutation.json` },
  clearTextReporter: { reportTests: false, reportMutants: false },
  // Stryker gives half to TypeScript checkers: two runners, two checkers (idle once the
  // mutants are checked) on the two cores.
  concurrency: 4,
  timeoutMS: 10_000,
  timeoutFactor: 2,
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ["dist", "reports", "coverage", ".tmp"],
  tempDirName: ".stryker-tmp",
};
