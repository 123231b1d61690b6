// Connecting a sheet of the team's own (issue 19): its header proposed as a mapping with a preview of
// the first rows as they will count (the same domain code as `status`), and the connection checked
// and kept on the data sheet by a regeneration. A stored connection whose headers are gone stops the
// regeneration and asks again, never reads the wrong column.
import type { SourceProposal } from "../contract/endpoints";
import { type Plan, parsePlan } from "../domain/plan";
import { type Mapping, placeMapping, proposeMapping } from "../domain/source/header-mapping";
import { type ConnectedSource, readStoredSource, reconnect, type StoredSource } from "../workbook/source";
import { logFields } from "../workbook/source-fields";
import { type Document, readDocument, readStoredMeta } from "./ownership";
import { NoPlanError } from "./review";
import { logValue } from "./team-rates";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The connected sheet is gone, or a mapped header is no longer there (or is there twice). */
export class SourceChangedError extends Error {
  constructor(
    readonly sheet: string,
    readonly gone: string[],
  ) {
    super(`source ${sheet} changed`);
  }
}

/** A sheet that is not ours, by name; null when there is none. */
function theirSheet(doc: Document, name: string): Sheet | null {
  return doc.sheets.find((e) => e.name === name && e.key === null)?.sheet ?? null;
}

/** Row 1 as the user sees it (display values: a header typed as a date reads as typed). */
export function headerOf(sheet: Sheet): string[] {
  const width = Math.max(sheet.getLastColumn(), 1);
  return (sheet.getRange(1, 1, 1, width).getDisplayValues()[0] ?? []).map(String);
}

/**
 * The source to count: the one being connected now, else the one stored; placed on its sheet's header
 * as it is now. Throws SourceChangedError when it cannot be placed.
 */
export function connectionOf(doc: Document, stored: unknown, now?: StoredSource): ConnectedSource | null {
  const source = now ?? readStoredSource(stored);
  if (!source) return null;
  const sheet = theirSheet(doc, source.sheet);
  if (!sheet) throw new SourceChangedError(source.sheet, []);
  const placed = reconnect(source, headerOf(sheet));
  if (!placed.ok)
    throw new SourceChangedError(
      source.sheet,
      [...placed.notFound, ...placed.twice].map((m) => m.header),
    );
  return placed.source;
}

function storedPlan(meta: { plan: unknown }): Plan {
  const parsed = parsePlan(meta.plan);
  if (!parsed.ok) throw new NoPlanError("no plan");
  return parsed.plan;
}

/** How many rows the preview shows. */
export const PREVIEW_ROWS = 5;

export function proposeSource(sheetName: string): SourceProposal {
  const ss = SpreadsheetApp.getActive();
  const doc = readDocument(ss);
  const meta = readStoredMeta(doc);
  const plan = storedPlan(meta);
  const sheet = theirSheet(doc, sheetName);
  if (!sheet) throw new SourceChangedError(sheetName, []);
  const header = headerOf(sheet);
  const fields = logFields(plan);
  const stored = readStoredSource(meta.source);
  const proposal = proposeMapping(header, fields);
  // A sheet connected before keeps its confirmed mapping where its headers are still there.
  const kept = stored?.sheet === sheetName && placeMapping(header, stored.columns).ok ? stored.columns : null;
  const zone = ss.getSpreadsheetTimeZone();
  const rows = Math.min(Math.max(sheet.getLastRow() - 1, 0), PREVIEW_ROWS);
  const values = rows > 0 ? sheet.getRange(2, 1, rows, header.length).getValues() : [];
  return {
    sheet: sheetName,
    header,
    fields: fields.map((f) => ({ key: f.key, label: f.label, required: f.required === true })),
    mapping: kept ?? proposal.mapping,
    asks: kept ? [] : proposal.asks,
    counts: stored?.sheet === sheetName ? stored.counts : "add",
    // Typed as the spreadsheet holds them, a timestamp as its date here: the sidebar reads them with
    // the same code as status (readLog) to show the rows as they will count.
    rows: values.map((r) => r.map((v) => logValue(v, zone))),
    rowCount: Math.max(sheet.getLastRow() - 1, 0),
  };
}

/** The mapping the user confirmed cannot be used: a key the plan lacks, a header gone, one used twice, no date. */
export class SourceMappingError extends Error {
  constructor(readonly problems: string[]) {
    super("bad source mapping");
  }
}

/** Checks a connection the sidebar sends, before a regeneration stores it; with the plan stored here. */
export function checkedConnection(
  doc: Document,
  request: StoredSource,
): { plan: Plan; source: StoredSource } {
  const plan = storedPlan(readStoredMeta(doc));
  const sheet = theirSheet(doc, request.sheet);
  if (!sheet) throw new SourceChangedError(request.sheet, []);
  const keys = new Set(logFields(plan).map((f) => f.key));
  const problems = Object.keys(request.columns).filter((k) => !keys.has(k));
  const headers = Object.values(request.columns);
  problems.push(...headers.filter((h, i) => headers.indexOf(h) !== i));
  const placed = placeMapping(headerOf(sheet), request.columns as Mapping);
  if (!placed.ok) problems.push(...[...placed.notFound, ...placed.twice].map((m) => m.header));
  if (!request.columns.date) problems.push("date");
  if (problems.length > 0) throw new SourceMappingError([...new Set(problems)]);
  return { plan, source: request };
}
