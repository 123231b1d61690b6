// The Dashboard with the sidebar open (issue: "at 1440 px, the Status column is off-screen and
// '◀ ボトルネック' and 'Actual ÷ planned' are clipped"). 1440 px less the 300 px sidebar leaves about
// 1,100 px, less ~46 px of row headers: the KPI table's eleven columns must fit in 1,050 px, and
// every header of the KPI table and of the funnel tables must fit its column, in both languages.
//
// Width of a text, estimated for Arial 10 pt: ~7 px a Latin character (a digit is ~7.4 px, a
// lowercase letter ~6), ~13 px a Japanese character or a wide symbol (◀ ● ▲ ✖), plus 4 px of cell
// padding.
import { describe, expect, it } from "vitest";
import { locales } from "../../src/domain/i18n";
import { PLAYBOOK } from "../../src/domain/playbook";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import type { DashboardLayout } from "../../src/workbook/dashboard";
import { BLOCK_COL } from "../../src/workbook/dashboard-funnel";
import { L } from "../../src/workbook/labels";
import type { SheetSpec } from "../../src/workbook/spec";

const WIDE = /[\u2190-\u2bff\u3000-\u9fff\uff00-\uffef]/;
const PADDING = 4;
const KPI_TABLE_MAX = 1050;

/** Pixels a text needs, by the estimate above. */
function needs(text: string): number {
  return [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 13 : 7), PADDING);
}

describe("the width estimate", () => {
  it("counts Latin and Japanese characters apart", () => {
    // "Actual ÷ planned": 16 characters × 7 = 112, + 4 = 116.
    expect(needs("Actual ÷ planned")).toBe(116);
    // "◀ ボトルネック": ◀ 13 + space 7 + six katakana × 13 = 98, + 4 = 102.
    expect(needs("◀ ボトルネック")).toBe(102);
  });
});

describe.each(templateIds.flatMap((id) => locales.map((l) => [id, l] as const)))(
  "Dashboard of %s (%s)",
  (id, locale) => {
    const spec = buildWorkbook(templatePlan(id, locale));
    const dashboard = spec.sheets.find((s) => s.key === "dashboard") as SheetSpec;
    const widths = dashboard.columnWidths;
    const texts = (r: number) =>
      (dashboard.cells[r] ?? []).map((c, col) => [col, typeof c?.value === "string" ? c.value : ""] as const);
    const kpiHeader = dashboard.cells.findIndex((row) => row[0]?.value === L.kpi[locale]);
    const funnelHeaders = dashboard.cells.flatMap((row, r) =>
      row[0]?.value === L.stage[locale] && row[0]?.style === "header" ? [r] : [],
    );

    it("has a KPI table of eleven columns within 1,050 px", () => {
      expect(kpiHeader).toBeGreaterThan(0);
      const headers = texts(kpiHeader).filter(([, t]) => t !== "");
      expect(headers).toHaveLength(11);
      const total = widths.slice(0, 11).reduce((a, b) => a + b, 0);
      // The widths before this fix added up to 1,360 px: Status started at 1,250 px, off-screen.
      expect(total).toBeLessThanOrEqual(KPI_TABLE_MAX);
    });

    it("fits every header of the KPI table and of each funnel table in its column", () => {
      expect(funnelHeaders.length).toBe(templatePlan(id, locale).streams.length);
      const clipped = [kpiHeader, ...funnelHeaders].flatMap((r) =>
        texts(r).flatMap(([col, t]) =>
          t !== "" && needs(t) > (widths[col] ?? 0)
            ? [`"${t}" needs ${needs(t)} px, column ${col} has ${widths[col]}`]
            : [],
        ),
      );
      // Before: "Actual ÷ planned" (116) in 110 px, "Needed per day left" (137) in 130 px …
      expect(clipped).toEqual([]);
    });

    it("fits the bottleneck flag and every status in their columns", () => {
      // The flag sits in the funnel's Bottleneck column (6); the status in the KPI table's last (10).
      const flagCol = (dashboard.cells[funnelHeaders[0] as number] ?? []).findIndex(
        (c) => c?.value === L.bottleneck[locale],
      );
      expect(flagCol).toBe(6);
      // Before: "◀ ボトルネック" (102) in a 90 px column.
      expect(needs(L.bottleneckFlag[locale])).toBeLessThanOrEqual(widths[flagCol] as number);
      for (const s of [L.onTrack, L.watch, L.behind])
        expect(needs(s[locale]), s[locale]).toBeLessThanOrEqual(widths[10] as number);
    });

    it("fits the bottleneck's cost and remedies under each funnel, short of the chart in column 12", () => {
      // A label spills from column 0 into the empty column 1; a value, a note or a remedy spills to
      // the right through empty cells, up to the KPI table's last column (10; the chart is at 12).
      const span = (from: number, to: number) => widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
      const blocks = (spec.dashboard as DashboardLayout).funnels;
      expect(blocks.map((b) => b.stream)).toEqual(templatePlan(id, locale).streams.map((s) => s.id));
      const wrong: string[] = [];
      for (const b of blocks) {
        for (const at of [b.stage, b.deals, b.kgi, ...b.remedies]) {
          const row = dashboard.cells[at.row] ?? [];
          const name = row[0]?.value;
          if (typeof name === "string" && needs(name) > span(0, 1)) wrong.push(`label "${name}"`);
          if (row[1]) wrong.push(`row ${at.row}: column 1 is not empty`);
          const note = row[BLOCK_COL + 1]?.value;
          if (typeof note === "string" && needs(note) > span(BLOCK_COL + 1, 10)) wrong.push(`note "${note}"`);
          if (row.slice(BLOCK_COL + 2).some((c) => c)) wrong.push(`row ${at.row}: no room to spill`);
        }
      }
      // Any plan may show any row of the playbook.
      for (const r of PLAYBOOK.flatMap((p) => p.remedies)) {
        if (needs(r[locale]) > span(BLOCK_COL, 10))
          wrong.push(`remedy "${r[locale]}" (${needs(r[locale])} px)`);
      }
      expect(wrong).toEqual([]);
    });
  },
);
