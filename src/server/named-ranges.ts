// Our named ranges, kept by identity: an existing name is moved with NamedRange.setRange (formulas
// that use it follow), a new one is created, and only names of ours the plan no longer has are
// removed, at the end. Re-creating a name could leave the team's formulas on it broken in Sheets.
import type { SheetKey, WorkbookSpec } from "../workbook/spec";
import type { SheetSlot } from "./sheets";
import { range } from "./writer";

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every named range of the spreadsheet by upper-cased name (names ignore case). Read phase. */
export function readNamedRanges(ss: Spreadsheet): Map<string, { name: string; named: NamedRange }> {
  const out = new Map<string, { name: string; named: NamedRange }>();
  for (const named of ss.getNamedRanges()) {
    const name = named.getName();
    out.set(name.toUpperCase(), { name, named });
  }
  return out;
}

export function applyNamedRanges(
  ss: Spreadsheet,
  spec: WorkbookSpec,
  slots: ReadonlyMap<SheetKey, SheetSlot>,
  existing: ReadonlyMap<string, { named: NamedRange }>,
): void {
  // One call per name (and one for its range): names grow with stages and KPIs, never with reps,
  // periods or rows.
  for (const n of spec.namedRanges) {
    const slot = slots.get(n.sheet);
    if (!slot) continue;
    const target = range(slot.sheet, n.rect);
    const had = existing.get(n.name.toUpperCase());
    if (had) had.named.setRange(target);
    else ss.setNamedRange(n.name, target);
  }
}
