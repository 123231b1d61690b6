// The Dashboard's log-capacity status, computed by HyperFormula: silent while the log fits, a
// "nearly full" notice from 90% of the rows the ACT_* ranges read, and a count of the rows past
// them once the log outgrows them. Regeneration widens the ranges to fit the rows present.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/i18n";
import { templatePlan } from "../../src/domain/templates";
import { actualsCapacity, MIN_ACTUALS_ROWS, planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { loadSpec, serial } from "../support/spec-engine";

function workbook(locale: Locale, existingRows: number) {
  const plan = templatePlan("inside_sales", locale);
  const columns = planColumns(plan);
  const stage = columns.findIndex((c) => c.key.startsWith("stage:"));
  const row = (i: number) =>
    columns.map((c, j) =>
      c.key === "date" ? plan.period.start : c.key === "rep" ? `Rep ${i % 7}` : j === stage ? 1 : null,
    );
  const spec = buildWorkbook(plan, {
    existingActuals: {
      columns: columns.map((c) => ({ key: c.key, header: c.header })),
      rows: Array.from({ length: existingRows }, (_, i) => row(i)),
    },
  });
  const { hf, sheet } = loadSpec(spec);
  const dashboard = spec.sheets.find((s) => s.key === "dashboard");
  const at = spec.dashboard.logStatusRow;
  const status = () => hf.getCellValue({ sheet: sheet("dashboard"), row: at, col: 0 });
  /** Types dates into the log's rows [from, to) (1-based sheet rows), as a user pasting would. */
  const typeRows = (from: number, to: number) => {
    const dates = Array.from({ length: to - from }, () => [serial(plan.period.start)]);
    hf.setCellContents({ sheet: sheet("actuals"), row: from - 1, col: 0 }, dates);
  };
  const rangeRows = () => {
    const v = hf.calculateFormula(`=ROWS(${N.actualsDate})`, sheet("dashboard"));
    return v as number;
  };
  return { spec, hf, sheet, dashboard, status, typeRows, rangeRows };
}

describe("Dashboard log-capacity status", () => {
  it.each(["en", "ja"] as const)("%s: silent, then nearly full, then counts the rows not read", (locale) => {
    const w = workbook(locale, 10);
    const capacity = w.rangeRows();
    expect(capacity).toBe(MIN_ACTUALS_ROWS);
    expect(w.status()).toBe("");

    // Up to just under 90% of the rows read: still silent.
    const nearly = Math.ceil(0.9 * capacity);
    w.typeRows(12, nearly + 1); // rows 2..nearly hold dates: nearly - 1 entries
    expect(w.status()).toBe("");
    w.typeRows(nearly + 1, nearly + 2);
    const full = String(w.status());
    expect(full).toContain(String(nearly));
    expect(full).toContain(String(capacity));
    expect(full).toMatch(locale === "ja" ? /まもなく/ : /nearly full/);

    // One row past the last one the ranges read (row capacity + 1), then 37.
    w.typeRows(nearly + 2, capacity + 2 + 1);
    expect(String(w.status())).toMatch(
      locale === "ja" ? /実績が2000行を超えています（1行が/ : /reads \(2000\): 1 row not counted/,
    );
    w.typeRows(capacity + 2 + 1, capacity + 2 + 37);
    const over = String(w.status());
    expect(over).toMatch(
      locale === "ja" ? /実績が2000行を超えています（37行が/ : /reads \(2000\): 37 rows not counted/,
    );
    // Every cell of the Dashboard still computes.
    const errors = w.hf
      .getSheetValues(w.sheet("dashboard"))
      .flat()
      .filter((v) => typeof v === "object" && v !== null);
    expect(errors).toEqual([]);
  });

  it("regeneration with a log over 2,000 rows widens the ranges to fit it, and the status is silent", () => {
    const rows = 2_345;
    const w = workbook("en", rows);
    expect(w.rangeRows()).toBe(actualsCapacity(rows));
    expect(w.rangeRows()).toBeGreaterThanOrEqual(rows / 0.9);
    expect(w.status()).toBe("");
    // Every row is read: the stage column's sum counts all of them.
    const stage = w.spec.namedRanges.find((n) => n.name.startsWith("ACT_") && n.rect.col === 2)?.name;
    expect(w.hf.calculateFormula(`=SUM(${stage})`, w.sheet("dashboard"))).toBe(rows);
  });
});
