// npm run test:mutation (scripts/mutation.mjs) runs Stryker once per mutated folder, so that each
// folder's mutants are judged by the tests written for it and each run keeps its own incremental
// record: a rerun after a change retests only what the change touched. docs/quality.md has the scores.
const folder = process.env.MUTATION_FOLDER ?? "domain";
const report = `reports/mutation/${folder}`;
const heavy = folder === "workbook" || folder === "server";

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
  // Module data the bundle holds: the server's wording (text.ts) and the entry points' doc lines
  // (entry-points.ts). In src/workbook such tables (labels.ts, look.ts) are static, ignored; the
  // server's judges load the bundle inside each test, so every one of these mutants would be reached
  // by every judge and each survivor rerun all of them (minutes). Left out, and said in docs/quality.md.
  mutate: [
    `src/${folder}/**/*.ts`,
    "!src/domain/jp-holidays.data.ts",
    "!src/server/text.ts",
    "!src/server/entry-points.ts",
  ],
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
  // Stryker gives half to TypeScript checkers (idle once the mutants are checked). src/domain and
  // src/functions: two runners of unit tests. The sheets' and the server's judges build and
  // recalculate whole workbooks: two runners on the two cores took more than twice as long per
  // mutant as one alone (a KPI Tree mutant: 33 s alone, over 64 s each as a pair), so every such
  // mutant "timed out" — one runner, and 30 s beyond twice the covering tests' time, tell a
  // time-out from a slow run.
  concurrency: heavy ? 2 : 4,
  timeoutMS: heavy ? 30_000 : 10_000,
  timeoutFactor: 2,
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ["dist", "reports", "coverage", ".tmp"],
  tempDirName: ".stryker-tmp",
};
