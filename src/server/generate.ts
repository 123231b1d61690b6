// Generate (or regenerate) the workbook inside this spreadsheet, in place. Everything is read first;
// then every sheet gets its final name (ours are kept, so their ids and every reference to them
// survive), the logs change shape by column inserts only, named ranges are set before any formula
// that uses them, and each sheet is rewritten. The stored plan goes last, as the record that the
// run completed. A run that stops anywhere loses no typed value, and the next one completes it.

import type { GenerateResult } from "../contract/endpoints";
import { type Plan, parsePlan } from "../domain/plan";
import { buildWorkbook } from "../workbook/build";
import { archiveSheetName, isNewPlan, type LogChoice } from "../workbook/log-decision";
import { OUR_RULE_MARK } from "../workbook/log-highlights";
import { type ExistingName, isOurName, nameClashes } from "../workbook/names";
import type { StoredSource } from "../workbook/source";
import type { SheetKey, SheetSpec } from "../workbook/spec";
import { decorateSheet } from "./decorate";
import { applyNamedRanges, readNamedRanges } from "./named-ranges";
import { type Document, OWNER_KEY, readActuals, readDocument, readStoredMeta } from "./ownership";
import { readReviewHeader } from "./review-context";
import { placeSheets, type SheetShape, shapeOf, sizeTo, strayOwnSheets } from "./sheets";
import { connectionOf } from "./source";
import { insertLogColumns, rewriteSheet, specSize, writeLog } from "./writer";

export class BusyError extends Error {}

/** A new plan over a log kept under another: the team decides first (BRIEF §3.5). */
export class LogDecisionNeeded extends Error {
  constructor(readonly decision: { rows: number; title: string; kgi: string }) {
    super("log decision needed");
  }
}

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

type Leftovers = {
  charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  protections: GoogleAppsScript.Spreadsheet.Protection[];
};

export interface GenerateOptions {
  /** For a new plan over a log kept under another: carry the log on, or set it aside as it is. */
  existingLog?: LogChoice;
  /** A sheet of the team's own to count from now on (the "Connect a source" step), checked; null
   * disconnects the one stored (its sheet stays as it is). */
  source?: StoredSource | null;
}

export function generate(plan: Plan, options: GenerateOptions = {}): GenerateResult {
  return withDocumentLock(() => {
    // Read phase ------------------------------------------------------------------------------------
    const ss = SpreadsheetApp.getActive();
    const doc = readDocument(ss);
    const strays = strayOwnSheets(plan, doc);
    const meta = readStoredMeta(doc);
    const logged = strays.has("actuals") ? null : readActuals(doc, meta);
    const rows = logged?.rows.filter((r) => r.some((v) => v !== "" && v !== null)).length ?? 0;
    const stored = parsePlan(meta.plan);
    const newPlan = stored.ok && rows > 0 && isNewPlan(stored.plan, plan);
    if (newPlan && !options.existingLog)
      throw new LogDecisionNeeded({
        rows,
        title: stored.ok ? stored.plan.title : "",
        kgi: stored.ok ? `${stored.plan.kgi.name} (${stored.plan.kgi.unit})` : "",
      });
    const archive = newPlan && options.existingLog === "archive" ? doc.own.get("actuals") : undefined;
    const archiveName =
      archive && stored.ok
        ? archiveSheetName(
            doc.ownNames.get("actuals") ?? "",
            stored.plan,
            doc.sheets.map((e) => e.name),
          )
        : null;
    const existing = archive ? null : logged;
    const timeZone = ss.getSpreadsheetTimeZone();
    const names = readNamedRanges(ss);
    const shapes = new Map<SheetKey, SheetShape>();
    for (const [key, stray] of strays) shapes.set(key, shapeOf(stray.sheet));
    const leftovers = new Map<SheetKey, Leftovers>();
    // The team's own colour rules on Actuals, kept beside ours (ours carry OUR_RULE_MARK).
    const theirRules = (archive ? undefined : doc.own.get("actuals"))
      ?.getConditionalFormatRules()
      .filter(
        (r) => !String(r.getBooleanCondition()?.getCriteriaValues()?.[0] ?? "").includes(OUR_RULE_MARK),
      );
    for (const [key, sheet] of doc.own) {
      shapes.set(key, shapeOf(sheet));
      if (key === "actuals" || key === "review") continue;
      leftovers.set(key, {
        charts: sheet.getCharts(),
        protections: sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
      });
    }
    const foreign = doc.foreignNames.filter((n) => ![...strays.values()].some((s) => s.name === n));
    if (archiveName) foreign.push(archiveName);
    // The Review Log's header says which columns are ours and which the team added after them.
    const reviews = doc.own.get("review");
    const source = connectionOf(doc, plan, meta.source, options.source);
    const spec = buildWorkbook(plan, {
      source,
      existingActuals: existing,
      existingReviewHeader: reviews ? readReviewHeader(reviews) : null,
      foreignSheetNames: foreign,
      retireKgi: newPlan && options.existingLog === "keep",
    });
    const wanted = new Set(spec.namedRanges.map((n) => n.name.toUpperCase()));
    const theirs = namesOf(doc, names, meta.namedRanges, foreign);
    const clashes = nameClashes(
      spec.namedRanges.map((n) => n.name),
      theirs.users,
      new Set(foreign),
    );
    if (clashes.length) throw new NameClashError(clashes);
    const stale = theirs.ours.filter((n) => !wanted.has(n.toUpperCase()));

    // Write phase -----------------------------------------------------------------------------------
    if (archive && archiveName) {
      // Set aside as it is: no longer ours (the mark goes first, so a stop half-way leaves the log
      // the team's, untouched), under a name that says which plan it held. A new log is made.
      for (const m of archive.getDeveloperMetadata()) if (m.getKey() === OWNER_KEY) m.remove();
      archive.setName(archiveName);
      doc.own.delete("actuals");
      doc.ownNames.delete("actuals");
      shapes.delete("actuals");
    }
    const slots = placeSheets(doc, spec, shapes, strays);
    const specOf = (key: SheetKey) => spec.sheets.find((s) => s.key === key) as SheetSpec;
    for (const s of spec.sheets) {
      const slot = slots.get(s.key);
      if (!slot) continue;
      if (s.log && !slot.created) insertLogColumns(slot, s);
      else sizeTo(slot, specSize(s).rows, specSize(s).cols);
    }
    applyNamedRanges(ss, spec, slots, names);
    for (const s of spec.sheets) {
      const slot = slots.get(s.key);
      if (!slot || s.key === "meta") continue;
      if (s.log) writeLog(slot, s);
      else rewriteSheet(slot, s, leftovers.get(s.key) ?? { charts: [], protections: [] });
    }
    for (const s of spec.sheets) {
      const slot = slots.get(s.key);
      if (slot && s.key !== "meta")
        decorateSheet(slot, s, spec, slots, timeZone, s.key === "actuals" && !slot.created ? theirRules : []);
    }
    for (const name of stale) names.get(name.toUpperCase())?.named.remove();
    // The stored plan last: until it is written, the next run reads the layout as it was before.
    const metaSlot = slots.get("meta");
    if (metaSlot) {
      rewriteSheet(metaSlot, specOf("meta"), leftovers.get("meta") ?? { charts: [], protections: [] });
      decorateSheet(metaSlot, specOf("meta"), spec, slots, timeZone);
    }
    const dashboard = slots.get("dashboard");
    if (dashboard) ss.setActiveSheet(dashboard.sheet);

    const archived = specOf("actuals")
      .cells[0]?.filter((c) => c?.style === "archived")
      .map((c) => String(c?.value ?? ""));
    return {
      sheets: spec.sheets
        .filter((s) => !s.hidden)
        .map((s) => ({ key: s.key, name: s.name, sheetId: slots.get(s.key)?.sheetId ?? 0 })),
      keptRows: existing ? rows : 0,
      archivedColumns: archived ?? [],
    };
  });
}

/**
 * The named ranges already there, split: the user's own (which our names must not take over), and
 * ours to remove if the plan no longer has them — those our data sheet lists, and any of our
 * families that points at one of our sheets or nowhere (left by a run that stopped early).
 */
function namesOf(
  doc: Document,
  names: ReadonlyMap<string, { name: string; named: GoogleAppsScript.Spreadsheet.NamedRange }>,
  listed: readonly string[],
  foreign: readonly string[],
): { users: ExistingName[]; ours: string[] } {
  const ourList = new Set(listed.map((n) => n.toUpperCase()));
  const foreignSet = new Set(foreign);
  const users: ExistingName[] = [];
  const ours: string[] = [];
  for (const [upper, { name, named }] of names) {
    if (ourList.has(upper)) {
      ours.push(name);
      continue;
    }
    let sheet: string | null = null;
    let where = "";
    try {
      const range = named.getRange();
      sheet = range.getSheet().getName();
      where = `${sheet}!${range.getA1Notation()}`;
    } catch {
      // Pointing nowhere (its sheet deleted): nothing of the user's is in it.
    }
    if (isOurName(name) && (sheet === null || !foreignSet.has(sheet)) && doc.own.size > 0) ours.push(name);
    else if (sheet !== null) users.push({ name, sheet, where });
  }
  return { users, ours };
}
