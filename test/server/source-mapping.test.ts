// Connect a source refuses a mapping it cannot count, before anything is written: a row per case with
// the problems the user is told, in the order found (unknown keys, a header chosen twice, a header not
// on the sheet, then what a log or a deal list must have). dist/Code.js over the fakes, in English.
import { describe, expect, it } from "vitest";
import { sheetNames } from "../../src/workbook/labels";
import { DEAL_HEADER, DEAL_MAPPING } from "../fixtures/deal-list";
import { FORM_HEADER, FORM_MAPPING, FORM_SHEET } from "../fixtures/form-responses";
import { jaPlan } from "../fixtures/plans";
import { addon, plain, storedSourceRow } from "./support";

const DEALS = "案件管理表";
const refused = (problems: string) =>
  `The columns chosen cannot be used: ${problems}. Choose each column once, and always the date.`;
const without = (m: Record<string, string>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(m).filter(([k]) => !keys.includes(k)));

// Each case only reads: one generated spreadsheet serves them all (each call is inside its test).
const a = addon({ locale: "en" });
expect(a.call("kpiGenerate", jaPlan()).ok).toBe(true);
const ss = a.fake.globals.SpreadsheetApp.getActive();
ss.insertSheet(FORM_SHEET).getRange(1, 1, 1, FORM_HEADER.length).setValues([FORM_HEADER]);
ss.insertSheet(DEALS).getRange(1, 1, 1, DEAL_HEADER.length).setValues([DEAL_HEADER]);

const log = (columns: Record<string, string>) => ({ sheet: FORM_SHEET, counts: "add", columns });
const deals = (columns: Record<string, string>, more: object = {}) => ({
  sheet: DEALS,
  counts: "add",
  columns,
  kind: "deals",
  ...more,
});

describe("kpiConnectSource: a mapping that cannot be counted", () => {
  it.each([
    ["a log without its date", log(without(FORM_MAPPING, "date")), "date"],
    [
      "a key the plan does not have",
      log({ ...FORM_MAPPING, "stage:new_biz.visits": "所感・気づき" }),
      "stage:new_biz.visits",
    ],
    ["a header the sheet does not have", log({ ...FORM_MAPPING, rep: "担当者" }), "担当者"],
    [
      "one header for two fields",
      log({ ...FORM_MAPPING, "stage:new_biz.meetings": "本日の架電数" }),
      "本日の架電数",
    ],
    [
      "all of it, in the order found",
      log({ rep: "氏名", "stage:x.calls": "本日の架電数", kgi: "本日の架電数", memo: "メモ" }),
      "stage:x.calls, memo, 本日の架電数, メモ, date",
    ],
    ["a deal list of a stream the plan does not have", deals(DEAL_MAPPING, { stream: "renewal" }), "renewal"],
    [
      "a deal list with no date to count a deal on",
      deals(without(DEAL_MAPPING, "created", "date:new_biz.meetings", "date:new_biz.deals")),
      "created",
    ],
    [
      "a deal list with nothing saying how far a deal got",
      deals(without(DEAL_MAPPING, "status", "furthest", "date:new_biz.meetings", "date:new_biz.deals")),
      "status",
    ],
    [
      // A stage's date is both: the deal counts on it and reached that stage (only the bogus key is wrong).
      "a deal list dated by a stage only",
      deals({ rep: "担当", "date:new_biz.meetings": "商談日", bogus: "商談日" }),
      "bogus, 商談日",
    ],
    [
      "a deal list whose only phase column is the furthest stage reached",
      deals({ rep: "担当", created: "作成日", furthest: "最大到達フェーズ", bogus: "最大到達フェーズ" }),
      "bogus, 最大到達フェーズ",
    ],
    [
      "a phase meaning a stage the plan does not have",
      deals(DEAL_MAPPING, { phases: { 受注: { stage: "closing", outcome: "won" } } }),
      "受注",
    ],
  ])("%s", (_case, request, problems) => {
    const r = plain(a.call("kpiConnectSource", request));
    expect(r.ok).toBe(false);
    expect(r.error).toEqual({ code: "source_mapping", message: refused(problems) });
    expect(storedSourceRow(ss)).toBeNull();
  });

  it("a sheet that is not there (or is one of ours) is a changed source, with no header to name", () => {
    // Our Actuals has a date column, and still cannot be connected as a source of its own.
    const ours = sheetNames.actuals.ja;
    const date = String(ss.getSheetByName(ours)?.getRange(1, 1).getValue());
    for (const sheet of ["Gone", ours]) {
      const r = plain(a.call("kpiConnectSource", { ...log({ date }), sheet }));
      expect(r.ok).toBe(false);
      expect(r.error.code).toBe("source_changed");
      expect(r.error.message).toContain(`“${sheet}”`);
      expect(r.error.message).toContain("(—)");
    }
    expect(storedSourceRow(ss)).toBeNull();
  });
});
