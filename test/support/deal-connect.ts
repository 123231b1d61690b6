// The deal list of test/fixtures/deal-list.ts connected as a source, as the add-on proposes it (the
// header mapped, the phase values read), and what `status --deals` reads from the same rows: shared
// by the HyperFormula and LibreOffice tests of the deal-list formulas.
import { expect } from "vitest";
import { dayNumber, isIsoDate } from "../../src/domain/calendar-dates";
import type { Plan } from "../../src/domain/plan";
import { dealFields, dealStream } from "../../src/domain/source/deal-fields";
import { proposePhases } from "../../src/domain/source/deal-phases";
import { readDeals } from "../../src/domain/source/deals";
import { placeMapping, proposeMapping } from "../../src/domain/source/header-mapping";
import type { StatusReport } from "../../src/domain/status/report";
import type { ConnectedSource } from "../../src/workbook/source";
import { DEAL_HEADER } from "../fixtures/deal-list";
import { logValue, reportOf } from "./status-compare";

export const DEAL_SHEET = "案件一覧";
export type DealRow = (string | number | null)[];

export function dealConnection(
  plan: Plan,
  rows: DealRow[],
  header: string[] = DEAL_HEADER,
  counts: "add" | "instead" = "add",
): ConnectedSource {
  const stream = dealStream(plan);
  if (!stream) throw new Error("no stream");
  const proposal = proposeMapping(header, dealFields(plan, stream));
  expect(proposal.asks).toEqual([]);
  const placed = placeMapping(header, proposal.mapping);
  if (!placed.ok) throw new Error("not placed");
  const values = rows.flatMap((r) =>
    placed.columns.flatMap((k, i) => ((k === "status" || k === "furthest") && r[i] ? [String(r[i])] : [])),
  );
  const phases = proposePhases(values, stream);
  expect(phases.asks).toEqual([]);
  return {
    sheetName: DEAL_SHEET,
    counts,
    columns: placed.columns,
    mapping: proposal.mapping,
    deals: { stream, phases: phases.phases },
  };
}

/** The rows as a spreadsheet holds them: dates as serial numbers. */
export const dealCells = (rows: DealRow[]) =>
  rows.map((r) => r.map((v) => (typeof v === "string" && isIsoDate(v) ? dayNumber(v) + 25569 : v)));

/** What status reports from the same rows (read by domain/source/deals.ts). */
export function dealReport(plan: Plan, rows: DealRow[], source: ConnectedSource, asOf: string): StatusReport {
  const deals = source.deals;
  if (!deals) throw new Error("not a deal list");
  // The list's date columns hold dates; any other text stays text.
  const dated = source.columns.map((k) => k === "created" || (k?.startsWith("date:") ?? false));
  const read = readDeals(
    {
      name: DEAL_SHEET,
      columns: source.columns.map((key) => ({ key })),
      rows: rows.map((r) => r.map((v, i) => logValue(v, dated[i] ?? false))),
    },
    plan,
    deals.stream,
    deals.phases,
  );
  return reportOf(plan, read, asOf);
}

/** Trends' actuals of the first three periods (columns G–I): the KGI's and each stage's of the first
 * stream, by stage id — the rows trendsAgree reads (targets from row 8, the actual below each). */
export function trendsMonths(plan: Plan, trends: unknown[][]): Record<string, unknown[]> {
  const row = (i: number) => (trends[i + 1] ?? []).slice(6, 9);
  const out: Record<string, unknown[]> = { kgi: row(7) };
  const stages = plan.streams[0]?.stages ?? [];
  let at = 10;
  stages.forEach((s, k) => {
    out[s.id] = row(at);
    at += k < stages.length - 1 ? 6 : 3;
  });
  return out;
}
