// Connecting a sheet of the team's own (issue 19): its header proposed as a mapping with a preview of
// the first rows as they will count (the same domain code as `status`), and the connection checked
// and kept on the data sheet by a regeneration. A stored connection whose headers are gone stops the
// regeneration and asks again, never reads the wrong column.
import type { SourceProposal } from "../contract/endpoints";
import { type Plan, parsePlan } from "../domain/plan";
import type { Stream } from "../domain/plan-schema";
import { dealFields, dealStream } from "../domain/source/deal-fields";
import { proposePhases } from "../domain/source/deal-phases";
import { type Mapping, placeMapping, proposeMapping } from "../domain/source/header-mapping";
import type { PhaseMeaning } from "../domain/source/mapping-file";
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
export function connectionOf(
  doc: Document,
  plan: Plan,
  stored: unknown,
  now?: StoredSource | null,
): ConnectedSource | null {
  if (now === null) return null;
  const source = now ?? readStoredSource(stored);
  if (!source) return null;
  const sheet = theirSheet(doc, source.sheet);
  if (!sheet) throw new SourceChangedError(source.sheet, []);
  const placed = reconnect(source, headerOf(sheet), plan);
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

/** A phase column (status or furthest stage) is what a deal list has and a log does not. */
function guessKind(deals: Mapping | null): "log" | "deals" {
  return deals && (deals.status || deals.furthest) ? "deals" : "log";
}

/** Each value the list's phase columns hold, with its meaning: as confirmed before, else proposed. */
function phaseList(
  sheet: Sheet,
  header: string[],
  mapping: Mapping,
  stream: Stream,
  confirmed: Record<string, PhaseMeaning> | undefined,
): SourceProposal["phases"] {
  const rows = Math.max(sheet.getLastRow() - 1, 0);
  const values: string[] = [];
  for (const key of ["status", "furthest"]) {
    const at = mapping[key] ? header.indexOf(mapping[key]) : -1;
    if (at < 0 || rows === 0) continue;
    for (const [v] of sheet.getRange(2, at + 1, rows, 1).getDisplayValues()) if (v?.trim()) values.push(v);
  }
  const proposal = proposePhases(values, stream);
  return [...new Set(values)].map((value) => ({
    value,
    meaning: confirmed?.[value] ?? proposal.phases[value] ?? null,
    stages: confirmed?.[value] ? [] : (proposal.asks.find((a) => a.value === value)?.stages ?? []),
  }));
}

export function proposeSource(sheetName: string, kind?: "log" | "deals"): SourceProposal {
  const ss = SpreadsheetApp.getActive();
  const doc = readDocument(ss);
  const meta = readStoredMeta(doc);
  const plan = storedPlan(meta);
  const sheet = theirSheet(doc, sheetName);
  if (!sheet) throw new SourceChangedError(sheetName, []);
  const header = headerOf(sheet);
  const stored = readStoredSource(meta.source);
  const here = stored?.sheet === sheetName ? stored : null;
  const stream = dealStream(plan, here?.stream) ?? dealStream(plan);
  const dealProposal = stream ? proposeMapping(header, dealFields(plan, stream)) : null;
  // A sheet connected before is read as it was confirmed (a log is stored without a kind).
  const chosen = kind ?? (here ? (here.kind ?? "log") : guessKind(dealProposal?.mapping ?? null));
  const deals = chosen === "deals" && stream && dealProposal ? { stream, proposal: dealProposal } : null;
  const fields = deals ? dealFields(plan, deals.stream) : logFields(plan);
  const proposal = deals ? deals.proposal : proposeMapping(header, fields);
  // A sheet connected before keeps its confirmed mapping where its headers are still there.
  const same = here !== null && (here.kind ?? "log") === (deals ? "deals" : "log");
  const kept = same && placeMapping(header, here.columns).ok ? here.columns : null;
  const mapping = kept ?? proposal.mapping;
  const zone = ss.getSpreadsheetTimeZone();
  const rows = Math.min(Math.max(sheet.getLastRow() - 1, 0), PREVIEW_ROWS);
  const values = rows > 0 ? sheet.getRange(2, 1, rows, header.length).getValues() : [];
  return {
    sheet: sheetName,
    header,
    fields: fields.map((f) => ({ key: f.key, label: f.label, required: f.required === true })),
    mapping,
    asks: kept ? [] : proposal.asks,
    counts: here ? here.counts : "add",
    connected: here !== null,
    kind: deals ? "deals" : "log",
    stream: deals ? deals.stream.id : null,
    phases: deals ? phaseList(sheet, header, mapping, deals.stream, same ? here.phases : undefined) : [],
    // Typed as the spreadsheet holds them, a timestamp as its date here: the sidebar reads them with
    // the same code as status (readLog, readDeals) to show the rows as they will count.
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

/** The plan stored in this spreadsheet (to regenerate with, connecting or disconnecting a source). */
export function planHere(doc: Document): Plan {
  return storedPlan(readStoredMeta(doc));
}

/** Checks a connection the sidebar sends, before a regeneration stores it; with the plan stored here. */
export function checkedConnection(
  doc: Document,
  request: StoredSource,
): { plan: Plan; source: StoredSource } {
  const plan = planHere(doc);
  const sheet = theirSheet(doc, request.sheet);
  if (!sheet) throw new SourceChangedError(request.sheet, []);
  const deals = request.kind === "deals";
  const stream = deals ? dealStream(plan, request.stream) : undefined;
  if (deals && !stream) throw new SourceMappingError([request.stream ?? "stream"]);
  const fields = stream ? dealFields(plan, stream) : logFields(plan);
  const keys = new Set(fields.map((f) => f.key));
  const problems = Object.keys(request.columns).filter((k) => !keys.has(k));
  const headers = Object.values(request.columns);
  problems.push(...headers.filter((h, i) => headers.indexOf(h) !== i));
  const placed = placeMapping(headerOf(sheet), request.columns as Mapping);
  if (!placed.ok) problems.push(...[...placed.notFound, ...placed.twice].map((m) => m.header));
  const mapped = Object.keys(request.columns);
  if (!stream && !request.columns.date) problems.push("date");
  if (stream) {
    // A deal needs a date to count on, and a phase or a stage date to say how far it got.
    if (!mapped.some((k) => k === "created" || k.startsWith("date:"))) problems.push("created");
    if (!mapped.some((k) => k === "status" || k === "furthest" || k.startsWith("date:")))
      problems.push("status");
    const stages = new Set(stream.stages.map((st) => st.id));
    for (const [value, m] of Object.entries(request.phases ?? {}))
      if (m.stage !== undefined && !stages.has(m.stage)) problems.push(value);
  }
  if (problems.length > 0) throw new SourceMappingError([...new Set(problems)]);
  const source: StoredSource = stream
    ? { ...request, kind: "deals", stream: stream.id, phases: request.phases ?? {} }
    : { sheet: request.sheet, counts: request.counts, columns: request.columns };
  return { plan, source };
}
