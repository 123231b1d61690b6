// Our sheets, each with its final name, before anything is written into them. A sheet we made before
// is kept (its id, so every reference to it, survives) and renamed if the plan's names changed; a
// missing one is inserted under its final name. Nothing is ever deleted or written under a temporary
// name, so no formula can bind to a sheet that is about to go.

import type { Plan } from "../domain/plan";
import { resolveSheetNames } from "../workbook/build";
import type { SheetKey, WorkbookSpec } from "../workbook/spec";
import { type Document, markOwned, type SheetEntry } from "./ownership";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the write phase needs to know of a sheet, read before anything is written. */
export interface SheetShape {
  maxRows: number;
  maxCols: number;
  sheetId: number;
}

/** The shape of a sheet: three reads, made in a read phase. */
export function shapeOf(sheet: Sheet): SheetShape {
  return { maxRows: sheet.getMaxRows(), maxCols: sheet.getMaxColumns(), sheetId: sheet.getSheetId() };
}

export interface SheetSlot extends SheetShape {
  sheet: Sheet;
  /** Inserted by this run: empty, nothing of anyone's in it. */
  created: boolean;
}

/**
 * Sheets a run that stopped early left behind: inserted under one of our names but stopped before
 * marking it ours. An empty, unmarked sheet with exactly the name we would give is taken back, so the
 * next run completes the workbook instead of adding "Dashboard (2)" beside it. Read phase only.
 */
export function strayOwnSheets(plan: Plan, doc: Document): Map<SheetKey, SheetEntry> {
  const missing = (Object.keys(resolveSheetNames(plan)) as SheetKey[]).filter((k) => !doc.own.has(k));
  if (missing.length === 0) return new Map();
  const candidates = doc.sheets.filter(
    (e) =>
      e.key === null &&
      e.sheet.getDeveloperMetadata().length === 0 &&
      e.sheet.getLastRow() === 0 &&
      e.sheet.getLastColumn() === 0,
  );
  const others = doc.foreignNames.filter((n) => !candidates.some((c) => c.name === n));
  const wanted = resolveSheetNames(plan, others);
  const out = new Map<SheetKey, SheetEntry>();
  for (const key of missing) {
    const stray = candidates.find((c) => c.name === wanted[key]);
    if (stray) out.set(key, stray);
  }
  return out;
}

/**
 * Every sheet of the spec, with its final name, in the order of the spec for new ones. The shapes of
 * the sheets that were there come from the read phase; new sheets are all inserted first and their
 * shapes read together after (the one round trip of the write phase: a new sheet's size and id are
 * Google's to give).
 */
export function placeSheets(
  doc: Document,
  spec: WorkbookSpec,
  shapes: ReadonlyMap<SheetKey, SheetShape>,
  strays: ReadonlyMap<SheetKey, SheetEntry> = new Map(),
): Map<SheetKey, SheetSlot> {
  const { ss } = doc;
  const names = new Map(doc.ownNames);
  const slots = new Map<SheetKey, SheetSlot>();
  const inserted: [SheetKey, Sheet][] = [];
  const known = (key: SheetKey): SheetShape => {
    const shape = shapes.get(key);
    if (!shape) throw new Error(`the shape of sheet ${key} was not read before writing`);
    return shape;
  };
  // A name one of our sheets needs may be held by another of ours (names swapped between plans):
  // that one steps aside first. Renaming keeps every reference, so this is safe at any point.
  for (const s of spec.sheets) {
    for (const [key, name] of names) {
      if (key === s.key || name.toLowerCase() !== s.name.toLowerCase()) continue;
      const aside = `${name} ~${key}`;
      doc.own.get(key)?.setName(aside);
      names.set(key, aside);
    }
  }
  // Tab order as it is; a sheet new to this workbook (Reps in one made before it existed) goes right
  // after the one before it in the spec, at the end when there is none.
  const tabs = doc.sheets.map((e) => e.sheet);
  let at = tabs.length;
  const after = (sheet: Sheet) => {
    const i = tabs.indexOf(sheet);
    if (i >= 0) at = i + 1;
  };
  for (const s of spec.sheets) {
    const stray = strays.get(s.key);
    if (stray) {
      after(stray.sheet);
      markOwned(stray.sheet, s.key);
      if (stray.name !== s.name) stray.sheet.setName(s.name);
      slots.set(s.key, { sheet: stray.sheet, ...known(s.key), created: true });
      continue;
    }
    const sheet = doc.own.get(s.key);
    if (sheet) {
      after(sheet);
      if (names.get(s.key) !== s.name) sheet.setName(s.name);
      slots.set(s.key, { sheet, ...known(s.key), created: false });
      continue;
    }
    const created = ss.insertSheet(s.name, at);
    tabs.splice(at++, 0, created);
    markOwned(created, s.key);
    inserted.push([s.key, created]);
  }
  for (const [key, sheet] of inserted) slots.set(key, { sheet, ...shapeOf(sheet), created: true });
  return slots;
}

/**
 * Makes the sheet rows × cols. A sheet made in this run is cut to exactly that (nothing refers to it
 * yet, and every cell counts against the spreadsheet's 10 million); one that was already there only
 * grows: a row or column of ours that went would turn the team's references to it into #REF!.
 */
export function sizeTo(slot: SheetSlot, rows: number, cols: number): void {
  const { sheet } = slot;
  if (rows > slot.maxRows) sheet.insertRowsAfter(slot.maxRows, rows - slot.maxRows);
  else if (slot.created && rows < slot.maxRows) sheet.deleteRows(rows + 1, slot.maxRows - rows);
  if (cols > slot.maxCols) sheet.insertColumnsAfter(slot.maxCols, cols - slot.maxCols);
  else if (slot.created && cols < slot.maxCols) sheet.deleteColumns(cols + 1, slot.maxCols - cols);
  slot.maxRows = slot.created ? rows : Math.max(rows, slot.maxRows);
  slot.maxCols = slot.created ? cols : Math.max(cols, slot.maxCols);
}
