// One percent convention (BRIEF §3.5): a percent KPI's target and actuals are fractions shown in
// percent, so "2%" typed, 0.02 and 2% mean one thing; a bare 2.5 in its column is ambiguous, left
// out of the average, flagged, and Tidy actuals reads it as 2.5%. dist/Code.js over the fakes.
import { describe, expect, it } from "vitest";
import { templatePlan } from "../../src/domain/templates";
import { addon } from "./support";

function churnLog() {
  const a = addon({ locale: "en" });
  const plan = templatePlan("saas", "en"); // churn rate: 2%, lower is better, averaged
  expect(a.call("kpiGenerate", plan).ok).toBe(true);
  const header = (a.fake.spreadsheet.sheetValues("Actuals", "A1:Z1") as string[][])[0] as string[];
  const churn = header.indexOf("Churn rate (%)");
  expect(churn).toBeGreaterThan(1);
  const rep = plan.team[0]?.name as string;
  const row = (date: string, value: unknown) => {
    const out: unknown[] = Array(churn + 1).fill(null);
    out[0] = date;
    out[1] = rep;
    out[churn] = value;
    return out;
  };
  a.fake.spreadsheet.write("Actuals", "A2", [
    row("2026-04-01", "2%"), // typed with its sign: 0.02
    row("2026-04-02", 0.025), // a fraction: 2.5%
    row("2026-04-03", 2.5), // 2.5 what? 250%, or 2.5% meant: left out and flagged
  ]);
  return { a, churn };
}

const dashboardRow = (a: ReturnType<typeof addon>, name: string) =>
  (a.fake.spreadsheet.sheetValues("Dashboard") as unknown[][]).find((r) => r[0] === name) ?? [];

describe("a percent KPI", () => {
  it("holds its target as 0.02 shown 2.0%, averages 2% and 2.5%, and flags the bare 2.5", () => {
    const { a, churn } = churnLog();
    expect(a.fake.spreadsheet.namedValue("TARGET_churn_rate")).toBe(0.02);
    const row = dashboardRow(a, "Churn rate");
    expect(row[2]).toBe(0.02);
    // By hand: (0.02 + 0.025) ÷ 2 = 0.0225.
    expect(row[4]).toBeCloseTo(0.0225, 12);
    expect(a.fake.spreadsheet.sheetDisplayValues("Dashboard").flat()).toContain("2.0%"); // shown in percent
    const check = dashboardRow(a, "Churn rate (%)");
    expect([check[1], check[2]]).toEqual([1, `Actuals!${String.fromCharCode(65 + churn)}4`]);
  });

  it("Tidy actuals reads the bare 2.5 as 2.5%", () => {
    const { a, churn } = churnLog();
    a.fake.ui.alertAnswers.push("YES");
    a.call("kpiMenuTidyActuals");
    const cell = `${String.fromCharCode(65 + churn)}4`;
    expect(a.fake.ui.alerts[0]?.prompt).toContain(`${cell}: 2.5 → 0.025`);
    expect(a.fake.spreadsheet.cell("Actuals", cell).value).toBe(0.025);
    // (0.02 + 0.025 + 0.025) ÷ 3
    expect(dashboardRow(a, "Churn rate")[4]).toBeCloseTo(0.07 / 3, 12);
  });
});
