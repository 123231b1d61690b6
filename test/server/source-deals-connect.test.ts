// Connect a deal list through dist/Code.js over the fake spreadsheet (issue 19): the step reads the
// sheet as a deal list by its phase column, proposes the columns and what each phase value means, and
// once connected the Dashboard counts each deal up to the furthest stage it reached and the won
// amounts as the KGI — equal to the hand tally in test/fixtures/deal-list.ts, a deal typed afterwards
// included. The same rows in HyperFormula and LibreOffice: test/workbook/source-deals.test.ts,
// test/cli/libreoffice-deals.test.ts.
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { DEAL_AS_OF, DEAL_HEADER, DEAL_MAPPING, DEAL_ROWS, DEAL_TALLY } from "../fixtures/deal-list";
import { jaPlan } from "../fixtures/plans";
import { addon, plain, storedSourceRow } from "./support";

const plan = jaPlan();
const layout = buildWorkbook(plan).dashboard;
const SHEET = "案件管理表";

/** Midnight in Tokyo (the fake spreadsheet's zone): a date as the spreadsheet holds it. */
const tokyo = (date: string) => new Date(`${date}T00:00:00+09:00`);
const row = (r: (string | number | null)[]) =>
  r.map((v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? tokyo(v) : (v ?? "")));

describe("Connect a source: a deal list (案件管理表)", () => {
  const a = addon({ locale: "ja" });
  expect(a.call("kpiGenerate", plan).ok).toBe(true);
  const ss = a.fake.globals.SpreadsheetApp.getActive();
  const list = ss.insertSheet(SHEET);
  list.getRange(1, 1, 1, DEAL_HEADER.length).setValues([DEAL_HEADER]);
  list.getRange(2, 1, DEAL_ROWS.length, DEAL_HEADER.length).setValues(DEAL_ROWS.map(row));
  const proposal = plain(a.call("kpiProposeSource", SHEET)).value;

  const dashboard = () => {
    const values = ss.getSheetByName("ダッシュボード")?.getDataRange().getValues() ?? [];
    const at = (r: number, c: number) => values[r]?.[c];
    const kpi = (id: string) =>
      at(layout.kpiRows[plan.kpis.findIndex((k) => k.id === id)] as number, layout.col.actual);
    return {
      kgi: at(layout.kgiRow, layout.col.actual),
      deals: kpi("deals"),
      reps: layout.repRows.map((r) => [at(r, 0), at(r, 3)]),
      months: layout.periodRows.slice(0, 3).map((r) => at(r, 2)),
    };
  };

  it("reads the sheet as a deal list by its phase column, and proposes the columns and the phase values' meanings", () => {
    expect(proposal.kind).toBe("deals");
    expect(proposal.stream).toBe("new_biz");
    expect(proposal.asks).toEqual([]);
    expect(proposal.mapping).toEqual(DEAL_MAPPING);
    const meaning = (v: string) => proposal.phases.find((x: { value: string }) => x.value === v)?.meaning;
    expect(meaning("受注")).toEqual({ stage: "deals", outcome: "won" });
    expect(meaning("失注")).toEqual({ outcome: "lost" });
    expect(meaning("商談中")).toEqual({ stage: "meetings", outcome: "open" });
    expect(meaning("アポ")).toEqual({ stage: "appointments", outcome: "open" });
    // Read as a log on request: the log's columns, no phases.
    const asLog = plain(a.call("kpiProposeSource", SHEET, "log")).value;
    expect([asLog.kind, asLog.phases, asLog.fields[0].key]).toEqual(["log", [], "date"]);
  });

  it("refuses a phase meaning a stage the plan does not have, writing nothing", () => {
    const r = plain(
      a.call("kpiConnectSource", {
        sheet: SHEET,
        counts: "add",
        columns: proposal.mapping,
        kind: "deals",
        phases: { 受注: { stage: "closing", outcome: "won" } },
      }),
    );
    expect(r.error.code).toBe("source_mapping");
    expect(r.error.message).toContain("受注");
  });

  it("connects, and the Dashboard counts the deals as the hand tally — a deal typed afterwards too", () => {
    const phases = Object.fromEntries(
      proposal.phases
        .filter((x: { meaning: unknown }) => x.meaning !== null)
        .map((x: { value: string; meaning: unknown }) => [x.value, x.meaning]),
    );
    expect(Object.keys(phases)).toHaveLength(proposal.phases.length);
    const c = plain(
      a.call("kpiConnectSource", {
        sheet: SHEET,
        counts: "add",
        columns: proposal.mapping,
        kind: "deals",
        phases,
      }),
    );
    expect(c.ok, JSON.stringify(c.error)).toBe(true);
    ss.getRangeByName(N.asOf)?.setValue(tokyo(DEAL_AS_OF));
    const before = dashboard();
    expect([before.kgi, before.deals]).toEqual([3_200_000, 2]);
    expect(before.months).toEqual(DEAL_TALLY.kgi);
    expect(before.reps).toEqual([
      ["佐藤", DEAL_TALLY.reps.佐藤.kgi],
      ["鈴木", 0],
      ["高橋", 0],
    ]);
    list
      .getRange(DEAL_ROWS.length + 2, 1, 1, DEAL_HEADER.length)
      .setValues([row(["G社", "鈴木", "2026-06-02", "受注", "受注", "2026-06-05", "2026-06-25", 700_000])]);
    const after = dashboard();
    expect([after.kgi, after.deals, after.months[2]]).toEqual([3_900_000, 3, 700_000]);
    expect(storedSourceRow(ss)).toEqual({
      sheet: SHEET,
      counts: "add",
      columns: proposal.mapping,
      kind: "deals",
      stream: "new_biz",
      phases,
    });
  });

  it("disconnects, even after the list's sheet is deleted: the sheets stop counting it, nothing else changes", () => {
    ss.deleteSheet(list);
    // The stored connection now reads nothing: every generation stops and says so...
    expect(plain(a.call("kpiGenerate", plan)).error.code).toBe("source_changed");
    // ...until the source is disconnected.
    const d = plain(a.call("kpiDisconnectSource"));
    expect(d.ok, JSON.stringify(d.error)).toBe(true);
    expect(storedSourceRow(ss)).toBeNull();
    ss.getRangeByName(N.asOf)?.setValue(tokyo(DEAL_AS_OF));
    expect([dashboard().kgi, dashboard().deals]).toEqual([0, 0]);
    expect(plain(a.call("kpiGenerate", plan)).ok).toBe(true);
  });
});
