// Which column of a user's Actuals holds which id: names first, then the header it was written with,
// then its position — but never a position where another header stands now. And the columns a plan
// asks for, each with the named range a reader finds it by.
import { describe, expect, it } from "vitest";
import type { Kpi } from "../../src/domain/plan";
import { actualsRangeName, planColumns } from "../../src/workbook/actuals-columns";
import { actualsColumnKeys, type WorkbookMeta } from "../../src/workbook/meta";
import { jaPlan, samplePlan } from "../fixtures/plans";

const meta: WorkbookMeta = {
  sheets: {},
  actualsKeys: ["date", "rep", "stage:s.calls", "notes"],
  actualsHeaders: ["Date", "Rep", "Calls", "Notes"],
  namedRanges: [],
  plan: null,
};

describe("actualsColumnKeys", () => {
  it("follows the named ranges wherever the columns went", () => {
    const named = new Map([
      ["ACT_DATE", 1],
      ["ACT_REP", 2],
      ["ACT_S_CALLS", 3],
      ["ACT_NOTES", 4],
    ]);
    expect(actualsColumnKeys(["Region", "Date", "Rep", "Dials", "Notes"], meta, named)).toEqual([
      null,
      "date",
      "rep",
      "stage:s.calls",
      "notes",
    ]);
  });

  it("falls back to the header, then to a position whose header is blank or unchanged", () => {
    expect(actualsColumnKeys(["Rep", "Date", "", "Notes"], meta)).toEqual([
      "rep",
      "date",
      "stage:s.calls",
      "notes",
    ]);
  });

  it("leaves the user's own column alone where a column of ours used to be", () => {
    // Notes deleted (its name now points nowhere) and "Region" typed in its place.
    expect(actualsColumnKeys(["Date", "Rep", "Calls", "Region"], meta)).toEqual([
      "date",
      "rep",
      "stage:s.calls",
      null,
    ]);
  });
});

describe("planColumns: the Actuals log a plan asks for", () => {
  const manual = (id: string, name: string, unit?: string): Kpi =>
    ({
      id,
      name,
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 1, aggregate: "average", ...(unit === undefined ? {} : { unit }) },
    }) as Kpi;

  it("date, rep, each stage, the KGI with its unit, the manual KPIs, notes — each with its named range", () => {
    const plan = samplePlan();
    plan.kpis.push(manual("csat", "CSAT", " % "), manual("nps", "NPS"), manual("mood", "Mood", "  "));
    // Written out by hand: the fixed columns' labels, a stage by its name, a manual KPI's unit (trimmed)
    // in brackets and no brackets without one; ranges ACT_<stream>_<stage>, ACT_KPI_<id>.
    expect(planColumns(plan)).toEqual([
      { key: "date", header: "Date", format: "date", rangeName: "ACT_DATE" },
      { key: "rep", header: "Rep", rangeName: "ACT_REP" },
      { key: "stage:new_biz.calls", header: "Calls", format: "integer", rangeName: "ACT_new_biz_calls" },
      {
        key: "stage:new_biz.appointments",
        header: "Appointments",
        format: "integer",
        rangeName: "ACT_new_biz_appointments",
      },
      {
        key: "stage:new_biz.meetings",
        header: "Meetings",
        format: "integer",
        rangeName: "ACT_new_biz_meetings",
      },
      { key: "stage:new_biz.deals", header: "Deals", format: "integer", rangeName: "ACT_new_biz_deals" },
      { key: "kgi", header: "Annual revenue (JPY)", format: "currency", rangeName: "ACT_KGI" },
      { key: "kpi:csat", header: "CSAT (%)", format: "percent", rangeName: "ACT_KPI_csat" },
      { key: "kpi:nps", header: "NPS", format: "decimal", rangeName: "ACT_KPI_nps" },
      { key: "kpi:mood", header: "Mood", format: "decimal", rangeName: "ACT_KPI_mood" },
      { key: "notes", header: "Notes", format: "text", rangeName: "ACT_NOTES" },
    ]);
  });

  it("in Japanese, the fixed columns' labels", () => {
    const headers = planColumns(jaPlan()).map((c) => c.header);
    expect([headers[0], headers[1], headers.at(-1)]).toEqual(["日付", "担当者", "メモ"]);
    expect(headers).toContain("年間売上 (円)");
  });
});

describe("actualsRangeName: a column's named range from its key alone", () => {
  it.each([
    ["date", "ACT_DATE"],
    ["rep", "ACT_REP"],
    ["kgi", "ACT_KGI"],
    ["notes", "ACT_NOTES"],
    ["kpi:nps", "ACT_KPI_nps"],
    ["stage:renewals.calls", "ACT_renewals_calls"],
    // The first "." splits stream from stage (ids have none).
    ["stage:a.b.c", "ACT_a_b.c"],
    // Not ours, or not a live column: no range.
    ["extra:3", undefined],
    ["archived:stage:a.b", undefined],
    ["stage:nodot", undefined],
    ["dates", undefined],
  ])("%s → %s", (key, name) => {
    expect(actualsRangeName(key)).toBe(name);
  });
});
