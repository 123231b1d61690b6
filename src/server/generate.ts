// Generate (or regenerate) the workbook inside this spreadsheet. New sheets are written first under
// temporary names; only when all of them exist are the old ones removed and the new ones renamed.
// A failure half-way leaves the old sheets, and every typed value in them, as they were.

import type { GenerateResult } from "../contract/endpoints";
import type { Plan } from "../domain/plan";
import { buildWorkbook } from "../workbook/build";
import { type ExistingName, nameClashes } from "../workbook/names";
import type { SheetKey } from "../workbook/spec";
import { readActuals, readDocument, readStoredMeta } from "./ownership";
import { decorateSheet, writeNamedRanges, writeSheet } from "./writer";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class BusyError extends Error {}

export class NameClashError extends Error {
  constructor(readonly clashes: ExistingName[]) {
    super("name clash");
  }
}

export const LOCK_WAIT_MS = 30_000;

/** Serializes writers of this document; a second caller waits, then gives up with BusyError. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError("busy");
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

export function generate(plan: Plan): GenerateResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActive();
    const doc = readDocument(ss);
    const meta = readStoredMeta(doc);
    const existing = readActuals(doc, meta);
    const spec = buildWorkbook(plan, { existingActuals: existing, foreignSheetNames: doc.foreignNames });
    const clashes = userNamesTaken(
      ss,
      spec.namedRanges.map((n) => n.name),
      meta.namedRanges,
      doc.foreignNames,
    );
    if (clashes.length) throw new NameClashError(clashes);

    const stamp = `${Date.now() % 1_000_000}`;
    const written = new Map<SheetKey, Sheet>();
    try {
      spec.sheets.forEach((s, i) => {
        written.set(s.key, writeSheet(ss, s, `~${s.key}-${stamp}`, doc.sheets.length + i));
      });
    } catch (err) {
      // Nothing of the old workbook has been touched yet: remove the half-written copy and stop.
      for (const sheet of written.values()) ss.deleteSheet(sheet);
      throw err;
    }

    // Our old names go before the old sheets do, then the new sheets take their final names.
    const ourNames = new Set([...meta.namedRanges, ...spec.namedRanges.map((n) => n.name)]);
    for (const n of ss.getNamedRanges()) if (ourNames.has(n.getName())) n.remove();
    for (const old of doc.own.values()) ss.deleteSheet(old);
    for (const s of spec.sheets) written.get(s.key)?.setName(s.name);
    writeNamedRanges(ss, spec, written);
    for (const s of spec.sheets) {
      const sheet = written.get(s.key);
      if (sheet) decorateSheet(ss, sheet, s);
    }
    const dashboard = written.get("dashboard");
    if (dashboard) ss.setActiveSheet(dashboard);

    const archived = spec.sheets
      .find((s) => s.key === "actuals")
      ?.cells[0]?.filter((c) => c?.style === "archived")
      .map((c) => String(c?.value ?? ""));
    return {
      sheets: spec.sheets
        .filter((s) => !s.hidden)
        .map((s) => ({ key: s.key, name: s.name, sheetId: written.get(s.key)?.getSheetId() ?? 0 })),
      keptRows: existing?.rows.filter((r) => r.some((v) => v !== "" && v !== null)).length ?? 0,
      archivedColumns: archived ?? [],
    };
  });
}

/** Named ranges of the user's that the new workbook would take (names of ours from last time are skipped unread). */
function userNamesTaken(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  wanted: string[],
  oursBefore: readonly string[],
  foreignSheets: readonly string[],
): ExistingName[] {
  const want = new Set(wanted.map((n) => n.toUpperCase()));
  const ours = new Set(oursBefore.map((n) => n.toUpperCase()));
  const candidates: ExistingName[] = [];
  for (const n of ss.getNamedRanges()) {
    const name = n.getName();
    if (!want.has(name.toUpperCase()) || ours.has(name.toUpperCase())) continue;
    try {
      const range = n.getRange();
      const sheet = range.getSheet().getName();
      candidates.push({ name, sheet, where: `${sheet}!${range.getA1Notation()}` });
    } catch {
      // A name pointing nowhere (its sheet deleted) holds nothing of the user's: ours replaces it.
    }
  }
  return nameClashes(wanted, candidates, new Set(foreignSheets));
}
