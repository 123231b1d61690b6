// How formulas stay bound to what they named when written, as in Sheets: a reference is to a sheet
// (its id) or a named range, not to a name that something else may take later. A reference that
// does not resolve when written, or whose sheet or name is deleted afterwards, becomes an error
// literal in the formula's text for good; HyperFormula alone would re-link it when a sheet or name
// of the same name appears, which would hide exactly the breakage users see in Sheets.
import type { DocumentState } from "./document";
import { breakReferences, type Reference } from "./references";
import type { SheetState } from "./sheet-state";

const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

/** A formula as it is bound when written: references to missing sheets or names become errors. */
export function bindFormula(doc: DocumentState, formula: string): string {
  return breakReferences(formula, (ref) =>
    ref.kind === "sheet" ? !doc.findSheet(ref.sheet) : !doc.namedRanges.has(ref.name.toUpperCase()),
  );
}

/**
 * Rewrites every formula and named expression of the document whose references `dead` names. It reads
 * formula text only, which needs no values: a batch of deletions stays one recalculation.
 */
function rewriteAll(doc: DocumentState, dead: (ref: Reference) => boolean, skip?: SheetState): void {
  const changes: { sheet: SheetState; row: number; col: number; formula: string }[] = [];
  for (const sheet of doc.sheets) {
    if (sheet === skip) continue;
    const cells = doc.hf.getSheetFormulas(sheet.hfId);
    cells.forEach((row, r) => {
      row.forEach((v, c) => {
        if (!isFormula(v)) return;
        const next = breakReferences(v, dead);
        if (next !== v) changes.push({ sheet, row: r, col: c, formula: next });
      });
    });
  }
  const names = doc.hf.listNamedExpressions();
  const renamed = names.flatMap((name) => {
    const expression = doc.hf.getNamedExpression(name)?.expression;
    if (!isFormula(expression)) return [];
    const next = breakReferences(expression, dead);
    return next === expression ? [] : [{ name, next }];
  });
  const hf = doc.write();
  for (const c of changes) {
    hf.setCellContents({ sheet: c.sheet.hfId, row: c.row, col: c.col }, c.formula);
    c.sheet.version++;
  }
  for (const n of renamed) hf.changeNamedExpression(n.name, n.next);
}

/**
 * Before a sheet is deleted: every reference to it, in cells, named ranges and the ranges rules,
 * charts and validations hold, becomes `#REF!`.
 */
export function breakSheetReferences(doc: DocumentState, sheet: SheetState): void {
  const lower = sheet.name.toLowerCase();
  rewriteAll(doc, (ref) => ref.kind === "sheet" && ref.sheet.toLowerCase() === lower, sheet);
}

/** After a named range is deleted: formulas that used it show `#NAME?` for good. */
export function breakNameReferences(doc: DocumentState, name: string): void {
  const upper = name.toUpperCase();
  rewriteAll(doc, (ref) => ref.kind === "name" && ref.name.toUpperCase() === upper);
}
