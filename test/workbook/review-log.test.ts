// The Review Log's layout: our twelve columns, old logs of seven that gain the action columns with
// the team's own columns moved right (never written), and action rows rebuilt from their values
// (export --update) with their effect formulas rendered again from the metric key and date; each
// cell's format (the Dashboard's for a KPI row, text for the team's columns); blank rows dropped.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { REVIEW_COL, reviewLogShape } from "../../src/workbook/review-log";
import type { SheetSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";

const OLD_HEADER = [
  "Review date",
  "KPI",
  "Plan to date",
  "Actual",
  "Achievement",
  "Bottleneck",
  "Actions / notes",
];
const NEW_HEADER = [...OLD_HEADER, "Owner", "Before", "After", "Change", "Metric id"];

const reviewSheet = (rows: CellValue[][], header?: CellValue[]): SheetSpec => {
  const spec = buildWorkbook(samplePlan(), { existingReviews: rows, existingReviewHeader: header ?? null });
  const s = spec.sheets.find((x) => x.key === "review");
  if (!s) throw new Error("no Review Log");
  return s;
};

describe("the Review Log's columns", () => {
  it("a new log: the seven columns of before, then owner, before, after, change and the metric id", () => {
    const s = reviewSheet([]);
    expect(s.cells[0]?.map((c) => c?.value)).toEqual(NEW_HEADER);
    // Before/after/change take each row's metric format: no column-wide one.
    expect(s.log?.columnFormats).toEqual([
      "date",
      "text",
      null,
      null,
      "percent",
      "text",
      "text",
      "text",
      null,
      null,
      null,
      "text",
    ]);
    expect(s.log?.insertedColumns).toEqual([]);
  });

  it("in Japanese", () => {
    const plan = samplePlan();
    plan.locale = "ja";
    const s = buildWorkbook(plan).sheets.find((x) => x.key === "review");
    expect(s?.cells[0]?.slice(7).map((c) => c?.value)).toEqual([
      "担当",
      "施策前",
      "施策後",
      "変化",
      "指標ID",
    ]);
  });
});

describe("an existing log's shape, from its header", () => {
  it("seven columns of before: ours are inserted after them (so their widths are set), nothing is the team's", () => {
    const shape = reviewLogShape(OLD_HEADER);
    expect(shape.insertedColumns).toEqual([7, 8, 9, 10, 11]);
    expect(shape.teamColumns).toEqual([]);
  });

  it("seven of before and a column of the team's: it moves right past ours, header kept, never written", () => {
    const shape = reviewLogShape([...OLD_HEADER, "Follow-up"]);
    expect(shape.insertedColumns).toEqual([7, 8, 9, 10, 11]);
    expect(shape.teamColumns).toEqual([12]);
    expect(shape.place(["2026-04-30", "Calls", 1, 2, 0.5, "", "note", "call Sato"])).toEqual([
      "2026-04-30",
      "Calls",
      1,
      2,
      0.5,
      "",
      "note",
      null,
      null,
      null,
      null,
      null,
      "call Sato",
    ]);
    const s = reviewSheet(
      [["2026-04-30", "Calls", 1, 2, 0.5, "", "note", "call Sato"]],
      [...OLD_HEADER, "Follow-up"],
    );
    expect(s.cells[0]?.[12]?.value).toBe("Follow-up");
    expect(s.cells[1]?.[12]?.value).toBe("call Sato");
    expect(s.log?.teamColumns).toEqual([12]);
    expect(s.log?.columnFormats[12]).toBeNull();
  });

  it("our twelve (in either language) and a team column after: nothing inserted, the team's stays at 12", () => {
    const ja = [
      "レビュー日",
      "KPI",
      "現時点の目標",
      "実績",
      "達成率",
      "ボトルネック",
      "改善アクション・メモ",
      "担当",
    ];
    for (const head of [
      [...NEW_HEADER, "Memo"],
      [...ja, "施策前", "施策後", "変化", "指標ID", "Memo"],
    ]) {
      const shape = reviewLogShape(head);
      expect(shape.insertedColumns).toEqual([]);
      expect(shape.teamColumns).toEqual([12]);
    }
  });

  it("no header (a log rebuilt from its rows): rows are taken as laid out now", () => {
    expect(reviewLogShape(null).insertedColumns).toEqual([]);
    expect(reviewLogShape(null).place([1, 2])).toEqual([1, 2]);
  });
});

describe("action rows rebuilt from their values", () => {
  const action = (text: string, key: string): CellValue[] => [
    "2026-04-30",
    "Calls → Appointments rate",
    null,
    null,
    null,
    "Calls",
    text,
    "Sato",
    0.05, // the values the formulas showed, as a rebuild from values reads them
    0.1,
    0.05,
    key,
  ];

  it("get their formulas again, reading their own date cell, in their metric's format", () => {
    const s = reviewSheet([
      action("Rework the script", "rate:new_biz.calls"),
      action("x", "stage:new_biz.calls"),
    ]);
    const row = s.cells[1] ?? [];
    expect(row[REVIEW_COL.before]?.formula).toMatch(/^IF\(\$A2="",""/);
    expect(row[REVIEW_COL.before]?.formula).toContain("EDATE($A2+1,-ACTION_WINDOW_PERIODS)");
    expect(row[REVIEW_COL.change]?.formula).toBe('IF(OR($I2="",$J2="",$A2=""),"",$J2-$I2)');
    expect([8, 9, 10].map((c) => row[c]?.format)).toEqual(["percent", "percent", "percent"]);
    // A count per working day: one decimal.
    expect([8, 9, 10].map((c) => s.cells[2]?.[c]?.format)).toEqual(["tenths", "tenths", "tenths"]);
    expect(s.cells[2]?.[REVIEW_COL.before]?.formula).toContain("NETWORKDAYS.INTL(");
  });

  it("keep typed text as text, a formula-looking action included", () => {
    const s = reviewSheet([action("=SUM(A1)", "rate:new_biz.calls")]);
    expect(s.cells[1]?.[REVIEW_COL.actions]).toEqual({ value: "=SUM(A1)", format: "text" });
    expect(s.cells[1]?.[REVIEW_COL.owner]).toEqual({ value: "Sato", format: "text" });
  });

  it("a metric the plan no longer has keeps the values it last showed", () => {
    const s = reviewSheet([action("x", "stage:new_biz.visits")]);
    expect(s.cells[1]?.[REVIEW_COL.before]).toEqual({ value: 0.05, format: "decimal" });
  });

  it("a KPI row's plan to date and actual take the Dashboard's formats for that KPI; empty cells stay empty", () => {
    // Calls on the Dashboard: to date a share of a count (one decimal), actual a count (whole).
    const s = reviewSheet([["2026-04-30", "Calls", 12.5, 10, 0.8, null, null]]);
    const row = s.cells[1] ?? [];
    expect([row[REVIEW_COL.toDate]?.format, row[REVIEW_COL.actual]?.format]).toEqual(["tenths", "integer"]);
    expect(row[REVIEW_COL.toDate]?.value).toBe(12.5);
    expect(row[REVIEW_COL.bottleneck]).toBeNull();
    // A KPI no longer on the Dashboard: decimals.
    const gone = reviewSheet([["2026-04-30", "Old KPI", 1.25, 1, 0.8]]).cells[1] ?? [];
    expect([gone[REVIEW_COL.toDate]?.format, gone[REVIEW_COL.actual]?.format]).toEqual([
      "decimal",
      "decimal",
    ]);
  });

  it("drops rows left blank, keeps the others in order", () => {
    const s = reviewSheet([
      ["2026-04-30", "Calls", 1, 2, 0.5],
      [null, "", null, "", null],
      ["2026-05-31", "Deals", 3, 4, 0.75],
    ]);
    expect(s.cells.slice(1).map((r) => r[REVIEW_COL.kpi]?.value)).toEqual(["Calls", "Deals"]);
  });
});

describe("the team's columns", () => {
  it("a team column's values are text; a team column without a header keeps none", () => {
    const s = reviewSheet(
      [[...["2026-04-30", "Calls", 1, 2, 0.5, "", "note"], "0.5", "=1+1"]],
      [...OLD_HEADER, "", "Mine"],
    );
    expect(s.cells[0]?.[12]).toBeNull();
    expect(s.cells[0]?.[13]).toEqual({ value: "Mine" });
    expect(s.cells[1]?.[12]).toEqual({ value: "0.5", format: "text" });
    expect(s.cells[1]?.[13]).toEqual({ value: "=1+1", format: "text" });
  });

  it("our header is ours with spaces around it", () => {
    const head = [...OLD_HEADER, " Owner ", "Before", "After", "Change", "Metric id", "Memo"];
    expect(reviewLogShape(head).insertedColumns).toEqual([]);
    expect(reviewLogShape(head).teamColumns).toEqual([12]);
  });
});
