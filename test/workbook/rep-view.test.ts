// The Dashboard's rep picker (REP_VIEW) in HyperFormula: picking a rep turns the KPI table, the
// funnel and the periods into the rep's (test/support/rep-view-compare.ts says against what);
// clearing it gives the team's figures back; a name not in the team is said so and reads no rep's
// figures; names with wildcard characters pick exactly that rep. LibreOffice computes the same in
// test/cli/libreoffice-status.test.ts.
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/calendar-dates";
import type { Plan } from "../../src/domain/plan";
import { templatePlan } from "../../src/domain/templates";
import { type CellValue, planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { repSum, repViewAgrees } from "../support/rep-view-compare";
import { loadSpec, serial } from "../support/spec-engine";
import { dashboardAgrees, noisyLog, reportFor } from "../support/status-compare";

function load(plan: Plan, rows: CellValue[][], asOf: string) {
  const columns = planColumns(plan);
  const spec = buildWorkbook(plan, {
    existingActuals: { columns: columns.map((c) => ({ key: c.key, header: c.header })), rows },
  });
  const { hf, sheet } = loadSpec(spec);
  const cell = (name: string) => {
    const at = spec.namedRanges.find((n) => n.name === name)?.rect;
    if (!at) throw new Error(`no ${name}`);
    return { sheet: sheet("dashboard"), row: at.row, col: at.col };
  };
  hf.setCellContents(cell(N.asOf), serial(asOf));
  const pick = (name: string) => hf.setCellContents(cell(N.repView), name === "" ? null : name);
  const dashboard = () => hf.getSheetValues(sheet("dashboard"));
  const note = () => dashboard()[cell(N.repView).row]?.[3];
  return { spec, hf, pick, dashboard, note, report: reportFor(plan, rows, asOf) };
}

describe("the rep picker", () => {
  it.each([
    ["inside_sales", "ja", 5, 40, 31],
    ["saas", "en", 9, 30, 45],
  ] as const)("%s (%s): each rep's view, then the team's again", (id, locale, seed, days, asOfDay) => {
    const plan = templatePlan(id, locale);
    const rows = noisyLog(plan, seed, days);
    const { spec, hf, pick, dashboard, note, report } = load(plan, rows, addDays(plan.period.start, asOfDay));
    expect(plan.team.length).toBeGreaterThan(1);
    expect(note()).toMatch(locale === "ja" ? /チーム全体/ : /Showing the team/);
    plan.team.forEach((m, i) => {
      // The typed name in other letter case picks the same rep, as the log's criteria read it.
      pick(i === 1 ? m.name.toUpperCase() : m.name);
      repViewAgrees(plan, spec, dashboard(), report, rows, i);
      expect(note()).toMatch(locale === "ja" ? /この担当者/ : /this rep's/);
    });
    pick("");
    dashboardAgrees(plan, spec, dashboard(), report);
    hf.destroy();
  });

  it("a name not in the team is said so, and shows no one's figures", () => {
    const plan = templatePlan("inside_sales_minimal", "en");
    const rows = noisyLog(plan, 3, 20);
    const { spec, hf, pick, dashboard, note } = load(plan, rows, addDays(plan.period.start, 15));
    pick("Nobody");
    expect(note()).toMatch(/Not a rep of the team/);
    const kgi = dashboard()[spec.dashboard.kgiRow] ?? [];
    // The rep's cells are errors (the index is #N/A), never a number read from a wrong row.
    expect(typeof kgi[spec.dashboard.col.target]).not.toBe("number");
    expect(typeof kgi[spec.dashboard.col.actual]).not.toBe("number");
    hf.destroy();
  });

  it("wildcard characters and look-alike names pick exactly the rep named", () => {
    const base = templatePlan("inside_sales_minimal", "en");
    const team = ["S*o", "Sato", "S?to", "~Sato"].map((name, i) => ({ name, weight: i + 1 }));
    const plan: Plan = { ...base, team };
    const columns = planColumns(plan).map((c) => c.key);
    const kgiAt = columns.indexOf("kgi");
    // One row per rep with a KGI that tells them apart: 1,000 × (rep's place + 1).
    const rows = team.map((m, i) =>
      columns.map((k, j) =>
        k === "date" ? plan.period.start : k === "rep" ? m.name : j === kgiAt ? 1_000 * (i + 1) : 0,
      ),
    );
    const { spec, hf, pick, dashboard } = load(plan, rows, addDays(plan.period.start, 10));
    team.forEach((m, i) => {
      pick(m.name);
      const kgi = dashboard()[spec.dashboard.kgiRow] ?? [];
      expect(kgi[spec.dashboard.col.actual], m.name).toBe(1_000 * (i + 1));
      expect(repSum(plan, rows, "kgi", m.name, plan.period.start, plan.period.end)).toBe(1_000 * (i + 1));
    });
    hf.destroy();
  });

  it("a plan with no reps has no picker: the Dashboard is the team's", () => {
    const plan: Plan = { ...templatePlan("inside_sales_minimal", "en"), team: [] };
    const spec = buildWorkbook(plan);
    expect(spec.dashboard.repViewRow).toBeNull();
    expect(spec.namedRanges.map((n) => n.name)).not.toContain(N.repView);
  });
});
