// A team at work on a generated workbook, for the regeneration tests: two typed rows with a note,
// a colour and a row height; a report of their own on our sheets (handles, SUMIFS, a named range,
// FILTER, INDEX/MATCH) with a chart on Actuals; a review recorded. And the plan changes a PDCA
// review brings: a stage renamed, one removed, a KPI added, a rep added.
import { expect } from "vitest";
import { revisedPlan, samplePlan } from "../fixtures/plans";

export const revised = revisedPlan;

import { addon } from "./support";

export const REPORT = [
  ["=KPI_ACTUAL_calls"],
  ["=KPI_ACHIEVEMENT_calls"],
  ['=SUMIFS(Actuals!C2:C2001,Actuals!B2:B2001,"Sato")'],
  ["=SUM(ACT_new_biz_calls)"],
  ['=SUM(FILTER(Actuals!C2:C2001,Actuals!B2:B2001="Sato"))'],
  ["=SUM(ACT_new_biz_meetings)"],
  ["=KGI_TARGET"],
  ["=KPI_ACTUAL_deals"],
  ['=INDEX(Actuals!A2:H2001,MATCH("Suzuki",Actuals!B2:B2001,0),3)'],
  ["=KGI_ACTUAL"],
];

/** By hand: 40 + 35 calls; 9,600 calls for 120 deals (÷0.25 ÷0.5 ÷0.1); Sato's 40; 2 + 1 meetings. */
export const REPORT_VALUES = [75, 75 / 9600, 40, 75, 40, 3, 120_000_000, 1, 35, 1_000_000];

export const TYPED = [
  ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "first call list"],
  ["2026-04-02", "Suzuki", 35, 3, 1, 0, 0, "=not a formula"],
];

export const OUR_SHEETS = [
  "KPI Tree",
  "Dashboard",
  "Reps",
  "Trends",
  "Targets",
  "Actuals",
  "Assumptions",
  "Review Log",
];

export function teamAtWork() {
  const a = addon({ locale: "en" });
  const plan = samplePlan();
  expect(a.call("kpiGenerate", plan).ok).toBe(true);
  const ss = a.fake.globals.SpreadsheetApp.getActive();
  const log = ss.getSheetByName("Actuals");
  if (!log) throw new Error("no Actuals");
  // Notes is a plain-text column: what is typed there stays text, "=not a formula" included.
  log.getRange(2, 1, 2, 8).setValues(TYPED);
  log.getRange("C2").setNote("checked with the CRM");
  log.getRange("A3:H3").setBackground("#fff2cc");
  log.setRowHeight(2, 42);
  // The dashboard looks back to the end of April, so the figures do not depend on today's date.
  const asOf = a.fake.spreadsheet.namedRanges().AS_OF?.split("!")[1] ?? "B2";
  ss.getSheetByName("Dashboard")?.getRange(asOf).setValue("2026-04-30");
  const report = ss.insertSheet("Team report");
  report.getRange(1, 1, REPORT.length, 1).setFormulas(REPORT);
  report.insertChart(report.newChart().addRange(log.getRange("C1:C100")).setPosition(1, 3, 0, 0).build());
  expect(a.call("kpiRecordReview", { note: "focus on appointments" }).ok).toBe(true);
  const ids = Object.fromEntries(OUR_SHEETS.map((n) => [n, a.fake.spreadsheet.sheet(n).sheetId]));
  a.fake.log.reset();
  return { ...a, plan, ids };
}

export const reportValues = (a: ReturnType<typeof addon>) =>
  (a.fake.spreadsheet.sheetValues("Team report", `A1:A${REPORT.length}`) as unknown[][]).map((r) => r[0]);

/** Everything a person sees in the workbook: sheets in order, values, formulas, names, rules, charts. */
export function snapshot(a: ReturnType<typeof addon>) {
  const s = a.fake.spreadsheet;
  return {
    sheets: s.sheetNames().map((name) => ({
      name,
      id: s.sheet(name).sheetId,
      hidden: s.sheet(name).hidden,
      values: s.sheetDisplayValues(name),
      formulas: s.sheetFormulas(name),
      validations: s.validations(name),
      rules: s.conditionalRules(name),
      charts: s.charts(name).map((c) => ({ ...c, id: null })),
      protections: s.protections(name),
    })),
    names: s.namedRanges(),
  };
}
