// kpiTeamRates through dist/Code.js over the fake spreadsheet: the rates of the Actuals log as the
// team typed it, counted by hand, with their 90% Wilson intervals; the log read in one getValues
// whatever its length; a clear reason where there is no log.
import { describe, expect, it } from "vitest";
import type { StageHistory } from "../../src/domain/status/team-rates";
import { samplePlan } from "../fixtures/plans";
import { addon, plain } from "./support";

// Date, Rep, Calls, Appointments, Meetings, Deals, Annual revenue (JPY), Notes.
const LOG = [
  ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, ""],
  ["2026-04-02", "Sato", 40, 4, 2, 1, 1_000_000, ""],
  ["2026-04-03", "Suzuki", 50, 5, 2, 0, 0, ""],
  ["2026-04-06", "Takahashi", 60, 6, 3, 1, 1_000_000, ""],
  // Before the plan's period, by a rep who left: history all the same, the team's.
  ["2026-03-16", "Ito", 50, 5, 1, 0, 0, "last year's list"],
  // Text where a count goes: not counted, reported.
  ["2026-04-07", "Suzuki", "n/a", "", "", "", "", ""],
  // No date: not counted, reported.
  ["", "Sato", 10, 1, 0, 0, 0, ""],
];

function withLog(rows: unknown[][], locale: "en" | "ja" = "en") {
  const a = addon({ locale });
  const r = a.call("kpiGenerate", samplePlan());
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  const sheet = a.fake.globals.SpreadsheetApp.getActive().getSheetByName("Actuals");
  if (!sheet) throw new Error("no Actuals");
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, 8).setValues(rows);
  a.fake.log.reset();
  return a;
}

const stage = (list: StageHistory[] | undefined, id: string) =>
  list?.find((s) => s.stream === "new_biz" && s.stage === id);

describe("kpiTeamRates", () => {
  it("gives each stage's rate for the team with its 90% interval, counted by hand", () => {
    const a = withLog(LOG);
    const r = plain(a.call("kpiTeamRates"));
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    const v = r.value;
    // Six dated rows read; "n/a" and the undated row are the two cells not counted.
    expect(v.rows).toBe(6);
    expect(v.unreadable).toBe(2);
    expect(v.minCount).toBe(30);
    // Calls 40+40+50+60+50 = 240; appointments 4+4+5+6+5 = 24; meetings 2+2+2+3+1 = 10; deals 1+1+0+1+0 = 3.
    // Wilson 90% for 24 of 240, z = 1.6448536, z² = 2.7055435:
    //   centre = (24 + 1.3527718) ÷ 242.7055435 = 0.1044590;
    //   half = 1.6448536 × √(24 × 216 ÷ 240 + 0.6763859) ÷ 242.7055435 = 1.6448536 × 4.7197866 ÷ 242.7055435 = 0.0319867;
    //   low = 0.0724722, high = 0.1364457.
    const calls = stage(v.team, "calls");
    expect(calls).toMatchObject({ next: "appointments", n: 240, rate: 0.1 });
    expect(calls?.low).toBeCloseTo(0.0724722, 6);
    expect(calls?.high).toBeCloseTo(0.1364457, 6);
    expect(stage(v.team, "appointments")).toMatchObject({ next: "meetings", n: 24, rate: 10 / 24 });
    expect(stage(v.team, "meetings")).toMatchObject({ next: "deals", n: 10, rate: 0.3 });
    expect(stage(v.team, "deals")).toBeUndefined(); // the last stage has no rate
  });

  it("and per rep: each rep's own rows only", () => {
    const v = plain(withLog(LOG).call("kpiTeamRates")).value;
    const rep = (name: string) => v.reps.find((x: { name: string }) => x.name === name)?.stages;
    expect(v.reps.map((x: { name: string }) => x.name)).toEqual(["Sato", "Suzuki", "Takahashi"]);
    expect(stage(rep("Sato"), "calls")).toMatchObject({ n: 80, rate: 0.1 });
    expect(stage(rep("Sato"), "meetings")).toMatchObject({ n: 4, rate: 0.5 });
    expect(stage(rep("Suzuki"), "calls")).toMatchObject({ n: 50, rate: 0.1 });
    expect(stage(rep("Suzuki"), "meetings")).toMatchObject({ n: 2, rate: 0 });
    expect(stage(rep("Takahashi"), "appointments")).toMatchObject({ n: 6, rate: 0.5 });
  });

  it("reads the log in one getValues, whatever its length, and writes nothing", () => {
    const count = (rows: unknown[][]) => {
      const a = withLog(rows);
      expect(plain(a.call("kpiTeamRates")).ok).toBe(true);
      return {
        getValues: a.fake.log.count("Range.getValues"),
        all: a.fake.log.count(),
        writes: a.fake.log.count(/^(Range|Sheet|Spreadsheet)\.(set|insert|delete|clear|append)/),
      };
    };
    const big = Array.from({ length: 50 }, () => LOG).flat();
    const small = count(LOG);
    expect(count(big)).toEqual(small);
    expect(small.writes).toBe(0);
    // The data sheet (the stored plan) and the log: one read each.
    expect(small.getValues).toBe(2);
    const v = plain(withLog(big).call("kpiTeamRates")).value;
    expect(stage(v.team, "calls")).toMatchObject({ n: 240 * 50, rate: 0.1 });
  });

  it("an empty log gives every stage with n = 0 and no rate", () => {
    const v = plain(withLog([]).call("kpiTeamRates")).value;
    expect(v.rows).toBe(0);
    expect(stage(v.team, "calls")).toMatchObject({ n: 0, rate: null, low: null, high: null });
  });

  it("says why in the user's language where no workbook was generated", () => {
    for (const [locale, words] of [
      ["ja", "実績シートがない"],
      ["en", "no KPI Designer Actuals log"],
    ] as const) {
      const r = plain(addon({ locale }).call("kpiTeamRates"));
      expect(r.ok).toBe(false);
      expect(r.error.code).toBe("no_log");
      expect(r.error.message).toContain(words);
    }
  });

  it("refuses arguments", () => {
    const r = plain(addon().call("kpiTeamRates", "x"));
    expect(r.error.code).toBe("invalid_arguments");
  });
});
