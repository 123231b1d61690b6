// One row of the Dashboard's KPI table (kpi-row.ts), computed in HyperFormula against BRIEF §3.3 worked
// by hand: target to date, achievement, pace, forecast, gap, run rate and the status word, for a
// running total and a level, more and less is better, on a lead-time schedule, before the first
// working day and before anything is entered.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { pick } from "../../src/domain/i18n";
import { SheetBuilder } from "../../src/workbook/grid";
import { type KpiRow, kpiRow, statusFormula } from "../../src/workbook/kpi-row";
import { L } from "../../src/workbook/labels";
import { sheetsConfig } from "../support/hyperformula";
import { cellContent } from "../support/spec-engine";

const t = (x: { ja: string; en: string }) => pick(x, "en");
const [ON_TRACK, WATCH, BEHIND] = [L.onTrack.en, L.watch.en, L.behind.en];

interface Days {
  elapsed: number;
  total: number;
}

/** The row's eleven cells computed, the KPI's actual typed into Inputs!A1 (blank when null). */
function computed(row: Partial<KpiRow>, actual: number | null, days: Days = { elapsed: 10, total: 20 }) {
  const s = new SheetBuilder("dashboard", "Dash");
  const r = kpiRow(
    s,
    {
      name: "KPI",
      tier: "activity",
      shape: "running",
      direction: "higher",
      target: "100",
      ...row,
      actual: "Inputs!A1",
      format: "integer",
    },
    statusFormula(t),
  );
  const hf = HyperFormula.buildFromSheets(
    {
      Dash: s.cells.map((line) => line.map(cellContent)),
      // An actual typed, or a cell left empty (a formula reading it sees "").
      Inputs: [[actual], [0.25]],
    },
    sheetsConfig,
  );
  const names: Record<string, number> = {
    DAYS_ELAPSED: days.elapsed,
    WORKDAYS_TOTAL: days.total,
    DAYS_REMAINING: days.total - days.elapsed,
    THRESHOLD_GOOD: 1,
    THRESHOLD_WARN: 0.8,
  };
  for (const [name, value] of Object.entries(names)) hf.addNamedExpression(name, `=${value}`);
  const sheet = hf.getSheetId("Dash") as number;
  const v = (col: number) => {
    const x = hf.getCellValue({ sheet, row: r, col });
    return typeof x === "number" ? Number(x.toPrecision(12)) : x;
  };
  return {
    target: v(2),
    toDate: v(3),
    actual: v(4),
    achievement: v(5),
    pace: v(6),
    forecast: v(7),
    gap: v(8),
    runRate: v(9),
    status: v(10),
  };
}

describe("a running total where more is better (10 of 20 working days gone, target 100)", () => {
  it("behind its schedule: 40 done of 50 due", () => {
    // to date 100 × 10 ÷ 20 = 50; achievement 40 ÷ 100; pace 40 ÷ 50; forecast 40 × 20 ÷ 10;
    // gap 100 − 40; run rate 60 ÷ 10 left; pace 0.8 is the watch threshold itself: Watch.
    expect(computed({}, 40)).toEqual({
      target: 100,
      toDate: 50,
      actual: 40,
      achievement: 0.4,
      pace: 0.8,
      forecast: 80,
      gap: 60,
      runRate: 6,
      status: WATCH,
    });
  });

  it("met before the end: nothing left to do a day", () => {
    // 120 of 100: achievement 1.2, pace 120 ÷ 50 = 2.4, forecast 240, gap 0 and so run rate 0.
    expect(computed({}, 120)).toMatchObject({
      achievement: 1.2,
      pace: 2.4,
      forecast: 240,
      gap: 0,
      runRate: 0,
      status: ON_TRACK,
    });
  });

  it("exactly on schedule is on track; just under the watch line is behind", () => {
    expect(computed({}, 50)).toMatchObject({ pace: 1, status: ON_TRACK });
    expect(computed({}, 39)).toMatchObject({ pace: 0.78, status: BEHIND });
  });

  it("before the first working day: nothing due yet, no pace or forecast to show", () => {
    expect(computed({}, 0, { elapsed: 0, total: 20 })).toMatchObject({
      toDate: 0,
      pace: "",
      forecast: "",
      status: "",
      gap: 100,
      // 100 over 20 days.
      runRate: 5,
    });
  });

  it("a period with no working days: nothing due (0, not an error)", () => {
    expect(computed({}, 0, { elapsed: 0, total: 0 })).toMatchObject({ toDate: 0, pace: "", runRate: "" });
  });

  it("on a lead-time schedule: a quarter due by now (Inputs!A2), whatever the days", () => {
    // to date 100 × 0.25 = 25; pace 20 ÷ 25 = 0.8.
    expect(computed({ dueShare: "Inputs!A2" }, 20)).toMatchObject({ toDate: 25, pace: 0.8, status: WATCH });
  });
});

describe("a running total where less is better (a limit of 100)", () => {
  it("60 used by the half: achievement 1 + (100 − 60) ÷ 100; against 50 due, 1 + (50 − 60) ÷ 50", () => {
    expect(computed({ direction: "lower" }, 60)).toEqual({
      target: 100,
      toDate: 50,
      actual: 60,
      achievement: 1.4,
      pace: 1.2,
      forecast: 120,
      // Under the limit: nothing over it; a limit has no run rate.
      gap: 0,
      runRate: null,
      status: WATCH,
    });
  });

  it("over the limit: the gap is what is over it", () => {
    expect(computed({ direction: "lower" }, 130)).toMatchObject({
      achievement: 0.7,
      gap: 30,
      status: BEHIND,
    });
  });
});

describe("a level (a rate of 30%)", () => {
  it("27% where more is better: achievement 0.9, the gap 3 points, no pace, forecast or run rate", () => {
    expect(computed({ shape: "level", target: "0.3" }, 0.27)).toEqual({
      target: 0.3,
      toDate: 0.3,
      actual: 0.27,
      achievement: 0.9,
      pace: null,
      forecast: null,
      gap: 0.03,
      runRate: null,
      status: WATCH,
    });
  });

  it("where less is better: 24% against at most 30% is 1 + 0.06 ÷ 0.3", () => {
    expect(computed({ shape: "level", target: "0.3", direction: "lower" }, 0.24)).toMatchObject({
      achievement: 1.2,
      gap: 0,
      status: ON_TRACK,
    });
  });

  it("stays blank until something is entered", () => {
    expect(computed({ shape: "level", target: "0.3" }, null)).toMatchObject({
      achievement: "",
      gap: "",
      status: "",
    });
  });
});
