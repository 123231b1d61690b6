// The order of the report: errors first, then warnings, then info; within a severity, the rule
// table's order (kpi-count, …, smart-time-bound, …, kpi-direction), so the same plan always reads
// the same way.
import { describe, expect, it } from "vitest";
import { lintPlan } from "../../src/domain/lint";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { templatePlan } from "../../src/domain/templates";

describe("lintPlan's order", () => {
  it("puts an error after a warning in the table first, and an info before a warning last", () => {
    const p: Plan = structuredClone(templatePlan("new_business", "en"));
    p.kpis = p.kpis.filter((k) => k.id === "appointments" || k.id === "won");
    const won = p.kpis[1];
    if (!won) throw new Error("no won");
    won.direction = "lower";
    p.period = { start: "2026-04-04", end: "2026-04-05", granularity: "week" }; // Sat–Sun
    expect(parsePlan(p).ok).toBe(true);
    // In table order the plan hits: kpi-count (warning: 2 KPIs), period-working-days (error: a
    // weekend), smart-time-bound (warning: weekly appointments and monthly deals in 2 days),
    // quantity-needs-quality (info: appointments with deals won but no rate), kpi-direction
    // (warning: a funnel count set to lower).
    expect(lintPlan(p).map((f) => [f.severity, f.ruleId, f.path])).toEqual([
      ["error", "period-working-days", "period"],
      ["warning", "kpi-count", "kpis"],
      ["warning", "smart-time-bound", "kpis[0].frequency"],
      ["warning", "smart-time-bound", "kpis[1].frequency"],
      ["warning", "kpi-direction", "kpis[1].direction"],
      ["info", "quantity-needs-quality", "kpis[0]"],
    ]);
  });
});
