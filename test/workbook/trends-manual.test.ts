// Manual KPIs on the Trends sheet, computed by HyperFormula over a hand-made log: a total (proposals
// sent, 80 for the quarter) shared over the periods by their weights, summed per period; a level
// (NPS, 40) the target itself, averaged per period over the numbers entered; % of plan by the
// Dashboard's rules (pace of a total, direction-aware achievement of a level). Every figure by hand.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { TRENDS_COL } from "../../src/workbook/trends-sheet";
import { existingLog, type LogRow, progressPlan } from "../fixtures/progress-log";
import { loadSpec, serial } from "../support/spec-engine";

/** As of 2026-05-15. Rows after it, and text, do not count. */
const LOG: LogRow[] = [
  { date: "2026-04-06", rep: "Sato", proposals: 30, nps: 30 },
  { date: "2026-04-20", rep: "Ito", proposals: 10, nps: 50 },
  { date: "2026-05-11", rep: "Sato", proposals: 12, nps: 20 },
  { date: "2026-05-20", rep: "Ito", proposals: 5, nps: 90 },
  { date: "2026-06-02", rep: "Sato", nps: 10 },
];

function trends(plan: Plan) {
  const spec = buildWorkbook(plan, { existingActuals: existingLog(plan, LOG) });
  const { hf, sheet } = loadSpec(spec);
  const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!at) throw new Error("no AS_OF");
  hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, serial("2026-05-15"));
  const values = hf.getSheetValues(sheet("trends"));
  hf.destroy();
  const P = TRENDS_COL.firstPeriod;
  const row = (name: string, figure: string) => {
    const r = values.find((x) => x[0] === name && x[1] === figure);
    if (!r) throw new Error(`no row ${name} / ${figure}`);
    return r.slice(P, P + 3);
  };
  return { values, row };
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;
function close(got: readonly unknown[], want: readonly (number | null)[], what: string) {
  want.forEach((w, i) => {
    const g = got[i];
    if (w === null) expect(blank(g), `${what} [${i}]: ${String(g)}`).toBe(true);
    else expect(Math.abs((g as number) - w), `${what} [${i}]: ${String(g)} vs ${w}`).toBeLessThan(1e-9);
  });
}

// Working days, Mon–Fri: April 22, May 21 (11 through the 15th), June 22; Σ 65.
const share = (days: number) => (80 * days) / 65;

describe("manual KPIs on Trends", () => {
  it("a total shared by period weight and summed; a level kept and averaged; % of plan as the Dashboard", () => {
    const { row, values } = trends(progressPlan());
    close(row("Proposals sent", "Target"), [share(22), share(21), share(22)], "proposals target");
    // April 30 + 10; May 12 (the 20th is after as-of); June not begun.
    close(row("Proposals sent", "Actual"), [40, 12, 0], "proposals actual");
    // April over: 40 ÷ its target; May: 12 ÷ (its target × 11 ÷ 21); June: no target to date yet.
    close(
      row("Proposals sent", "% of plan"),
      [40 / share(22), 12 / ((share(21) * 11) / 21), null],
      "proposals % of plan",
    );
    close(row("Customer NPS", "Target"), [40, 40, 40], "NPS target");
    // April (30 + 50) ÷ 2; May 20; June nothing through as-of.
    close(row("Customer NPS", "Actual"), [40, 20, null], "NPS actual");
    close(row("Customer NPS", "% of plan"), [1, 0.5, null], "NPS % of plan");
    // Proposals fell from 148% to 89% of plan (−59 points), NPS from 100% to 50% (−50).
    // The sentence under the title (row 2, column B).
    expect(values[1]?.[0]).toBe("Moved most since the last period");
    expect(String(values[1]?.[1])).toMatch(/^Proposals sent: 148% → 89% of plan/);
  });

  it("a level where lower is better: achievement is 1 + (target − actual) ÷ target (BRIEF §3.3)", () => {
    const plan = progressPlan();
    plan.kpis = plan.kpis.map((k) => (k.id === "nps" ? { ...k, direction: "lower" as const } : k));
    const { row } = trends(plan);
    // April 1 + (40 − 40) ÷ 40 = 1; May 1 + (40 − 20) ÷ 40 = 1.5.
    close(row("Customer NPS", "% of plan"), [1, 1.5, null], "NPS lower % of plan");
  });
});
