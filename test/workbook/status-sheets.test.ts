// The sheets and `status` compute the same numbers (BRIEF §3.8): for generated plans and noisy logs
// (unknown reps, a rep's name in other letter case, text in number columns, negatives, dates outside
// the period or typed as text, a percent above 100%), HyperFormula computing the generated workbook
// gives what statusReport gives in TypeScript — the KGI and KPI table, each rep, each period, the
// funnel and its bottleneck with what it costs and its remedies, and the Levers on Targets. LibreOffice
// does the same on the exported xlsx in test/cli/libreoffice-status.test.ts. STATUS_RUNS=n runs n
// random cases (default 4; 40 under test:slow).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/calendar-dates";
import type { Plan } from "../../src/domain/plan";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { type CellValue, planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { leversAgree } from "../support/levers-compare";
import { runs } from "../support/sample";
import { loadSpec, serial } from "../support/spec-engine";
import { dashboardAgrees, noisyLog, reportFor, repsAgree, trendsAgree } from "../support/status-compare";

const RUNS = Number(process.env.STATUS_RUNS ?? runs(4, 40));

function bothWays(plan: Plan, rows: CellValue[][], asOf: string) {
  const columns = planColumns(plan);
  const spec = buildWorkbook(plan, {
    existingActuals: { columns: columns.map((c) => ({ key: c.key, header: c.header })), rows },
  });
  const { hf, sheet } = loadSpec(spec);
  const asOfCell = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!asOfCell) throw new Error("no as-of");
  hf.setCellContents({ sheet: sheet("dashboard"), row: asOfCell.row, col: asOfCell.col }, serial(asOf));
  return { spec, hf, sheet, report: reportFor(plan, rows, asOf) };
}

describe("the sheets and status agree", () => {
  it("every template, both languages, noisy logs, any as-of date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templateIds),
        fc.constantFrom("ja" as const, "en" as const),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 5, max: 70 }),
        fc.integer({ min: -10, max: 90 }),
        (id, locale, seed, days, asOfDay) => {
          const plan = templatePlan(id, locale);
          const { spec, hf, sheet, report } = bothWays(
            plan,
            noisyLog(plan, seed, days),
            addDays(plan.period.start, asOfDay),
          );
          dashboardAgrees(plan, spec, hf.getSheetValues(sheet("dashboard")), report);
          repsAgree(hf.getSheetValues(sheet("reps")), report);
          trendsAgree(plan, hf.getSheetValues(sheet("trends")), report);
          leversAgree(spec, hf.getSheetValues(sheet("targets")), report.levers);
          hf.destroy();
        },
      ),
      { numRuns: RUNS, seed: 20261205 },
    );
  });

  it("a log where every stage beats plan: no bottleneck on either side", () => {
    const plan = templatePlan("inside_sales_minimal", "en");
    const st = plan.streams[0];
    if (!st) throw new Error("stream");
    // 1,000 at the top, each stage converting at twice its planned rate (capped at 1).
    const counts = new Map<string, number>();
    let n = 1_000;
    for (const sg of st.stages) {
      counts.set(`stage:${st.id}.${sg.id}`, n);
      n = Math.round(n * Math.min(1, (sg.rate ?? 1) * 2));
    }
    const rows = planColumns(plan).map((c) =>
      c.key === "date"
        ? plan.period.start
        : c.key === "rep"
          ? (plan.team[0]?.name ?? "")
          : (counts.get(c.key) ?? null),
    );
    const { spec, hf, sheet, report } = bothWays(plan, [rows], addDays(plan.period.start, 20));
    expect(report.bottleneck).toBeNull();
    expect(report.funnel.filter((f) => f.ratio !== null).every((f) => (f.ratio as number) >= 1)).toBe(true);
    dashboardAgrees(plan, spec, hf.getSheetValues(sheet("dashboard")), report);
    repsAgree(hf.getSheetValues(sheet("reps")), report);
    hf.destroy();
  });
});
