// Connect a source through dist/Code.js over the fake spreadsheet (issue 19): a form's response sheet
// (Japanese questions, timestamps with a time of day, a free-text column) proposed, connected, and
// counted live by the Dashboard — every response, per rep and per period, equal to the hand tally in
// test/fixtures/form-responses.ts, including responses that arrive after connecting. An ambiguous
// header makes the step ask; a renamed header stops the next regeneration instead of misreading.
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import {
  dayFraction,
  FORM_AFTER,
  FORM_AS_OF,
  FORM_BEFORE,
  FORM_HEADER,
  FORM_MAPPING,
  FORM_SHEET,
  FORM_TALLY,
  type FormResponse,
} from "../fixtures/form-responses";
import { jaPlan } from "../fixtures/plans";
import { addon, plain, storedSourceRow } from "./support";

const plan = jaPlan();
const layout = buildWorkbook(plan).dashboard;

/** A date and time of day in Tokyo (the fake spreadsheet's zone) as the instant a form records. */
const tokyo = (date: string, time: string) =>
  new Date(Date.parse(`${date}T00:00:00+09:00`) + Math.round(dayFraction(time) * 86_400_000));
const row = (r: FormResponse) => [tokyo(r[0], r[1]), ...r.slice(2).map((v) => v ?? "")];

function connected() {
  const a = addon({ locale: "ja" });
  const g = a.call("kpiGenerate", plan);
  expect(g.ok, JSON.stringify(g.error)).toBe(true);
  const ss = a.fake.globals.SpreadsheetApp.getActive();
  const form = ss.insertSheet(FORM_SHEET);
  form.getRange(1, 1, 1, FORM_HEADER.length).setValues([FORM_HEADER]);
  form.getRange(2, 1, FORM_BEFORE.length, FORM_HEADER.length).setValues(FORM_BEFORE.map(row));
  const proposal = plain(a.call("kpiProposeSource", FORM_SHEET));
  expect(proposal.ok, JSON.stringify(proposal.error)).toBe(true);
  return { a, ss, form, proposal: proposal.value };
}

function dashboard(ss: ReturnType<typeof connected>["ss"]) {
  const values = ss.getSheetByName("ダッシュボード")?.getDataRange().getValues() ?? [];
  const at = (r: number, c: number) => values[r]?.[c];
  const kpi = (id: string) =>
    at(layout.kpiRows[plan.kpis.findIndex((k) => k.id === id)] as number, layout.col.actual);
  return {
    kgi: at(layout.kgiRow, layout.col.actual),
    calls: kpi("calls"),
    deals: kpi("deals"),
    // The reps table: KGI actual (column 3) and rows logged (column 7), in team order 佐藤, 鈴木, 高橋.
    reps: layout.repRows.map((r) => [at(r, 0), at(r, 3), at(r, 7)]),
    months: layout.periodRows.slice(0, 2).map((r) => at(r, 2)),
  };
}

// One spreadsheet through the whole story, step by step (each generation through the fakes takes seconds).
describe("Connect a source: a Google Form's daily report", () => {
  const { a, ss, form, proposal } = connected();

  it("proposes the mapping, with the first rows typed (each timestamp as its date in Tokyo)", () => {
    expect(proposal.asks).toEqual([]);
    expect(proposal.mapping).toEqual(FORM_MAPPING);
    expect(proposal.rowCount).toBe(FORM_BEFORE.length);
    expect(proposal.rows.map((r: { date?: string }[]) => r[0]?.date)).toEqual([
      "2026-04-01",
      "2026-04-01",
      "2026-04-30",
      "2026-05-01",
      "2026-05-15",
    ]);
    expect(proposal.fields.find((f: { key: string }) => f.key === "date")?.required).toBe(true);
  });

  it("asks when the header reads two ways", () => {
    const two = ss.insertSheet("日報（旧）");
    two.getRange(1, 1, 1, 4).setValues([["日付", "氏名", "架電数（新規）", "架電数（既存）"]]);
    const r = plain(a.call("kpiProposeSource", "日報（旧）"));
    expect(r.value.asks).toEqual([
      { kind: "field", key: "stage:new_biz.calls", headers: ["架電数（新規）", "架電数（既存）"] },
    ]);
    expect(r.value.mapping["stage:new_biz.calls"]).toBeUndefined();
  });

  it("refuses a mapping that reads one header twice, writing nothing", () => {
    const twice = plain(
      a.call("kpiConnectSource", {
        sheet: FORM_SHEET,
        counts: "add",
        columns: {
          date: "タイムスタンプ",
          "stage:new_biz.calls": "本日の架電数",
          "stage:new_biz.meetings": "本日の架電数",
        },
      }),
    );
    expect(twice.error.code).toBe("source_mapping");
    expect(twice.error.message).toContain("本日の架電数");
  });

  it("connects, and the Dashboard counts every response — also those that arrive afterwards", () => {
    const c = plain(
      a.call("kpiConnectSource", { sheet: FORM_SHEET, counts: "add", columns: proposal.mapping }),
    );
    expect(c.ok, JSON.stringify(c.error)).toBe(true);
    ss.getRangeByName(N.asOf)?.setValue(tokyo(FORM_AS_OF, "0:00:00"));
    const before = dashboard(ss);
    expect([before.kgi, before.calls, before.deals]).toEqual([
      FORM_TALLY.before.kgi,
      FORM_TALLY.before.calls,
      FORM_TALLY.before.deals,
    ]);
    expect(before.months).toEqual([3_000_000, 0]);

    // The form appends two responses: no script runs, no regeneration.
    form
      .getRange(FORM_BEFORE.length + 2, 1, FORM_AFTER.length, FORM_HEADER.length)
      .setValues(FORM_AFTER.map(row));
    const after = dashboard(ss);
    expect([after.kgi, after.calls, after.deals]).toEqual([
      FORM_TALLY.after.kgi,
      FORM_TALLY.after.calls,
      FORM_TALLY.after.deals,
    ]);
    // Rows logged count every response of the rep, R7 (after the as-of date) included.
    expect(after.reps).toEqual([
      ["佐藤", FORM_TALLY.after.reps.佐藤.kgi, 3],
      ["鈴木", FORM_TALLY.after.reps.鈴木.kgi, 2],
      ["高橋", FORM_TALLY.after.reps.高橋.kgi, 2],
    ]);
    expect(after.months).toEqual([3_000_000, 500_000]);
    // The connection is kept on the data sheet beside the plan.
    expect(storedSourceRow(ss)).toEqual({
      sheet: FORM_SHEET,
      counts: "add",
      columns: proposal.mapping,
    });
  });

  it("stops the next regeneration after a mapped header is renamed, instead of reading the wrong column", () => {
    form.getRange(1, 3).setValue("架電数");
    const again = plain(a.call("kpiGenerate", plan));
    expect(again.error.code).toBe("source_changed");
    expect(again.error.message).toContain("本日の架電数");
  });
});
