// The KGI by working day under Trends and the chance of reaching the KGI read from it (daily-kgi.ts),
// computed in HyperFormula against a hand tally: working days by WORKDAY.INTL around a weekend and a
// holiday, an entry on a day off counted on the next working day, nothing after the as-of date; and
// each branch of the chance, the t-distribution's tail from its closed form for 4 degrees of freedom.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { planColumns } from "../../src/workbook/actuals-columns";
import { dailyKgiBlock, hitProbabilityFormula } from "../../src/workbook/daily-kgi";
import { SheetBuilder } from "../../src/workbook/grid";
import { logRefs } from "../../src/workbook/log-refs";
import { samplePlan } from "../fixtures/plans";
import { sheetsConfig } from "../support/hyperformula";
import { cellContent } from "../support/spec-engine";

// 2026-04-01 (Wed) to 04-10 (Fri), Monday to Friday, 04-06 (Mon) a holiday typed on Assumptions:
// working days 04-01, 02, 03, 07, 08, 09, 10 (seven); eight weekdays, so eight rows.
const plan = samplePlan();
plan.period = { start: "2026-04-01", end: "2026-04-10", granularity: "week" };
plan.calendar = { workdays: [1, 2, 3, 4, 5] };

const ENTRIES: [string, number][] = [
  ["DATE(2026,4,1)", 100],
  ["DATE(2026,4,3)", 60],
  ["DATE(2026,4,4)", 50], // Saturday: counts on 04-07
  ["DATE(2026,4,6)", 30], // the holiday: counts on 04-07
  ["DATE(2026,4,7)", 20],
  ["DATE(2026,4,9)+TIME(18,0,0)", 40],
  ["DATE(2026,4,10)", 70], // after the as-of date
];

function series(asOf: string) {
  const columns = planColumns(plan);
  const s = new SheetBuilder("trends", "Trends");
  const layout = dailyKgiBlock(s, plan, logRefs("Actuals", columns));
  const rows = ENTRIES.map(([date, kgi]) =>
    columns.map((c) =>
      c.key === "date" ? `=${date}` : c.key === "kgi" ? kgi : c.key === "rep" ? "Alice" : null,
    ),
  );
  const hf = HyperFormula.buildFromSheets(
    {
      Trends: s.cells.map((line) => line.map(cellContent)),
      Actuals: [columns.map((c) => c.header), ...rows],
      Assumptions: [["=DATE(2026,4,6)"]],
      Calc: [[`=${hitProbabilityFormula(layout.values, "500")}`]],
    },
    sheetsConfig,
  );
  const names = {
    PERIOD_START: "=DATE(2026,4,1)",
    PERIOD_END: "=DATE(2026,4,10)",
    AS_OF: `=${asOf}`,
    WEEKEND_MASK: '="0000011"',
    HOLIDAYS: "=Assumptions!$A$1:$A$1",
    DAYS_REMAINING: "=2",
  };
  for (const [name, value] of Object.entries(names)) hf.addNamedExpression(name, value);
  const sheet = hf.getSheetId("Trends") as number;
  const first = 2;
  const day = (v: unknown) =>
    typeof v === "number" ? new Date((v - 25569) * 86_400_000).toISOString().slice(5, 10) : v;
  return {
    rows: Array.from({ length: s.cells.length - first }, (_, i) => [
      day(hf.getCellValue({ sheet, row: first + i, col: 0 })),
      hf.getCellValue({ sheet, row: first + i, col: 1 }),
    ]),
    values: layout.values,
    chance: hf.getCellValue({ sheet: hf.getSheetId("Calc") as number, row: 0, col: 0 }),
  };
}

describe("the KGI by working day", () => {
  it("a row per working day; a day off's entries on the next working day; blank after as-of", () => {
    const { rows, values } = series("DATE(2026,4,9)");
    expect(rows).toEqual([
      ["04-01", 100],
      ["04-02", 0],
      ["04-03", 60],
      // 04-04 (Sat) 50 + 04-06 (the holiday) 30 + 04-07 20.
      ["04-07", 100],
      ["04-08", 0],
      ["04-09", 40],
      ["04-10", ""],
      // The eighth weekday's row: the holiday took a day, so nothing is left.
      ["", ""],
    ]);
    expect(values).toBe("'Trends'!$B$3:$B$10");
  });
});

/** P(T > t) for Student's t with 4 degrees of freedom, in closed form (no incomplete beta). */
function tail4(t: number): number {
  const u = t / Math.sqrt(1 + (t * t) / 4);
  return 1 - (0.5 + (3 / 8) * u * (1 - ((1 / 12) * (t * t)) / (1 + (t * t) / 4)));
}

describe("the chance of reaching the KGI", () => {
  it("from five working days: a projection with a t-distribution's tail", () => {
    // As of 04-08: 100, 0, 60, 100, 0. Sum 260, mean 52; squares of the deviations 2304 + 2704 + 64 +
    // 2304 + 2704 = 10080, ÷ 4 = 2520, s = √2520. Two days remain: projected 260 + 2 × 52 = 364;
    // t = (500 − 364) ÷ (s × √(2 + 4/5)).
    const t = 136 / (Math.sqrt(2520) * Math.sqrt(2.8));
    expect(t).toBeCloseTo(1.61904, 4);
    expect(series("DATE(2026,4,8)").chance).toBeCloseTo(tail4(t), 9);
  });

  it("blank before five working days", () => {
    expect(series("DATE(2026,4,7)").chance).toBe("");
  });
});

/** The chance over typed values (A1:A6 of a sheet), `remaining` working days left. */
function chance(values: (number | null)[], target: number, remaining: number): unknown {
  const hf = HyperFormula.buildFromSheets(
    { Days: values.map((v) => [v]), Calc: [[`=${hitProbabilityFormula("Days!$A$1:$A$6", String(target))}`]] },
    sheetsConfig,
  );
  hf.addNamedExpression("DAYS_REMAINING", `=${remaining}`);
  return hf.getCellValue({ sheet: hf.getSheetId("Calc") as number, row: 0, col: 0 });
}

describe("the chance's other branches", () => {
  it("1 once the days' sum reaches the target, however few the days", () => {
    expect(chance([300, 200, null, null, null, null], 500, 10)).toBe(1);
    expect(chance([300, 199, null, null, null, null], 500, 10)).toBe("");
  });

  it("0 with no working day left and the target not reached", () => {
    expect(chance([10, 20, 30, 40, 50, null], 500, 0)).toBe(0);
  });

  it("every day the same: the projection decides, exactly", () => {
    // 50 a day for 5 days = 250; 5 more days project 500: reached. 4 more project 450: not.
    expect(chance([50, 50, 50, 50, 50, null], 500, 5)).toBe(1);
    expect(chance([50, 50, 50, 50, 50, null], 500, 4)).toBe(0);
  });
});
