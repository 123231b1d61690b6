// "What moved most since the last period", by formula. Each metric's % of plan in the period holding
// the as-of date is set beside its % of plan in the period before; the metric whose % of plan moved
// most (either way) is named with both values. The current period is partial, so its % of plan is a
// pace over its working days so far (trends-sheet.ts); a finished period's pace is its achievement.
import type { Text } from "../domain/i18n";
import { L } from "./labels";

/**
 * Last period's and this period's % of plan of one metric, and how far it moved. `ratios`: the
 * metric's row of % of plan (one cell per period); `now`: the cell holding the current period's
 * number (0 before the plan starts). INDEX gets both row and column: Sheets refuses a lone index
 * beyond the first row.
 */
export function comparison(ratios: string, now: string, previous: string, current: string) {
  return {
    previous: `IF(${now}<2,"",INDEX(${ratios},1,${now}-1))`,
    current: `IF(${now}<1,"",INDEX(${ratios},1,${now}))`,
    moved: `IF(${previous}="","",IF(${current}="","",ABS(${current}-${previous})))`,
  };
}

/** A fraction as a whole percent in text ("82%"): ROUND, not TEXT, whose patterns vary by locale. */
const percent = (x: string) => `ROUND(100*${x},0)&"%"`;

/**
 * The sentence: "<metric>: 82% → 61% of plan". `names`, `previous`, `current`, `moved`: the columns
 * (same rows) of the metrics' names and comparison cells; rows that are not % of plan are blank in
 * `moved`, so MAX and MATCH see only those that are. Ties go to the earlier metric.
 */
export function movedMostFormula(
  t: (x: Text) => string,
  now: string,
  cols: { names: string; previous: string; current: string; moved: string },
): string {
  const m = `MATCH(MAX(${cols.moved}),${cols.moved},0)`;
  const parts: Record<string, string> = {
    name: `INDEX(${cols.names},${m})`,
    from: percent(`INDEX(${cols.previous},${m})`),
    to: percent(`INDEX(${cols.current},${m})`),
  };
  // split() with a group keeps the placeholders, at the odd places.
  const sentence = t(L.movedText)
    .split(/\{(name|from|to)\}/)
    .map((piece, i) => (i % 2 === 1 ? (parts[piece] as string) : `"${piece}"`))
    .filter((piece) => piece !== '""')
    .join("&");
  return `IF(${now}<2,"${t(L.movedNoPrevious)}",IF(COUNT(${cols.moved})=0,"${t(L.movedNoData)}",${sentence}))`;
}
