import { defineConfig } from "vitest/config";
import { QuickFirstSequencer } from "./test/mutation-sequencer";

// The tests that judge each folder's mutants (npm run test:mutation; docs/quality.md). They run in this
// process over src/, or in a vm over the bundle built from the mutated sources (test/support/gas.ts).
// Left out everywhere: tests that drive LibreOffice, Chromium or a child process (a mutant is not
// active there), the fault-injection runs (the generate tests again, stopped at every call) and the
// slowest whole-workbook files named in docs/quality.md.
const judges: Record<string, { include: string[]; exclude?: string[] }> = {
  domain: {
    include: [
      "test/domain/**/*.test.ts",
      "test/functions/**/*.test.ts",
      "test/workbook/template-literals.test.ts",
      "test/workbook/rounding-corpus-hyperformula.test.ts",
    ],
    // purity.test reads the source text for forbidden globals, which Stryker's switches mention. The
    // bundle tests load dist/Code.js inside each test, so every domain mutant the bundle reaches while
    // loading would rerun them: they judge src/functions, and src/domain is judged over src/.
    exclude: [
      "test/functions/consistency.test.ts",
      "test/domain/purity.test.ts",
      "test/functions/*-bundle.test.ts",
      "test/functions/bundle-functions.test.ts",
      "test/functions/jsdoc.test.ts",
    ],
  },
  functions: {
    include: ["test/functions/**/*.test.ts"],
    exclude: ["test/functions/consistency.test.ts"],
  },
  // The sheets' spec-level tests (seconds in all). The whole-workbook HyperFormula files (dashboard*,
  // formulas, lead-time-sheet, rep-view, status-sheets, action-effect, trends-sheet: 15-90 s each)
  // reach nearly every workbook mutant, so each surviving mutant would rerun minutes of them.
  workbook: {
    include: [
      "test/workbook/{actuals-columns,cell-formats,dashboard-widths,levers-block,merge,names}.test.ts",
      "test/workbook/{number-formats,reps-sheet,review-log,rounding-corpus-hyperformula}.test.ts",
      "test/workbook/{targets-per-day,template-literals,tree,trends-manual}.test.ts",
      // The one whole-workbook file kept (seconds): what judges the deal-list and source formulas.
      "test/workbook/source-deals.test.ts",
      "test/workbook/deal-queries.test.ts",
      "test/workbook/name-clashes.test.ts",
      "test/workbook/log-queries.test.ts",
      "test/workbook/log-checks.test.ts",
      "test/workbook/kpi-row.test.ts",
      "test/workbook/dashboard-funnel-block.test.ts",
      "test/workbook/daily-kgi.test.ts",
      "test/workbook/action-windows.test.ts",
      "test/workbook/action-metrics.test.ts",
      "test/workbook/units.test.ts",
      "test/workbook/source-fields.test.ts",
      "test/workbook/metric-keys.test.ts",
      "test/workbook/tree-sheet.test.ts",
      "test/workbook/trends-parts.test.ts",
      "test/workbook/log-highlights.test.ts",
      "test/workbook/rep-picker.test.ts",
      "test/workbook/a1.test.ts",
      "test/workbook/sheet-builder.test.ts",
      "test/workbook/workbook-basics.test.ts",
      "test/workbook/meta.test.ts",
      "test/workbook/assumptions-sheet.test.ts",
      "test/workbook/assumptions-layout.test.ts",
      "test/workbook/targets-layout.test.ts",
      "test/workbook/actuals-sheet.test.ts",
      "test/workbook/merge-edges.test.ts",
      // Each builds a small plan's whole workbook in its tests (seconds): the Dashboard's judge.
      "test/workbook/dashboard-hand.test.ts",
      "test/workbook/dashboard-layout.test.ts",
      "test/workbook/trends-hand.test.ts",
      "test/workbook/trends-layout.test.ts",
      // Builds the lead plan's workbook in each test (seconds): what judges lead-time-sheet.ts.
      "test/workbook/lead-time-hand.test.ts",
      "test/hyperformula-engine.test.ts",
    ],
  },
  server: {
    // With the bundle's menu in full authority and Japanese, and its custom functions bound to the
    // spreadsheet's zone (custom-functions.ts), each in a fresh vm as the server's own judges.
    include: [
      "test/server/**/*.test.ts",
      "test/bundle.test.ts",
      "test/apps-script/bundle.test.ts",
      "test/functions/bundle-functions.test.ts",
    ],
    exclude: ["test/server/faults-*.test.ts", "test/server/team-report.test.ts"],
  },
};

const folder = process.env.MUTATION_FOLDER ?? "domain";
const judge = narrowed(judges[folder]);
if (!judge) throw new Error(`MUTATION_FOLDER must be one of ${Object.keys(judges).join(", ")}`);

// MUTATION_JUDGES="test/server/generate.test.ts,…" judges a part of a folder (MUTATE) by some of its
// judges only: for src/server's core, which every judge reaches, so that a surviving mutant reruns
// seconds of tests, not minutes. Fewer judges can only kill fewer mutants; docs/quality.md says which
// part was judged by which files.
function narrowed(all: (typeof judges)[string] | undefined) {
  const only = process.env.MUTATION_JUDGES?.split(",").filter(Boolean);
  if (!all || !only?.length) return all;
  return { include: only, exclude: all.exclude };
}

export default defineConfig({
  test: {
    include: judge.include,
    exclude: judge.exclude ?? [],
    globalSetup: ["test/mutation-setup.ts"],
    sequence: { sequencer: QuickFirstSequencer },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
