// Actuals: the log a team fills in or pastes a CRM export into. Columns are tied to ids, not to
// display names, and regeneration keeps every row and every column (BRIEF §3.5).
import { pick } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { ARCHIVED } from "./actuals-columns";
import type { MergedActuals } from "./actuals-merge";
import { header, rect, SheetBuilder } from "./grid";
import { L } from "./labels";
import { logHighlights } from "./log-highlights";
import { N } from "./names";
import type { CellSpec, NamedRangeSpec } from "./spec";

export {
  type ActualsColumn,
  actualsRangeName,
  type CellValue,
  type ExistingActuals,
  planColumns,
} from "./actuals-columns";
export { type MergedActuals, mergeActuals } from "./actuals-merge";

export const MIN_ACTUALS_ROWS = 2000;

export function actualsCapacity(rows: number): number {
  return Math.max(MIN_ACTUALS_ROWS, Math.ceil((rows * 1.5) / 1000) * 1000);
}

export function buildActuals(
  plan: Plan,
  merged: MergedActuals,
  sheetName: string,
  names: NamedRangeSpec[],
): { sheet: SheetBuilder; capacity: number } {
  const t = (x: { ja: string; en: string }) => pick(x, plan.locale);
  const s = new SheetBuilder("actuals", sheetName);
  const { columns } = merged;
  s.line(
    columns.map((c) => ({
      ...header(c.header),
      ...(c.key.startsWith(ARCHIVED) ? { style: "archived" as const } : {}),
    })),
  );
  for (const row of merged.rows) {
    s.line(
      row.map((v, i): CellSpec | null => {
        if (v === null) return null;
        const format = columns[i]?.format;
        return format ? { value: v, format } : { value: v };
      }),
    );
  }
  const capacity = actualsCapacity(merged.rows.length);
  s.put(capacity, columns.length - 1, null); // the log's full size, so blocks and validation cover it
  s.spec.frozenRows = 1;
  s.spec.frozenColumns = 2;
  s.spec.columnWidths = columns.map((c) => (c.key === "notes" ? 280 : c.key === "date" ? 110 : 130));
  const body = (col: number) => rect(1, col, capacity, 1);
  const live = (i: number) => !columns[i]?.key.startsWith(ARCHIVED);
  columns.forEach((c, i) => {
    if (!c.rangeName) return;
    const r = body(i);
    names.push({ name: c.rangeName, sheet: "actuals", rect: r });
    if (c.key === "date") {
      s.spec.validations.push({
        rect: r,
        rule: { kind: "dateBetween", from: plan.period.start, to: plan.period.end },
        help: t(L.actualsDateHelp),
      });
    } else if (c.key === "rep") {
      s.spec.validations.push({
        rect: r,
        rule: { kind: "listFromNamedRange", name: N.teamNames },
        help: t(L.actualsRepHelp),
      });
    }
  });
  // The live number columns (stages, KGI, manual KPIs) sit side by side unless an archived or the
  // team's own column stands between them: one rule per run, so the calls do not grow with stages.
  const numeric = columns.map(
    (c, i) => live(i) && !!c.rangeName && c.format !== "date" && c.format !== "text" && c.key !== "rep",
  );
  numeric.forEach((on, i) => {
    if (!on || numeric[i - 1]) return;
    let end = i;
    while (numeric[end + 1]) end++;
    s.spec.validations.push({
      rect: { row: 1, col: i, rows: capacity, cols: end - i + 1 },
      rule: { kind: "numberAtLeast", min: 0 },
      help: t(L.actualsNumberHelp),
    });
  });
  // What the Dashboard cannot count, coloured where it is (log-highlights.ts).
  s.spec.conditionalFormats.push(...logHighlights(columns, capacity));
  s.spec.log = {
    insertedColumns: merged.insertedColumns,
    teamColumns: merged.teamColumns,
    columnFormats: columns.map((c, i) => (live(i) ? (c.format ?? null) : null)),
  };
  return { sheet: s, capacity };
}
