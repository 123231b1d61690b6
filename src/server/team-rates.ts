// "Use my team's rates": this spreadsheet's Actuals log, read in one call, turned into what the
// spreadsheet holds per cell (a number, a date, text) and handed to the same domain code as
// `status` (log-entries.ts, tally.ts, calibration.ts). It decides nothing of its own.
import type { TeamRatesResult } from "../contract/endpoints";
import { isoDateInZone } from "../domain/calendar-dates";
import { MIN_HISTORY_COUNT } from "../domain/history-range";
import { parsePlan } from "../domain/plan";
import { logColumns } from "../domain/status/log-columns";
import type { LogValue } from "../domain/status/log-entries";
import { teamRates } from "../domain/status/team-rates";
import { isDate, readActualsValues, readDocument, readStoredMeta } from "./ownership";

/** No workbook of ours here, or no Actuals sheet in it: nothing to read rates from. */
export class NoLogError extends Error {}

/** One cell of getValues(): a Date is a date (in the spreadsheet's zone), "" is blank. */
export function logValue(v: unknown, zone: string): LogValue {
  if (v === null || v === undefined || v === "") return { kind: "blank" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (isDate(v)) return { kind: "date", date: isoDateInZone(v, zone) };
  return { kind: "text", text: String(v) };
}

export function readTeamRates(): TeamRatesResult {
  const ss = SpreadsheetApp.getActive();
  const doc = readDocument(ss);
  const meta = readStoredMeta(doc);
  const parsed = parsePlan(meta.plan);
  const read = parsed.ok ? readActualsValues(doc, meta) : null;
  if (!parsed.ok || !read) throw new NoLogError("no log");
  const zone = ss.getSpreadsheetTimeZone();
  const rates = teamRates(parsed.plan, {
    name: read.sheet.getName(),
    columns: logColumns(read.keys, parsed.plan),
    rows: read.rows.map((r) => r.map((v) => logValue(v, zone))),
  });
  return { ...rates, minCount: MIN_HISTORY_COUNT };
}
