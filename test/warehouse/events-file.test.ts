// `status --events` reads a team's file as it comes (issue 20): Parquet as CSV, amounts with thousands
// separators, amounts that are not numbers (told, the events still counted), column names in another
// letter case, times that are not times (refused with what to write), events the plan does not have.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eventsLog } from "../../src/cli/events-log";
import type { LogValue } from "../../src/domain/status/log-entries";
import { tempDir } from "../cli/helpers";
import { samplePlan } from "../fixtures/plans";
import { duckdbRows } from "../support/duckdb";

async function file(name: string, text: string): Promise<string> {
  const path = join(await tempDir("kpi-events-file-"), name);
  await writeFile(path, text);
  return path;
}

const read = (path: string) => eventsLog(path, samplePlan(), { source: path, timeZone: "UTC" });

/** A row of the sample plan's log as read: date, rep, calls, appointments, meetings, deals, KGI. */
const cells = (r: readonly LogValue[]) =>
  r.map((v) =>
    v.kind === "blank" ? null : v.kind === "date" ? v.date : v.kind === "text" ? v.text : v.value,
  );

describe("status --events reads the file as it comes", () => {
  it("amounts: 1,200,000 is a number; a word is told and its event still counts", async () => {
    const path = await file(
      "events.csv",
      'event_time,rep,stream,stage,amount\n2026-04-01 10:00:00,Sato,new_biz,deals,"1,200,000"\n2026-04-01 11:00:00,Sato,new_biz,deals,tbd\n2026-04-01 12:00:00,Sato,new_biz,calls,\n',
    );
    const r = await read(path);
    if (!r.ok) throw new Error(r.why.en);
    // Two deals (one without its amount), one call; KGI 1,200,000.
    expect(r.log.rows.map(cells)).toEqual([["2026-04-01", "Sato", 1, 0, 0, 2, 1_200_000]]);
    expect(r.said.join("\n")).toContain(
      'Warning: 1 events have an amount that is not a number (such as "tbd"): counted, without their amount',
    );
  });

  it("a Parquet file reads as the same events in a CSV do; column names in any letter case", async () => {
    const csv = await file(
      "events.csv",
      "Event_Time,REP,Stream,Stage,Amount\n2026-04-02T23:30:00Z,Sato,new_biz,calls,\n2026-04-02T01:00:00Z,Suzuki,new_biz,deals,500\n",
    );
    const parquet = csv.replace(/\.csv$/, ".parquet");
    await duckdbRows(`SELECT 1`, [
      `COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`,
    ]);
    const fromCsv = await read(csv);
    const fromParquet = await read(parquet);
    if (!fromCsv.ok || !fromParquet.ok) throw new Error("not read");
    expect(fromCsv.log.rows.map(cells)).toEqual([
      ["2026-04-02", "Sato", 1, 0, 0, 0, null],
      ["2026-04-02", "Suzuki", 0, 0, 0, 1, 500],
    ]);
    expect(fromParquet.log.rows).toEqual(fromCsv.log.rows);
  });

  it("times that do not read as times are refused, saying what to write", async () => {
    const path = await file(
      "events.csv",
      "event_time,rep,stream,stage,amount\nyesterday,Sato,new_biz,calls,\n",
    );
    const r = await read(path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.why.en).toBe(
      `${path}: the column event_time does not read as timestamps (read as VARCHAR): write them as 2027-01-05 09:15:00, with an offset (+09:00) for instants`,
    );
    expect(r.why.ja).toContain("日時として読めません");
  });

  it("events of stages the plan does not have are counted on stderr, the most frequent first", async () => {
    const path = await file(
      "events.csv",
      "event_time,rep,stream,stage,amount\n2026-04-01 10:00:00,Sato,new_biz,demo,\n2026-04-01 11:00:00,Sato,new_biz,demo,\n2026-04-01 12:00:00,Sato,old_biz,calls,\n2026-04-01 13:00:00,Sato,new_biz,calls,\n2027-04-01 13:00:00,Sato,new_biz,demo,\n",
    );
    const r = await read(path);
    if (!r.ok) throw new Error(r.why.en);
    // The event after the period is not counted either, and not told: it is outside the plan's time.
    expect(r.said.join("\n")).toContain(
      "Warning: 3 events in the period match no stage or manual KPI of the plan, not counted: new_biz/demo (2), old_biz/calls (1)",
    );
  });
});
