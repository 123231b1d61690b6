// Number formats of the generated sheets (issue: "Yen and count cells show two decimals
// (39,590,163.93; 8,798.25) … The Review Log shows rates as 0.15"): money in whole units of the
// currency, counts whole, a count's target to date with one decimal, rates in percent. The
// Dashboard is computed by a real engine at a fixed date and each figure rendered as Sheets would
// (the Apps Script fake's displayText), against displays worked out by hand.
import { describe, expect, it } from "vitest";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { templatePlan } from "../../src/domain/templates";
import { displayText } from "../../src/local/apps-script/number-format";
import { buildWorkbook } from "../../src/workbook/build";
import { COL } from "../../src/workbook/kpi-row";
import { L } from "../../src/workbook/labels";
import { numberFormatPattern } from "../../src/workbook/look";
import { N } from "../../src/workbook/names";
import type { CellSpec, NumberFormat, SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";
import { loadSpec, serial } from "../support/spec-engine";

const sheetOf = (spec: WorkbookSpec, key: SheetSpec["key"]): SheetSpec => {
  const s = spec.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no ${key} sheet`);
  return s;
};

/** The Dashboard row whose first cell shows `name`. */
function dashboardRow(spec: WorkbookSpec, name: string): (CellSpec | null)[] {
  const rows = [spec.dashboard.kgiRow, ...spec.dashboard.kpiRows];
  const cells = sheetOf(spec, "dashboard").cells;
  const r = rows.find((i) => cells[i]?.[COL.kpi]?.value === name);
  if (r === undefined) throw new Error(`no Dashboard row ${name}`);
  return cells[r] ?? [];
}

const formatsOf = (row: (CellSpec | null)[], cols: number[]) => cols.map((c) => row[c]?.format);

describe("the format patterns", () => {
  it("show money whole, a count's fraction with one decimal, a rate in percent", () => {
    const show = (v: number, f: NumberFormat) => displayText(v, numberFormatPattern[f]);
    // The walkthrough's figures. 39,590,163.93 → whole yen 39,590,164 (".93" rounds up); the old
    // "decimal" target to date showed the cents.
    expect(show(39_590_163.93, "currency")).toBe("39,590,164");
    // 8,798.25 → one decimal: 8,798.3 (".25" → ".3", half up); "decimal" showed 8,798.25.
    expect(show(8_798.25, "tenths")).toBe("8,798.3");
    // A whole number keeps its one decimal: "#,##0.0", not "#,##0.#", which Excel (and, as far as
    // we know, Sheets) would show as "12." — see look.ts.
    expect(numberFormatPattern.tenths).toBe("#,##0.0");
    expect(show(12, "tenths")).toBe("12.0");
    expect(show(0.15, "percent")).toBe("15.0%");
  });
});

/**
 * June 2026 (as in targets-per-day.test.ts), locale "en", Monday to Friday, holidays Wed 06-10 and
 * Sat 06-20: 22 weekdays − 1 = 21 working days. Team totals: deals ⌈23,000,000 ÷ 500,000⌉ = 46,
 * appointments ⌈46 ÷ 0.5⌉ = 92, calls ⌈92 ÷ 0.25⌉ = 368. KPIs of the sample plan: Calls (stage),
 * Meeting conversion (rate from appointments, planned 50%), Deals (stage); plus a manual count in 件
 * (a running total, target 40).
 */
function junePlan(): Plan {
  const plan = samplePlan();
  plan.kgi = { name: "Revenue", target: 23_000_000, unit: "JPY" };
  plan.period = { start: "2026-06-01", end: "2026-06-30", granularity: "month" };
  plan.calendar = { holidays: ["2026-06-10", "2026-06-20"] };
  const stream = plan.streams[0];
  if (!stream) throw new Error("sample plan has no stream");
  stream.dealValue = 500_000;
  stream.stages = [
    { id: "calls", name: "Calls", rate: 0.25 },
    { id: "appointments", name: "Appointments", rate: 0.5 },
    { id: "deals", name: "Deals" },
  ];
  plan.kpis.push({
    id: "referrals",
    name: "Referrals",
    tier: "outcome",
    direction: "higher",
    frequency: "monthly",
    source: { manual: true, target: 40, unit: "件", aggregate: "sum" },
  });
  return plan;
}

describe("Dashboard figures as displayed, on Mon 2026-06-08 with nothing logged yet", () => {
  const plan = junePlan();

  it("the hand-built plan is valid", () => {
    const parsed = parsePlan(plan);
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.issues)).toBe(true);
  });

  it("shows money whole, a count's target to date with one decimal, a rate in percent", () => {
    const spec = buildWorkbook(plan);
    const { hf, sheet } = loadSpec(spec);
    try {
      // As of Mon 2026-06-08: elapsed working days Jun 1–5 (5) + Jun 8 (1) = 6; left 21 − 6 = 15.
      const asOf = spec.namedRanges.find((n) => n.name === N.asOf);
      if (!asOf) throw new Error("no AS_OF");
      const id = sheet("dashboard");
      hf.setCellContents({ sheet: id, row: asOf.rect.row, col: asOf.rect.col }, serial("2026-06-08"));
      const cells = sheetOf(spec, "dashboard").cells;
      const shown = (name: string, col: number) => {
        const r = [spec.dashboard.kgiRow, ...spec.dashboard.kpiRows].find(
          (i) => cells[i]?.[COL.kpi]?.value === name,
        ) as number;
        const f = cells[r]?.[col]?.format;
        return displayText(hf.getCellValue({ sheet: id, row: r, col }), f && numberFormatPattern[f]);
      };

      // KGI, yen. Target to date 23,000,000 × 6 ÷ 21 = 6,571,428.571… → "6,571,429" (the old
      // "decimal" format showed "6,571,428.57"). Needed a day: gap 23,000,000 ÷ 15 left =
      // 1,533,333.33… → "1,533,333" (it showed "1,533,333.33").
      expect(shown("KGI: Revenue", COL.target)).toBe("23,000,000");
      expect(shown("KGI: Revenue", COL.toDate)).toBe("6,571,429");
      expect(shown("KGI: Revenue", COL.gap)).toBe("23,000,000");
      expect(shown("KGI: Revenue", COL.runRate)).toBe("1,533,333");

      // Calls, a count. Target 368 whole; to date 368 × 6 ÷ 21 = 105.142… → "105.1" (two decimals
      // "105.14" or a whole "105" would both be the wrong rule); needed a day 368 ÷ 15 = 24.533… → "24.5".
      expect(shown("Calls", COL.target)).toBe("368");
      expect(shown("Calls", COL.toDate)).toBe("105.1");
      expect(shown("Calls", COL.runRate)).toBe("24.5");
      // Deals: 46 × 6 ÷ 21 = 13.142… → "13.1".
      expect(shown("Deals", COL.toDate)).toBe("13.1");

      // Meeting conversion, a rate (a level): target and target to date are the planned 50%, in
      // percent — not "0.50".
      expect(shown("Meeting conversion", COL.target)).toBe("50.0%");
      expect(shown("Meeting conversion", COL.toDate)).toBe("50.0%");

      // Referrals, a manual count in 件 summed over the period: target 40 whole (not "40.00"); to
      // date 40 × 6 ÷ 21 = 11.428… → "11.4".
      expect(shown("Referrals", COL.target)).toBe("40");
      expect(shown("Referrals", COL.toDate)).toBe("11.4");
    } finally {
      hf.destroy();
    }
  });
});

describe("formats follow what a KPI measures", () => {
  // Columns of the KPI table: target, target to date, actual, forecast, gap, needed a day.
  const money = [COL.target, COL.toDate, COL.actual, COL.forecast, COL.gap, COL.runRate];

  it.each(["ja", "en"] as const)("KGI in the plan's currency: every amount whole (%s)", (locale) => {
    const spec = buildWorkbook(templatePlan("new_business", locale));
    const plan = templatePlan("new_business", locale);
    // Catches the old "decimal" target to date and run rate of the KGI row.
    expect(formatsOf(dashboardRow(spec, `KGI: ${plan.kgi.name}`), money)).toEqual(
      money.map(() => "currency"),
    );
  });

  /** A template's workbook and the Dashboard row of one of its KPIs, by id. */
  const rowOf = (id: string, locale: "ja" | "en", kpi: string) => {
    const plan = templatePlan(id, locale);
    const name = plan.kpis.find((k) => k.id === kpi)?.name as string;
    return dashboardRow(buildWorkbook(plan), name);
  };

  it("a manual KPI in money is whole, running or level; a percent is in percent; days keep decimals", () => {
    // New MRR, USD summed: catches "decimal" (2 decimals) for manual money.
    expect(formatsOf(rowOf("saas", "en", "new_mrr"), money)).toEqual(money.map(() => "currency"));
    // LTV, USD averaged (a level: no forecast, no run rate).
    expect(formatsOf(rowOf("saas", "en", "ltv"), [COL.target, COL.toDate])).toEqual(["currency", "currency"]);
    // Churn rate, %: percent.
    expect(formatsOf(rowOf("saas", "ja", "churn_rate"), [COL.target, COL.toDate, COL.actual])).toEqual([
      "percent",
      "percent",
      "percent",
    ]);
    // Lead time in days, averaged: 32.5 days is a real value; two decimals stay.
    expect(formatsOf(rowOf("new_business", "en", "lead_time"), [COL.target, COL.actual])).toEqual([
      "decimal",
      "decimal",
    ]);
  });

  it("the Actuals column and the Assumptions target of a manual KPI follow its unit", () => {
    const plan = templatePlan("saas", "ja");
    const spec = buildWorkbook(plan);
    const actuals = sheetOf(spec, "actuals");
    const formats = actuals.log?.columnFormats ?? [];
    const col = (kpi: string) => {
      const name = plan.kpis.find((k) => k.id === kpi)?.name as string;
      return (actuals.cells[0] ?? []).findIndex((c) => String(c?.value).startsWith(`${name} (`));
    };
    // New MRR (JPY): whole yen (catches "decimal"); churn (%): percent.
    expect(formats[col("new_mrr")]).toBe("currency");
    expect(formats[col("churn_rate")]).toBe("percent");
    const assumptions = sheetOf(spec, "assumptions").cells.find((r) => r[0]?.value === "new_mrr");
    expect(assumptions?.[2]?.format).toBe("currency");
  });
});

describe("Review Log rows keep the Dashboard's format of their KPI", () => {
  const plan = junePlan();
  const reviews = [
    ["2026-06-08", "KGI: Revenue", 6_571_428.57, 1_000_000, 0.15, "", "note"],
    ["2026-06-08", "Calls", 105.14, 90, 0.86, "", ""],
    ["2026-06-08", "Meeting conversion", 0.5, 0.15, 0.3, "Appointments", ""],
    ["2026-06-08", "Removed KPI", 3.5, 2, 0.57, "", ""],
  ];

  it("a rate KPI's target to date and actual are in percent, money whole, a count as the Dashboard shows it", () => {
    const log = sheetOf(buildWorkbook(plan, { existingReviews: reviews }), "review");
    const row = (i: number) => formatsOf(log.cells[i + 1] ?? [], [2, 3, 4]);
    // Catches the fixed "#,##0.##"/decimal of every row: the walkthrough's rate shown as 0.15.
    expect(row(2)).toEqual(["percent", "percent", "percent"]);
    expect(row(0)).toEqual(["currency", "currency", "percent"]);
    expect(row(1)).toEqual(["tenths", "integer", "percent"]);
    // A KPI no longer on the Dashboard keeps decimals: nothing says what it was.
    expect(row(3)).toEqual(["decimal", "decimal", "percent"]);
  });

  it("a regeneration in place leaves each row's own format in those two columns", () => {
    const log = sheetOf(buildWorkbook(plan), "review");
    // null = the writer sets no column-wide format; a format here would turn 15.0% back into 0.15.
    expect(log.log?.columnFormats.slice(2, 4)).toEqual([null, null]);
    expect(log.log?.columnFormats[4]).toBe("percent");
  });
});

describe("Assumptions: the granularity in words", () => {
  it.each([
    ["ja", "month", "月次（月ごと）"],
    ["ja", "week", "週次（週ごと）"],
    ["en", "month", "Monthly"],
    ["en", "week", "Weekly"],
  ] as const)("%s %s → %s, a cell no formula reads", (locale, granularity, shown) => {
    const plan = templatePlan("inside_sales_minimal", locale);
    plan.period.granularity = granularity;
    const spec = buildWorkbook(plan);
    const sheet = sheetOf(spec, "assumptions");
    const r = sheet.cells.findIndex((row) => row[0]?.value === L.granularity[locale]);
    const cell = sheet.cells[r]?.[1];
    // Catches the raw plan value ("week") shown to the team.
    expect(cell?.value).toBe(shown);
    expect(cell?.formula).toBeUndefined();
    // Nothing depends on the words: no name covers the cell, and no formula anywhere refers to it
    // (B<row> on the Assumptions sheet, or the sheet's name with that address elsewhere).
    const address = `B${r + 1}`;
    const named = spec.namedRanges.filter(
      (n) =>
        n.sheet === "assumptions" &&
        n.rect.row <= r &&
        r < n.rect.row + n.rect.rows &&
        n.rect.col <= 1 &&
        1 < n.rect.col + n.rect.cols,
    );
    expect(named).toEqual([]);
    const refers = new RegExp(`(?<![A-Z$])\\$?B\\$?${r + 1}(?!\\d)`);
    const readers = spec.sheets.flatMap((s) =>
      s.cells.flatMap((row) =>
        row.flatMap((c) =>
          c?.formula !== undefined &&
          refers.test(c.formula) &&
          (s.key === "assumptions" || c.formula.includes(sheet.name))
            ? [`${s.name}: ${c.formula}`]
            : [],
        ),
      ),
    );
    expect(readers, address).toEqual([]);
  });
});

describe("the bottleneck's cost", () => {
  it("shows deals at stake with one decimal and the KGI at stake as money, whole", () => {
    const spec = buildWorkbook(samplePlan());
    const cells = sheetOf(spec, "dashboard").cells;
    const block = spec.dashboard.funnels[0];
    if (!block) throw new Error("no funnel block");
    const format = (at: { row: number; col: number }) => cells[at.row]?.[at.col]?.format;
    // 17.142857… deals (120 × (1 − 6/7)) read "17.1", not "17.14"; ¥17,142,857.14 reads whole.
    expect(format(block.deals)).toBe("tenths");
    expect(displayText(120 / 7, numberFormatPattern.tenths)).toBe("17.1");
    expect(format(block.kgi)).toBe("currency");
  });
});
