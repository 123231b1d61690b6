// The Dashboard's layout, from the built spec (its figures: dashboard-hand): the heading block (as-of
// input, rep picker, days, the chance), the KPI table's header and each row's formats (a count's share
// to date with one decimal, a rate's empty forecast), the sections' titles and headers, the reps'
// formats by the KGI's unit, and the frozen title row. Written out by hand for the sample plan.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import type { CellSpec, SheetSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";

function dashboard(plan: Plan = samplePlan()): SheetSpec {
  const s = buildWorkbook(plan).sheets.find((x) => x.key === "dashboard");
  if (!s) throw new Error("no Dashboard");
  return s;
}
/** A cell as text: its value (or "=" for a formula), then /style and :format when it has them. */
const show = (c: CellSpec | null | undefined) =>
  c ? `${c.value ?? "="}${c.style ? `/${c.style}` : ""}${c.format ? `:${c.format}` : ""}` : null;
const row = (s: SheetSpec, r: number, cols = 11) => (s.cells[r] ?? []).slice(0, cols).map(show);
const rowOf = (s: SheetSpec, first: string) => s.cells.findIndex((r) => r[0]?.value === first);

describe("the Dashboard's layout", () => {
  it("the heading block: title, as-of input, rep picker, working days, the chance", () => {
    const s = dashboard();
    expect(row(s, 0, 1)).toEqual(["FY2026 inside sales/title"]);
    expect(row(s, 1, 3)).toEqual([`${L.asOf.en}/label`, "=/input:date", `${L.asOfHint.en}/note`]);
    expect(s.cells[1]?.[1]?.formula).toBe("TODAY()");
    expect(row(s, 2, 2)).toEqual(["Rep (1on1)/label", "/input"]);
    expect(row(s, 3, 2)).toEqual([`${L.elapsed.en}/label`, "=/formula:integer"]);
    expect(row(s, 4, 2)).toEqual([`${L.total.en}/label`, "=/formula:integer"]);
    expect(s.cells[4]?.[1]?.formula).toBe("WORKDAYS_TOTAL");
    expect(row(s, 5, 2)).toEqual([`${L.remaining.en}/label`, "=/formula:integer"]);
    expect(s.cells[5]?.[1]?.formula).toBe("WORKDAYS_TOTAL-DAYS_ELAPSED");
    expect(row(s, 6, 3)).toEqual([
      `${L.hitProbability.en}/label`,
      "=/formula:percent",
      `${L.hitProbabilityNote.en}/note`,
    ]);
    expect(s.frozenRows).toBe(1);
  });

  it("the KPI table: its header, then the KGI and each KPI in its formats", () => {
    const s = dashboard();
    const head = rowOf(s, L.kpi.en);
    expect(row(s, head)).toEqual(
      [
        "KPI",
        "Tier",
        "Target",
        "Plan to date",
        "Actual",
        "Achievement",
        "Pace",
        "Forecast",
        "Gap",
        "Needed a day",
        "Status",
      ].map((h) => `${h}/header`),
    );
    const f = (x: string) => `=/formula:${x}`;
    expect(row(s, head + 1)).toEqual([
      "KGI: Annual revenue",
      "KGI",
      ...["currency", "currency", "currency", "percent", "percent", "currency", "currency", "currency"].map(
        f,
      ),
      "=/formula",
    ]);
    // A count: whole, its share to date and what is needed a day with one decimal.
    expect(row(s, head + 2)).toEqual([
      "Calls",
      "Activity",
      ...["integer", "tenths", "integer", "percent", "percent", "integer", "integer", "tenths"].map(f),
      "=/formula",
    ]);
    // A rate, a level: no pace, forecast or run rate.
    expect(row(s, head + 3)).toEqual([
      "Meeting conversion",
      "Conversion",
      ...["percent", "percent", "percent", "percent"].map(f),
      null,
      null,
      f("percent"),
      null,
      "=/formula",
    ]);
    // The status colours cover the Status column of the KGI's row and the three KPIs' rows, no more.
    expect(s.conditionalFormats.filter((c) => c.rect.col === 10).map((c) => c.rect)).toEqual([
      { row: head + 1, col: 10, rows: 4, cols: 1 },
    ]);
  });

  it("column widths: the KPI table's eleven columns fill the ~1,050 px left beside the sidebar", () => {
    const widths = dashboard().columnWidths;
    expect(widths).toHaveLength(11);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(1048);
  });

  it("the sections' titles and headers; a KGI that counts deals makes the reps' plan to date tenths", () => {
    const s = dashboard();
    const reps = rowOf(s, L.reps.en);
    expect(row(s, reps, 1)).toEqual([`${L.reps.en}/section`]);
    expect(row(s, reps + 1, 8)).toEqual(
      ["Rep", "Target", "Plan to date", "Actual", "Achievement", "Rank", "Status", "Rows logged"].map(
        (h) => `${h}/header`,
      ),
    );
    expect(row(s, reps + 2, 8).slice(1)).toEqual(
      ["currency", "currency", "currency", "percent", "integer"]
        .map((x) => `=/formula:${x}`)
        .concat(["=/formula", "=/formula:integer"]),
    );
    const periods = rowOf(s, L.byPeriod.en);
    expect(row(s, periods, 1)).toEqual([`${L.byPeriod.en}/section`]);
    expect(row(s, periods + 1, 3)).toEqual(["Period/header", "Target/header", "Actual/header"]);
    expect(row(s, periods + 2, 3)).toEqual(["=/formula:date", "=/formula:currency", "=/formula:currency"]);
    expect(row(s, rowOf(s, L.checks.en), 1)).toEqual([`${L.checks.en}/section`]);
    // Deals as the KGI: the reps' plan to date is a share of a count.
    const deals = samplePlan();
    deals.kgi = { name: "Deals won", target: 120, unit: "件" };
    const d = dashboard(deals);
    expect(d.cells[rowOf(d, L.reps.en) + 2]?.[2]?.format).toBe("tenths");
    expect(d.cells[rowOf(d, L.kpi.en) + 1]?.[2]?.format).toBe("integer");
  });

  it("no reps: no picker row, the KGI's figures are the team's", () => {
    const plan = samplePlan();
    plan.team = [];
    const s = dashboard(plan);
    expect(s.cells.some((r) => r[0]?.value === "Rep (1on1)")).toBe(false);
    const head = rowOf(s, L.kpi.en);
    expect(s.cells[head + 1]?.[2]?.formula).toBe("KGI_TARGET");
  });
});
