// mergeActuals' edges (actuals-merge.ts), each by a small log written by hand: a second column claiming
// the same id, a live column our data did not know found by its named range, the empty column a
// stopped run left taken rather than another inserted, a retired KGI, new columns at the end, an
// archived header marked once, an archived column's name given up to a live column that now has it.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { type ExistingActuals, mergeActuals } from "../../src/workbook/actuals";
import { samplePlan } from "../fixtures/plans";

/** A plan of two stages, Calls → Deals: the log's columns are date, rep, calls, deals, kgi, notes. */
function small(): Plan {
  const plan = samplePlan();
  const stream = plan.streams[0] as Plan["streams"][number];
  stream.stages = [
    { id: "calls", name: "Calls", rate: 0.1 },
    { id: "deals", name: "Deals" },
  ];
  plan.kpis = [];
  return plan;
}
const C = "stage:new_biz.calls";
const D = "stage:new_biz.deals";
const log = (columns: [string | null, string][], rows: (string | number | null)[][]): ExistingActuals => ({
  columns: columns.map(([key, header]) => ({ key, header })),
  rows,
});
const keys = (m: ReturnType<typeof mergeActuals>) => m.columns.map((c) => c.key);

describe("mergeActuals: edges", () => {
  it("a second column claiming an id is kept, archived; the first stays live", () => {
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [C, "Calls (copy)"],
          [D, "Deals"],
          ["kgi", "Revenue"],
          ["notes", "Notes"],
        ],
        [["2026-04-10", "Sato", 5, 6, 1, 100, "x"]],
      ),
    );
    expect(keys(m)).toEqual(["date", "rep", C, `archived:${C}`, D, "kgi", "notes"]);
    expect(m.columns[3]?.header).toBe("[archived] Calls (copy)");
    expect(m.rows[0]?.slice(2, 4)).toEqual([5, 6]);
    expect(m.insertedColumns).toEqual([]);
  });

  it("a column our data did not know is found by its named range; the empty one a stopped run left is taken", () => {
    // Deals' column exists (named ACT_new_biz_deals) but the stored keys lost it; the KGI's column was
    // inserted (empty, headerless) before the run stopped.
    const m = mergeActuals(small(), {
      ...log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [null, "Deals"],
          [null, ""],
          ["notes", "Notes"],
        ],
        [["2026-04-10", "Sato", 5, 1, null, "x"]],
      ),
      named: new Map([["ACT_NEW_BIZ_DEALS", 3]]),
    });
    expect(keys(m)).toEqual(["date", "rep", C, D, "kgi", "notes"]);
    expect(m.rows[0]).toEqual(["2026-04-10", "Sato", 5, 1, null, "x"]);
    expect(m.insertedColumns).toEqual([]);
    expect(m.teamColumns).toEqual([]);
  });

  it("a headerless column with something typed in is the team's: the new column goes in beside it", () => {
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [D, "Deals"],
          [null, ""],
          ["notes", "Notes"],
        ],
        [["2026-04-10", "Sato", 5, 1, "kept", "x"]],
      ),
    );
    expect(keys(m)).toEqual(["date", "rep", C, D, "kgi", "extra:4", "notes"]);
    expect(m.insertedColumns).toEqual([4]);
    expect(m.teamColumns).toEqual([5]);
    expect(m.rows[0]).toEqual(["2026-04-10", "Sato", 5, 1, null, "kept", "x"]);
  });

  it("new columns right of every column when asked (a file's formulas keep their columns)", () => {
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          ["notes", "Notes"],
        ],
        [["2026-04-10", "Sato", "x"]],
      ),
      { newColumnsAtEnd: true },
    );
    expect(keys(m)).toEqual(["date", "rep", "notes", C, D, "kgi"]);
    expect(m.insertedColumns).toEqual([3, 4, 5]);
  });

  it("a retired KGI: its column archived under a fresh old-KGI key, a new KGI column added", () => {
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [D, "Deals"],
          ["kgi", "Revenue (JPY)"],
          ["archived:old-kgi:1", "[archived] Deals won"],
          ["notes", "Notes"],
        ],
        [["2026-04-10", "Sato", 5, 1, 100, 2, "x"]],
      ),
      { retireKgi: true },
    );
    expect(keys(m)).toEqual([
      "date",
      "rep",
      C,
      D,
      "kgi",
      "archived:old-kgi:2",
      "archived:old-kgi:1",
      "notes",
    ]);
    // Marked once, however often archived.
    expect(m.columns.map((c) => c.header).slice(5, 7)).toEqual([
      "[archived] Revenue (JPY)",
      "[archived] Deals won",
    ]);
    expect(m.rows[0]).toEqual(["2026-04-10", "Sato", 5, 1, null, 100, 2, "x"]);
  });

  it("an archived column keeps its named range unless a live column has that name now", () => {
    // A stage removed (Meetings), and a stage whose name an archived column had (Deals, archived by a
    // run before and now back in the plan as live).
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          ["stage:new_biz.meetings", "Meetings"],
          [D, "Deals"],
          [`archived:${D}`, "[archived] Deals"],
          ["kgi", "Revenue"],
          ["notes", "Notes"],
        ],
        [],
      ),
    );
    const named = (k: string) => m.columns.find((c) => c.key === k)?.rangeName;
    expect(named("archived:stage:new_biz.meetings")).toBe("ACT_new_biz_meetings");
    expect(named(D)).toBe("ACT_new_biz_deals");
    expect(named(`archived:${D}`)).toBeUndefined();
    // Nothing typed: no rows.
    expect(m.rows).toEqual([]);
  });

  it("without a log, the plan's columns and nothing else", () => {
    const m = mergeActuals(small(), null);
    expect(keys(m)).toEqual(["date", "rep", C, D, "kgi", "notes"]);
    expect([m.rows, m.insertedColumns, m.teamColumns]).toEqual([[], [], []]);
  });

  it("a column of the team's with a header, even empty, is never taken; nor one the data says is theirs", () => {
    const m = mergeActuals(small(), {
      ...log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          ["extra:3", "Deals?"], // the team's, as stored, though a range of ours points at it
          [null, "Region"],
          ["notes", "Notes"],
        ],
        [
          ["2026-04-10", "Sato", 5, 9, null, "x"],
          [null, "", null, null, null, ""], // a blank row: dropped
        ],
      ),
      named: new Map([["ACT_NEW_BIZ_DEALS", 3]]),
    });
    expect(keys(m)).toEqual(["date", "rep", C, D, "kgi", "extra:3", "extra:4", "notes"]);
    expect(m.insertedColumns).toEqual([3, 4]);
    expect(m.rows).toEqual([["2026-04-10", "Sato", 5, null, null, 9, null, "x"]]);
  });

  it("an empty column headed by spaces, in rows that stop short of it, is taken as headerless", () => {
    // Rows read from a file can end before the last columns: a cell not there is blank too.
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [D, "Deals"],
          [null, "  "],
        ],
        [["2026-04-10", "Sato", 5, 1]],
      ),
    );
    // The KGI takes column 4; Notes, missing, is added after it.
    expect(keys(m)).toEqual(["date", "rep", C, D, "kgi", "notes"]);
    expect(m.insertedColumns).toEqual([5]);
    expect(m.rows).toEqual([["2026-04-10", "Sato", 5, 1, null, null]]);
  });

  it("a headerless column typed in on one row of two is the team's all the same", () => {
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [D, "Deals"],
          [null, ""],
          ["notes", "Notes"],
        ],
        [
          ["2026-04-10", "Sato", 5, 1, null, "x"],
          ["2026-04-11", "Sato", 6, 0, "kept", ""],
        ],
      ),
    );
    expect(keys(m)).toEqual(["date", "rep", C, D, "kgi", "extra:4", "notes"]);
    expect(m.rows[1]).toEqual(["2026-04-11", "Sato", 6, 0, null, "kept", ""]);
  });

  it("missing columns: the date goes first, the rep right after the date, Notes last of all", () => {
    // A log of calls and deals only, with the team's Region at its end.
    const noDate = mergeActuals(
      small(),
      log(
        [
          ["rep", "Rep"],
          [C, "Calls"],
          [D, "Deals"],
          ["kgi", "Revenue"],
          [null, "Region"],
        ],
        [["Sato", 5, 1, 100, "East"]],
      ),
    );
    expect(keys(noDate)).toEqual(["date", "rep", C, D, "kgi", "extra:4", "notes"]);
    expect(noDate.insertedColumns).toEqual([0, 6]);
    const noRep = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          [C, "Calls"],
          [D, "Deals"],
          ["kgi", "Revenue"],
          ["notes", "Notes"],
        ],
        [["2026-04-10", 5, 1, 100, "x"]],
      ),
    );
    expect(keys(noRep)).toEqual(["date", "rep", C, D, "kgi", "notes"]);
    expect(noRep.insertedColumns).toEqual([1]);
    expect(noRep.rows).toEqual([["2026-04-10", null, 5, 1, 100, "x"]]);
  });

  it("an empty, headerless column the data says is the team's is never taken", () => {
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [D, "Deals"],
          ["extra:4", ""],
          ["notes", "Notes"],
        ],
        [["2026-04-10", "Sato", 5, 1, null, "x"]],
      ),
    );
    expect(keys(m)).toEqual(["date", "rep", C, D, "kgi", "extra:4", "notes"]);
    expect(m.insertedColumns).toEqual([4]);
  });

  it("a stage gone with a copy of its column: both archived under its id, the name on the first only", () => {
    // Calls had a copy (archived when it was made); now the plan drops Calls.
    const plan = small();
    (plan.streams[0] as Plan["streams"][number]).stages = [{ id: "deals", name: "Deals" }];
    const m = mergeActuals(
      plan,
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [`archived:${C}`, "[archived] Calls (copy)"],
          [D, "Deals"],
          ["kgi", "Revenue"],
          ["notes", "Notes"],
        ],
        [["2026-04-10", "Sato", 5, 6, 1, 100, "x"]],
      ),
    );
    expect(keys(m)).toEqual(["date", "rep", `archived:${C}`, `archived:${C}`, D, "kgi", "notes"]);
    expect(m.columns.slice(2, 4).map((c) => [c.header, c.rangeName])).toEqual([
      ["[archived] Calls", "ACT_new_biz_calls"],
      ["[archived] Calls (copy)", undefined],
    ]);
    expect(m.rows[0]).toEqual(["2026-04-10", "Sato", 5, 6, 1, 100, "x"]);
  });

  it("an empty column with a header stays the team's where the new KGI column goes", () => {
    const m = mergeActuals(
      small(),
      log(
        [
          ["date", "Date"],
          ["rep", "Rep"],
          [C, "Calls"],
          [D, "Deals"],
          [null, "Region"],
          ["notes", "Notes"],
        ],
        [["2026-04-10", "Sato", 5, 1, null, "x"]],
      ),
    );
    expect(keys(m)).toEqual(["date", "rep", C, D, "kgi", "extra:4", "notes"]);
    expect(m.insertedColumns).toEqual([4]);
  });
});
