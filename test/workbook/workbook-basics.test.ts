// Small rules of the workbook, by hand: our sheet names in the plan's language stepping aside from a
// team's own sheets whatever their letter case (" (2)", " (3)" …); the weekend mask the WORKDAY and
// NETWORKDAYS functions take (Monday first, 1 = not a working day); an action's default window.
import { describe, expect, it } from "vitest";
import { defaultActionWindow, weekendMask } from "../../src/workbook/assumptions";
import { resolveSheetNames } from "../../src/workbook/build";
import { jaPlan, samplePlan } from "../fixtures/plans";

describe("resolveSheetNames", () => {
  it("our names in the plan's order and language", () => {
    expect(resolveSheetNames(samplePlan())).toEqual({
      tree: "KPI Tree",
      dashboard: "Dashboard",
      reps: "Reps",
      trends: "Trends",
      targets: "Targets",
      actuals: "Actuals",
      assumptions: "Assumptions",
      review: "Review Log",
      meta: "KPI Designer Data",
    });
    expect(resolveSheetNames(jaPlan()).reps).toBe("担当者別");
  });

  it("a name the team already uses, in any letter case, gets the next free number", () => {
    const names = resolveSheetNames(samplePlan(), ["dashboard", "DASHBOARD (2)", "Trends", "Sheet1"]);
    expect(names.dashboard).toBe("Dashboard (3)");
    expect(names.trends).toBe("Trends (2)");
    expect(names.reps).toBe("Reps");
  });
});

describe("weekendMask", () => {
  it.each([
    [[1, 2, 3, 4, 5], "0000011"],
    [[1, 2, 3, 4, 5, 6], "0000001"],
    [[2, 3, 4, 5, 6, 7], "1000000"], // Tuesday to Sunday
    [[1, 2, 3, 4, 5, 6, 7], "0000000"],
  ])("working days %j → %s", (days, mask) => {
    expect(weekendMask(days)).toBe(mask);
  });
});

describe("defaultActionWindow", () => {
  it("a month on each side of an action in a monthly plan, four weeks in a weekly one", () => {
    const plan = samplePlan();
    expect(defaultActionWindow(plan)).toBe(1);
    plan.period.granularity = "week";
    expect(defaultActionWindow(plan)).toBe(4);
  });
});
