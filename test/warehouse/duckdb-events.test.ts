// The events query run in DuckDB on events chosen at the rule's edges, each expected row worked out by
// hand below: local dates across midnight in Tokyo, the period's first day, stages by name, an amount
// on a call, a manual KPI averaged, events the plan does not have, weeks dated from the period's start.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { renderQuery } from "../../src/warehouse/dialects";
import { eventsQuery, type Grain } from "../../src/warehouse/events-query";
import { tempDir } from "../cli/helpers";
import { samplePlan } from "../fixtures/plans";
import { duckdbRows } from "../support/duckdb";

/** The sample plan (2026-04-01 … 2027-03-31; new_biz: calls, appointments, meetings, deals) and NPS. */
function plan(): Plan {
  const p = samplePlan();
  p.kpis.push({
    id: "nps",
    name: "NPS",
    tier: "outcome",
    direction: "higher",
    frequency: "monthly",
    source: { manual: true, target: 50, unit: "pt", aggregate: "average" },
  });
  return p;
}

// Instants (UTC). Tokyo is UTC+9: 15:00Z and later is the next day there.
const INSTANTS = `event_time,rep,stream,stage,amount
2026-03-31T15:30:00Z,Sato,new_biz,calls,
2026-03-31T14:59:00Z,Sato,new_biz,calls,
2026-04-01T10:00:00Z,Sato,New business,Calls,
2026-04-01T16:00:00Z,Sato,new_biz,deals,1500000
2026-04-01T01:00:00Z,"O'Brien; --",new_biz,calls,200
2026-04-01T02:00:00Z,"O'Brien; --",,nps,40
2026-04-01T03:00:00Z,"O'Brien; --",,nps,50
2026-04-01T04:00:00Z,"O'Brien; --",new_biz,demo,999
2026-04-01T05:00:00Z,"O'Brien; --",new_biz,nps,7
`;

const COLUMNS = [
  "ACT_DATE",
  "ACT_REP",
  "ACT_new_biz_calls",
  "ACT_new_biz_appointments",
  "ACT_new_biz_meetings",
  "ACT_new_biz_deals",
  "ACT_KGI",
  "ACT_KPI_nps",
];
const row = (...values: (string | number | null)[]) =>
  Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]]));

async function run(csv: string, grain: Grain, timeZone: string) {
  const dir = await tempDir("kpi-events-");
  const file = join(dir, "events.csv");
  await writeFile(file, csv);
  const q = eventsQuery(plan(), { source: file, grain, timeZone });
  return duckdbRows(renderQuery(q, "duckdb"));
}

describe("the events query in DuckDB, by hand", () => {
  it("per day in Tokyo: dates on Tokyo's clock, only the period's, stages by id or name", async () => {
    // Sato 04-01: 15:30Z on 03-31 is 00:30 on 04-01 in Tokyo (counted), 14:59Z is 23:59 on 03-31
    // (before the period), 10:00Z by the stream's and stage's names → calls 2, no amount.
    // O'Brien 04-01: a call with 200 (an amount on any stage event is KGI), NPS (40 + 50) ÷ 2 = 45;
    // "demo" is no stage of the plan and "nps" with a stream is no manual KPI's row: not counted.
    // Sato 04-02: the deal at 16:00Z is 01:00 on 04-02 in Tokyo, 1,500,000 of KGI.
    expect(await run(INSTANTS, "day", "Asia/Tokyo")).toEqual([
      row("2026-04-01", "O'Brien; --", 1, 0, 0, 0, 200, 45),
      row("2026-04-01", "Sato", 2, 0, 0, 0, null, null),
      row("2026-04-02", "Sato", 0, 0, 0, 1, 1500000, null),
    ]);
  });

  it("per day in UTC the same instants fall otherwise", async () => {
    // 15:30Z and 14:59Z on 03-31 are both before the period; the deal at 16:00Z stays on 04-01.
    expect(await run(INSTANTS, "day", "UTC")).toEqual([
      row("2026-04-01", "O'Brien; --", 1, 0, 0, 0, 200, 45),
      row("2026-04-01", "Sato", 1, 0, 0, 1, 1500000, null),
    ]);
  });

  it("per ISO week: a week begun before the period is dated the period's start", async () => {
    // 2026-04-01 is a Wednesday: its week's Monday, 03-30, is before the period, so 04-01; Sato's
    // two days become one row. 2026-04-06 (Monday) starts the next week.
    const later = `${INSTANTS}2026-04-06T00:00:00Z,Sato,new_biz,meetings,\n2026-04-05T14:59:00Z,Sato,new_biz,meetings,\n`;
    // 04-06 00:00Z is 09:00 Monday in Tokyo (the week of 04-06); 04-05 14:59Z is 23:59 Sunday 04-05.
    expect(await run(later, "week", "Asia/Tokyo")).toEqual([
      row("2026-04-01", "O'Brien; --", 1, 0, 0, 0, 200, 45),
      row("2026-04-01", "Sato", 2, 0, 1, 1, 1500000, null),
      row("2026-04-06", "Sato", 0, 0, 1, 0, null, null),
    ]);
  });

  it("a time without a zone is already local: its own date in any zone", async () => {
    const local = `event_time,rep,stream,stage,amount
2026-04-01 00:30:00,Sato,new_biz,calls,
2026-04-01 23:59:59,Sato,new_biz,deals,300
2026-03-31 23:59:59,Sato,new_biz,calls,
`;
    for (const zone of ["Asia/Tokyo", "America/Los_Angeles"])
      expect(await run(local, "day", zone)).toEqual([row("2026-04-01", "Sato", 1, 0, 0, 1, 300, null)]);
  });

  it("a manual KPI summed, and one whose column has no value that day, stays blank", async () => {
    const p = plan();
    p.kpis.push({
      id: "referrals",
      name: "Referrals",
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { manual: true, target: 10, aggregate: "sum" },
    });
    const dir = await tempDir("kpi-events-");
    const file = join(dir, "events.csv");
    await writeFile(
      file,
      "event_time,rep,stream,stage,amount\n2026-04-02 10:00:00,Sato,,referrals,2\n2026-04-02 11:00:00,Sato,,Referrals,3\n2026-04-02 12:00:00,Sato,,nps,\n",
    );
    const rows = await duckdbRows(renderQuery(eventsQuery(p, { source: file, timeZone: "UTC" }), "duckdb"));
    // By id and by name: 2 + 3 = 5; an NPS event with no amount gives no value (not 0).
    expect(rows).toEqual([{ ...row("2026-04-02", "Sato", 0, 0, 0, 0, null, null), ACT_KPI_referrals: 5 }]);
  });
});
