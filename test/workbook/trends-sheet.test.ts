// The Trends sheet computed by a real engine (HyperFormula) over a hand-made log: per period the
// targets, the actuals through the as-of date (0 for a period after it), % of plan (pace for the
// current period), the trend's plain fallback, and what moved most in words, all by hand
// (test/fixtures/progress-log.ts). HyperFormula does not know SPARKLINE, so it shows the fallback,
// as Excel and LibreOffice do.
import { describe, expect, it } from "vitest";
import { xlsxFormula } from "../../src/cli/xlsx-writer";
import type { Plan } from "../../src/domain/plan";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { TRENDS_COL } from "../../src/workbook/trends-sheet";
import { PERIOD_TARGETS, progressPlan, trendsAt20260515 } from "../fixtures/progress-log";
import { close, closeAll, trendsAt } from "../support/trends-engine";

describe("Trends sheet (HyperFormula)", () => {
  it("as of 2026-04-30: nothing before April to compare with; May and June, after as-of, show 0", () => {
    const t = trendsAt(progressPlan(), "2026-04-30");
    expect(t.label("As of")?.[3]).toBe(1);
    expect(t.label("Moved most since the last period")?.[1]).toBe("No earlier period to compare with yet");
    // May's rows exist in the log but come after the as-of date.
    expect(t.periods(t.row("Calls", "Actual"))).toEqual([46, 0, 0]);
    expect(t.periods(t.row("KGI: Revenue", "Actual"))).toEqual([3_000_000, 0, 0]);
    expect(t.periods(t.row("Appointment rate", "Actual rate")).slice(1)).toEqual(["", ""]);
    close(t.row("Calls", "% of plan")[TRENDS_COL.current], 1, "April, over: 46 ÷ 46");
  });

  it("after the plan (as of 2026-07-15): every period over, June compared with May by achievement", () => {
    const t = trendsAt(progressPlan(), "2026-07-15");
    expect(t.label("As of")?.[3]).toBe(3);
    expect(t.periods(t.label("Working days elapsed") ?? [])).toEqual([22, 21, 22]);
    // May now holds the 2026-05-20 row too: 30 + 14 calls, 2 + 4 appointments, 1 + 1 deals,
    // ¥1.7M + ¥1M. June: 40 calls, 5 appointments, 2 deals, ¥2M.
    expect(t.periods(t.row("Calls", "Actual"))).toEqual([46, 44, 40]);
    const k = PERIOD_TARGETS.kgi;
    closeAll(
      t.periods(t.row("KGI: Revenue", "% of plan")),
      [3_000_000 / k[0]!, 2_700_000 / k[1]!, 2_000_000 / k[2]!],
      "KGI",
    );
    // Moved, by hand: KGI |2M/3,384,615 − 2.7M/3,230,769| = |0.591 − 0.836| = 0.245; calls |0.889 −
    // 1.023| = 0.134; appointment rate |0.833 − 0.909| = 0.076; appointments |0.833 − 0.857| = 0.024;
    // appointments → deals |0.8 − 0.667| = 0.133; deals |0.667 − 0.667| = 0: the KGI, 84% → 59%.
    expect(t.label("Moved most since the last period")?.[1]).toBe("KGI: Revenue: 84% → 59% of plan");
  });

  it("before the plan starts: period 0, no comparison, no trend drawn, no error anywhere", () => {
    const t = trendsAt(progressPlan(), "2026-03-20");
    expect(t.label("As of")?.[3]).toBe(0);
    expect(t.label("Moved most since the last period")?.[1]).toBe("No earlier period to compare with yet");
    expect(t.row("Calls", "Actual")[TRENDS_COL.trend]).toBe("");
    for (const r of t.values) {
      const isError = r.some((v) => typeof v === "object" && v !== null && "type" in v);
      expect(isError, JSON.stringify(r)).toBe(false);
    }
  });

  it("in Japanese: sheet 推移, what moved most in Japanese", () => {
    const plan: Plan = { ...progressPlan(), locale: "ja" };
    const t = trendsAt(plan, "2026-05-15");
    expect(sheetOf(t.spec, "trends").name).toBe("推移");
    expect(t.label("前期間から最も動いた指標")?.[1]).toBe("Appointment rate：計画比 101% → 44%");
    // A conversion no KPI names is named by its stages, in Japanese.
    expect(t.values.some((r) => r[0] === "Appointments→Deals 転換率")).toBe(true);
  });

  it("Google Sheets draws a SPARKLINE of the actual row; the xlsx's NA() takes the same fallback", () => {
    const t = trendsAt(progressPlan(), "2026-05-15");
    const trends = sheetOf(t.spec, "trends");
    const r = trends.cells.findIndex((row) => row[0]?.value === "Calls" && row[1]?.value === "Actual");
    const f = trends.cells[r]?.[TRENDS_COL.trend]?.formula ?? "";
    // Columns G:I hold April to June on the row itself (1-based row r + 1).
    expect(f.startsWith(`IFERROR(SPARKLINE($G$${r + 1}:$I$${r + 1},`)).toBe(true);
    expect(xlsxFormula(f)).toMatch(/^IFERROR\(NA\(\),IF\(/);
    expect(xlsxFormula(f)).not.toContain("SPARKLINE");
    const x = trendsAt(progressPlan(), "2026-05-15", (formula) => xlsxFormula(formula));
    for (const m of trendsAt20260515()) {
      const label = m.name.includes("rate") ? "Actual rate" : "Actual";
      expect(x.row(m.name, label)[TRENDS_COL.trend], m.name).toBe(m.trend);
    }
    expect(x.label("Moved most since the last period")?.[1]).toBe("Appointment rate: 101% → 44% of plan");
  });

  it("layout: metrics in funnel order, then manual KPIs, three rows each; header, labels and the comparison frozen", () => {
    const { spec, values } = trendsAt(progressPlan(), "2026-05-15");
    const trends = sheetOf(spec, "trends");
    const header = values.findIndex((r) => r[0] === "Metric");
    expect(trends.frozenRows).toBe(header + 1);
    expect(trends.frozenColumns).toBe(1);
    const names = values
      .slice(header + 4)
      .filter((r) => r[1] === "% of plan")
      .map((r) => r[0]);
    expect(names).toEqual([
      "KGI: Revenue",
      "Calls",
      "Appointment rate",
      "Appointments",
      "Appointments → Deals rate",
      "Deals",
      "Proposals sent",
      "Customer NPS",
    ]);
  });
});

function sheetOf(spec: WorkbookSpec, key: string) {
  const s = spec.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
}
