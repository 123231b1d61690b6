// What the sheets' sums, counts and averages read (log-refs.ts), computed in HyperFormula over a small
// Actuals log and a form's responses connected as a source, against a hand tally: which logs count
// ("add": both; "instead": the source alone), which entries count (dated from–to by day, numbers ≥ 0,
// at most a cap), a source that lacks the column asked for, and the rows a rep logged.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import type { ActualsColumn } from "../../src/workbook/actuals-columns";
import {
  acrossLogs,
  averageBetween,
  between,
  byColumns,
  countBetween,
  forRep,
  type LogRefs,
  type LogSource,
  logRefs,
} from "../../src/workbook/log-refs";
import { sheetsConfig } from "../support/hyperformula";

const CALLS = "stage:s.calls";
const columns: ActualsColumn[] = ["date", "rep", CALLS, "kgi", "notes"].map((key) => ({ key, header: key }));
const APRIL_1 = "DATE(2026,4,1)";
const APRIL_30 = "DATE(2026,4,30)";

// Actuals: date, rep, calls, KGI, notes.
const ACTUALS = [
  ["date", "rep", "calls", "kgi", "notes"],
  ["=DATE(2026,3,31)", "佐藤", 2, 20, "before the period"],
  ["=DATE(2026,4,1)", "佐藤", 10, 100, ""],
  ["=DATE(2026,4,15)", "鈴木", 5, 50, ""],
  ["=DATE(2026,4,30)", "佐藤", -3, 0, "a correction: not counted"],
  ["=DATE(2026,5,1)", "佐藤", 7, 70, "after"],
];
// A form's responses: a timestamp with a time of day, the rep, calls; no KGI question.
const FORM = [
  ["Timestamp", "Name", "Calls made"],
  ["=DATE(2026,4,10)+TIME(9,15,2)", "佐藤", 4],
  ["=DATE(2026,4,30)+TIME(23,59,0)", "鈴木", 6],
  ["=DATE(2026,5,1)+TIME(0,0,0)", "佐藤", 8],
];
const form = (counts: LogSource["counts"]): LogSource => ({
  sheetName: "Form responses 1",
  columns: ["date", "rep", CALLS],
  counts,
});

function value(formula: string): unknown {
  const hf = HyperFormula.buildFromSheets(
    { Actuals: ACTUALS, "Form responses 1": FORM, Calc: [[`=${formula}`]] },
    sheetsConfig,
  );
  return hf.getCellValue({ sheet: hf.getSheetId("Calc") as number, row: 0, col: 0 });
}

const logs: Record<string, LogRefs> = {
  "Actuals alone": logRefs("Actuals", columns),
  "a form added to Actuals": logRefs("Actuals", columns, form("add")),
  "a form instead of Actuals": logRefs("Actuals", columns, form("instead")),
};

describe("sums and counts over the logs that count", () => {
  // April's calls: Actuals 10 (04-01) + 5 (04-15); the −3 of 04-30 is no entry; 2 and 7 fall outside.
  // The form: 4 (04-10 09:15) + 6 (04-30 23:59, on its date); 8 is May's.
  it.each([
    ["Actuals alone", 15, 2, 150],
    ["a form added to Actuals", 25, 4, 150],
    ["a form instead of Actuals", 10, 2, 0],
  ])("%s: April's calls %d in %d entries, the KGI %d", (log, calls, entries, kgi) => {
    const refs = logs[log] as LogRefs;
    expect(value(between(refs, CALLS, APRIL_1, APRIL_30))).toBe(calls);
    expect(value(countBetween(refs, CALLS, APRIL_1, APRIL_30))).toBe(entries);
    // The form has no KGI: it adds nothing, and instead of Actuals leaves nothing (0, not an error).
    expect(value(between(refs, "kgi", APRIL_1, APRIL_30))).toBe(kgi);
  });

  it.each([
    ["Actuals alone", 10],
    ["a form added to Actuals", 14],
    ["a form instead of Actuals", 4],
  ])("%s: one rep's calls (佐藤: 10 on Actuals, 4 on the form)", (log, calls) => {
    const refs = logs[log] as LogRefs;
    const sato = '"佐藤"';
    const hf = HyperFormula.buildFromSheets(
      {
        Actuals: ACTUALS,
        "Form responses 1": FORM,
        Calc: [[sato.slice(1, -1), `=${between(refs, CALLS, APRIL_1, APRIL_30, forRep("A1"))}`]],
      },
      sheetsConfig,
    );
    expect(hf.getCellValue({ sheet: hf.getSheetId("Calc") as number, row: 0, col: 1 })).toBe(calls);
  });

  it("a single day counts every entry dated that day, whatever its time", () => {
    const added = logs["a form added to Actuals"] as LogRefs;
    // 04-30: Actuals' −3 (no entry) and the form's 6 at 23:59.
    expect(value(between(added, CALLS, APRIL_30, APRIL_30))).toBe(6);
    // 05-01: Actuals' 7 and the form's 8 at midnight.
    expect(value(between(added, CALLS, "DATE(2026,5,1)", "DATE(2026,5,1)"))).toBe(15);
  });
});

describe("averages over the logs that count", () => {
  it.each([
    // Entries 10 and 5 → 7.5; with the form's 4 and 6 → 25 ÷ 4; the form's alone → 5.
    // At most 5 each (an entry above what the metric can be is left out, one equal to it kept): 5;
    // 5 and 4; 4.
    ["Actuals alone", 7.5, 5],
    ["a form added to Actuals", 6.25, 4.5],
    ["a form instead of Actuals", 5, 4],
  ])("%s: the mean of April's entries %d; of those at most 5, %d", (log, mean, capped) => {
    const refs = logs[log] as LogRefs;
    expect(value(averageBetween(refs, CALLS, APRIL_1, APRIL_30))).toBe(mean);
    expect(value(averageBetween(refs, CALLS, APRIL_1, APRIL_30, 5))).toBe(capped);
  });

  it("is blank where nothing was entered", () => {
    for (const refs of Object.values(logs))
      expect(value(averageBetween(refs, CALLS, "DATE(2026,6,1)", "DATE(2026,6,30)"))).toBe("");
  });
});

describe("rows logged: every row of a rep, whatever it holds", () => {
  // 佐藤's rows: Actuals 03-31, 04-01, 04-30 (−3), 05-01 — four, April's two; the form 04-10 and
  // 05-01 — two, April's one (the 04-30 23:59 response is 鈴木's).
  it.each([
    ["Actuals alone", 4, 2],
    ["a form added to Actuals", 6, 3],
    ["a form instead of Actuals", 2, 1],
  ])("%s: 佐藤 logged %d rows, %d of them in April", (log, all, april) => {
    const refs = logs[log] as LogRefs;
    const rows = (from?: string, to?: string) =>
      acrossLogs(refs, { op: "rows", where: forRep("A1"), ...(from ? { from, to } : {}) });
    const hf = HyperFormula.buildFromSheets(
      {
        Actuals: ACTUALS,
        "Form responses 1": FORM,
        Calc: [["佐藤", `=${rows()}`, `=${rows(APRIL_1, APRIL_30)}`]],
      },
      sheetsConfig,
    );
    const calc = hf.getSheetId("Calc") as number;
    expect([1, 2].map((col) => hf.getCellValue({ sheet: calc, row: 0, col }))).toEqual([all, april]);
  });

  it("rows meeting every criterion: 佐藤's rows with 5 calls or more (10 on 04-01, 7 on 05-01)", () => {
    const refs = logs["Actuals alone"] as LogRefs;
    const q = acrossLogs(refs, { op: "rows", where: [...forRep("A1"), { key: CALLS, criterion: '">=5"' }] });
    const hf = HyperFormula.buildFromSheets({ Actuals: ACTUALS, Calc: [["佐藤", `=${q}`]] }, sheetsConfig);
    expect(hf.getCellValue({ sheet: hf.getSheetId("Calc") as number, row: 0, col: 1 })).toBe(2);
  });

  it("a log without a column the query needs answers nothing (null), one with them a query", () => {
    const has = (keys: string[]) => (key: string) => (keys.includes(key) ? `L!${key}` : null);
    const rep = forRep("A1");
    // Undated: the date column is not needed.
    expect(byColumns({ op: "rows", where: rep }, has(["rep"]))).not.toBeNull();
    expect(byColumns({ op: "sum", key: "x", where: [] }, has(["x"]))).not.toBeNull();
    // Dated: it is.
    expect(byColumns({ op: "rows", where: rep, from: APRIL_1 }, has(["rep"]))).toBeNull();
    expect(byColumns({ op: "sum", key: "x", where: [], from: APRIL_1 }, has(["x"]))).toBeNull();
    // The criteria's columns and the column summed.
    expect(byColumns({ op: "rows", where: rep }, has(["date"]))).toBeNull();
    expect(byColumns({ op: "count", key: "x", where: [] }, has(["date", "rep"]))).toBeNull();
  });
});
