// Small rules of the workbook, by hand: our sheet names in the plan's language stepping aside from a
// team's own sheets whatever their letter case (" (2)", " (3)" …); the weekend mask the WORKDAY and
// NETWORKDAYS functions take (Monday first, 1 = not a working day); an action's default window; the
// build options each reaching its sheet.
import { describe, expect, it } from "vitest";
import { planColumns } from "../../src/workbook/actuals-columns";
import { defaultActionWindow, weekendMask } from "../../src/workbook/assumptions";
import { buildWorkbook, resolveSheetNames, SHEET_ORDER } from "../../src/workbook/build";
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

describe("buildWorkbook: the options reach the sheets", () => {
  const logOf = (keys: string[]) => {
    const plan = samplePlan();
    const all = planColumns(plan);
    const columns = keys.map((k) => ({ key: k, header: all.find((c) => c.key === k)?.header ?? k }));
    return { columns, rows: [keys.map((k) => (k === "date" ? "2026-04-10" : k === "rep" ? "Sato" : 1))] };
  };
  const headers = (spec: ReturnType<typeof buildWorkbook>) =>
    spec.sheets.find((x) => x.key === "actuals")?.cells[0]?.map((c) => c?.value) ?? [];

  it("the sheets in their order, the data sheet hidden, names clear of the team's sheets", () => {
    const spec = buildWorkbook(samplePlan(), { foreignSheetNames: ["Reps"] });
    expect(spec.sheets.map((x) => x.key)).toEqual([...SHEET_ORDER]);
    expect(spec.sheets.find((x) => x.key === "reps")?.name).toBe("Reps (2)");
    const meta = spec.sheets.find((x) => x.key === "meta");
    expect([meta?.hidden, meta?.columnWidths]).toEqual([true, [160, 400]]);
    expect(spec.sheets.filter((x) => x.hidden).map((x) => x.key)).toEqual(["meta"]);
    expect(spec.locale).toBe("en");
  });

  it("a new column goes beside its neighbours, or after every column with newColumnsAtEnd", () => {
    // A log without Appointments: it comes back after Calls, or at the end.
    const log = logOf(["date", "rep", "stage:new_biz.calls", "stage:new_biz.meetings", "notes"]);
    expect(headers(buildWorkbook(samplePlan(), { existingActuals: log })).slice(0, 4)).toEqual([
      "Date",
      "Rep",
      "Calls",
      "Appointments",
    ]);
    expect(headers(buildWorkbook(samplePlan(), { existingActuals: log, newColumnsAtEnd: true })).at(-1)).toBe(
      "Annual revenue (JPY)",
    );
  });

  it("retireKgi archives the old KGI's column; without it the column is the KGI's", () => {
    const log = logOf(["date", "rep", "kgi", "notes"]);
    expect(headers(buildWorkbook(samplePlan(), { existingActuals: log }))).not.toContain(
      "[archived] Annual revenue (JPY)",
    );
    expect(headers(buildWorkbook(samplePlan(), { existingActuals: log, retireKgi: true }))).toContain(
      "[archived] Annual revenue (JPY)",
    );
  });

  it("the Review Log keeps its rows and a source is stored on the data sheet", () => {
    const spec = buildWorkbook(samplePlan(), {
      existingReviews: [["2026-04-30", "Calls", 1, 2, 0.5]],
      source: { sheetName: "Form", columns: ["date"], counts: "add", mapping: { date: "Timestamp" } },
    });
    expect(spec.sheets.find((x) => x.key === "review")?.cells[1]?.[1]?.value).toBe("Calls");
    const meta = spec.sheets.find((x) => x.key === "meta")?.cells ?? [];
    expect(meta.some((r) => r[0]?.value === "source")).toBe(true);
  });
});
