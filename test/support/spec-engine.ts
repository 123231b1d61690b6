// The spec loader lives with the local preview; re-exported for the tests.
import { quoteSheet } from "../../src/workbook/a1";
import type { SheetKey, WorkbookSpec } from "../../src/workbook/spec";

export { cellContent, loadSpec, named, serial } from "../../src/local/workbook-engine";

/**
 * The workbook cut down to the given sheets and every sheet their formulas reach (by sheet name or
 * named range, transitively): a test that reads only the Dashboard need not compute Trends. The
 * values of what is kept are the same as in the whole workbook, since nothing left out is referred
 * to; a reference missed here shows as #REF! in the engine, so a wrong cut fails the test.
 */
export function reachedFrom(spec: WorkbookSpec, keys: SheetKey[]): WorkbookSpec {
  const sheetOfName = new Map(spec.namedRanges.map((n) => [n.name.toUpperCase(), n.sheet]));
  const keep = new Set<SheetKey>(keys);
  const queue = [...keys];
  for (let key = queue.pop(); key; key = queue.pop()) {
    const sheet = spec.sheets.find((s) => s.key === key);
    if (!sheet) throw new Error(`no sheet ${key}`);
    const text = sheet.cells.flatMap((row) => row.map((c) => c?.formula ?? "")).join("\n");
    const reached = new Set<SheetKey>();
    for (const other of spec.sheets) {
      if (text.includes(`${quoteSheet(other.name)}!`) || text.includes(`${other.name}!`))
        reached.add(other.key);
    }
    for (const word of text.match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? []) {
      const on = sheetOfName.get(word.toUpperCase());
      if (on) reached.add(on);
    }
    for (const k of reached) {
      if (keep.has(k)) continue;
      keep.add(k);
      queue.push(k);
    }
  }
  return {
    ...spec,
    sheets: spec.sheets.filter((s) => keep.has(s.key)),
    namedRanges: spec.namedRanges.filter((n) => keep.has(n.sheet)),
  };
}
