// Connect a source, opened again on a sheet already connected: what the team confirmed comes back
// (its columns, whether it adds to Actuals or replaces it, how it is read, each phase's meaning), not
// a fresh guess; and the preview shows the first five rows of however many. dist/Code.js over the fakes.
import { describe, expect, it } from "vitest";
import { DEAL_HEADER, DEAL_MAPPING, DEAL_ROWS } from "../fixtures/deal-list";
import { FORM_HEADER, FORM_MAPPING, FORM_SHEET } from "../fixtures/form-responses";
import { jaPlan } from "../fixtures/plans";
import { addon, plain } from "./support";

const DEALS = "案件管理表";
const tokyo = (date: string) => new Date(`${date}T00:00:00+09:00`);

function withSheets() {
  const a = addon({ locale: "ja" });
  expect(a.call("kpiGenerate", jaPlan()).ok).toBe(true);
  const ss = a.fake.globals.SpreadsheetApp.getActive();
  // Seven responses, one a day from April 1st: calls 10, 11, … 16.
  const form = Array.from({ length: 7 }, (_, i) => [
    tokyo(`2026-04-0${i + 1}`),
    "佐藤",
    10 + i,
    1,
    1,
    0,
    0,
    "",
  ]);
  const sheet = ss.insertSheet(FORM_SHEET);
  sheet.getRange(1, 1, 1, FORM_HEADER.length).setValues([FORM_HEADER]);
  sheet.getRange(2, 1, form.length, FORM_HEADER.length).setValues(form);
  const list = ss.insertSheet(DEALS);
  list.getRange(1, 1, 1, DEAL_HEADER.length).setValues([DEAL_HEADER]);
  const rows = DEAL_ROWS.map((r) =>
    r.map((v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? tokyo(v) : (v ?? ""))),
  );
  list.getRange(2, 1, rows.length, DEAL_HEADER.length).setValues(rows);
  const propose = (sheetName: string, kind?: string) => {
    const r = plain(
      kind ? a.call("kpiProposeSource", sheetName, kind) : a.call("kpiProposeSource", sheetName),
    );
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    return r.value;
  };
  const connect = (request: object) => {
    const r = plain(a.call("kpiConnectSource", request));
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
  };
  return { a, ss, propose, connect };
}

describe("kpiProposeSource", () => {
  it("previews the first five rows of seven, and counts all seven", () => {
    const { propose } = withSheets();
    const p = propose(FORM_SHEET);
    expect([p.rowCount, p.connected, p.counts, p.kind]).toEqual([7, false, "add", "log"]);
    expect(p.rows.map((r: { value?: number }[]) => r[2]?.value)).toEqual([10, 11, 12, 13, 14]);
  });

  it("gives back the columns and the counting the team confirmed, where the proposal would differ", () => {
    const { propose, connect } = withSheets();
    // Appointments and meetings swapped, against what the headers say; replacing Actuals.
    const confirmed = {
      ...FORM_MAPPING,
      "stage:new_biz.appointments": "商談数",
      "stage:new_biz.meetings": "アポ獲得数",
    };
    connect({ sheet: FORM_SHEET, counts: "instead", columns: confirmed });
    const p = propose(FORM_SHEET);
    expect(p.mapping).toEqual(confirmed);
    expect([p.connected, p.counts, p.asks]).toEqual([true, "instead", []]);
  });

  it("proposes afresh where a confirmed header is gone, still saying the sheet is connected", () => {
    const { ss, propose, connect } = withSheets();
    const confirmed = {
      ...FORM_MAPPING,
      "stage:new_biz.appointments": "商談数",
      "stage:new_biz.meetings": "アポ獲得数",
    };
    connect({ sheet: FORM_SHEET, counts: "add", columns: confirmed });
    ss.getSheetByName(FORM_SHEET)?.getRange(1, 4).setValue("アポ獲得");
    const p = propose(FORM_SHEET);
    expect(p.connected).toBe(true);
    expect(p.mapping["stage:new_biz.appointments"]).toBe("アポ獲得");
    expect(p.mapping["stage:new_biz.meetings"]).toBe("商談数");
  });

  it("reads a deal list connected as a log as a log again", () => {
    const { propose, connect } = withSheets();
    expect(propose(DEALS).kind).toBe("deals");
    connect({ sheet: DEALS, counts: "add", columns: { date: "作成日", rep: "担当", kgi: "金額（円）" } });
    const p = propose(DEALS);
    expect([p.kind, p.stream, p.phases]).toEqual(["log", null, []]);
    expect(p.mapping).toEqual({ date: "作成日", rep: "担当", kgi: "金額（円）" });
  });

  it("gives back a deal list's confirmed phase meanings, and asks nothing of them", () => {
    const { ss, propose, connect } = withSheets();
    ss.getSheetByName(DEALS)?.getRange(2, 4).setValue("アポ・商談"); // reads as either stage
    const fresh = propose(DEALS);
    const meaning = (p: typeof fresh, v: string) =>
      p.phases.find((x: { value: string }) => x.value === v) as { meaning: unknown; stages: unknown[] };
    expect(meaning(fresh, "商談中").meaning).toEqual({ stage: "meetings", outcome: "open" });
    expect(meaning(fresh, "アポ・商談")).toEqual({
      value: "アポ・商談",
      meaning: null,
      stages: ["appointments", "meetings"],
    });
    const phases = {
      商談中: { stage: "appointments", outcome: "open" },
      "アポ・商談": { stage: "meetings", outcome: "open" },
    };
    connect({ sheet: DEALS, counts: "add", columns: DEAL_MAPPING, kind: "deals", phases });
    const again = propose(DEALS);
    expect(meaning(again, "商談中")).toEqual({ value: "商談中", meaning: phases.商談中, stages: [] });
    expect(meaning(again, "アポ・商談")).toEqual({
      value: "アポ・商談",
      meaning: phases["アポ・商談"],
      stages: [],
    });
    expect(meaning(again, "受注").meaning).toEqual({ stage: "deals", outcome: "won" });
  });
});
