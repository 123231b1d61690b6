// The hidden data sheet (meta.ts): what it stores, read back as it was written — a plan too long for
// one cell split over rows and joined again, the sheets, the Actuals columns, our named ranges and a
// connected source — and reading it tolerantly: rows a user broke or added are ignored, never thrown.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { actualsColumnKeys, META_FORMAT, metaCells, PLAN_CHUNK, readMeta } from "../../src/workbook/meta";
import type { ConnectedSource } from "../../src/workbook/source";
import type { CellSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";

/** The cells' values, as a reader gets them back from the sheet. */
const values = (cells: CellSpec[][]) => cells.map((r) => r.map((c) => c.value ?? null));

describe("metaCells and readMeta", () => {
  it("writes a warning, the format, the columns, names, sheets and plan, and reads them back", () => {
    const plan = samplePlan();
    const cells = metaCells(
      plan,
      { dashboard: "Dashboard", actuals: "Actuals" },
      [
        { key: "date", header: "Date" },
        { key: "stage:new_biz.calls", header: "Calls" },
      ],
      ["ACT_DATE", "KGI_TARGET"],
    );
    expect(values(cells)).toEqual([
      ["Data KPI Designer uses. Please do not edit."],
      ["format", META_FORMAT],
      ["actualsColumns", "date", "stage:new_biz.calls"],
      ["actualsHeaders", "Date", "Calls"],
      ["namedRanges", "ACT_DATE", "KGI_TARGET"],
      ["sheet:dashboard", "Dashboard"],
      ["sheet:actuals", "Actuals"],
      ["plan", JSON.stringify(plan)],
    ]);
    expect(cells[0]?.[0]?.style).toBe("note");
    expect(readMeta(values(cells))).toEqual({
      sheets: { dashboard: "Dashboard", actuals: "Actuals" },
      actualsKeys: ["date", "stage:new_biz.calls"],
      actualsHeaders: ["Date", "Calls"],
      namedRanges: ["ACT_DATE", "KGI_TARGET"],
      plan,
      source: null,
    });
  });

  it("splits a long plan over rows of at most 30,000 characters and joins them again", () => {
    const plan: Plan = samplePlan();
    plan.kfs = Array.from({ length: 700 }, (_, i) => ({ name: `Keep call list ${i} clean and current` }));
    const json = JSON.stringify(plan);
    expect(json.length).toBeGreaterThan(PLAN_CHUNK); // about 31,000 characters
    const cells = metaCells(plan, {}, [], []);
    const parts = values(cells).filter((r) => r[0] === "plan");
    expect(parts).toHaveLength(2);
    expect(String(parts[0]?.[1]).length).toBe(30_000);
    expect(parts.map((r) => r[1]).join("")).toBe(json);
    expect(readMeta(values(cells)).plan).toEqual(plan);
  });

  it("stores a connected source and reads what was stored", () => {
    const source: ConnectedSource = {
      sheetName: "Form responses 1",
      columns: ["date", "rep"],
      counts: "add",
      mapping: { date: "Timestamp", rep: "Name" },
    };
    const cells = metaCells(samplePlan(), {}, [], [], source);
    const row = values(cells).at(-1);
    expect(row?.[0]).toBe("source");
    expect(readMeta(values(cells)).source).toEqual({
      sheet: "Form responses 1",
      counts: "add",
      columns: { date: "Timestamp", rep: "Name" },
    });
  });

  it("reads a sheet someone edited without throwing: broken JSON is no plan, blanks are no names", () => {
    const meta = readMeta([
      [null],
      ["notes typed by hand", "x"],
      ["namedRanges", "ACT_DATE", "", null, "KGI_TARGET"],
      ["actualsColumns", "date", null, 3],
      ["sheet:trends"],
      ["plan", '{"version":1,'],
      ["source", "not json"],
    ]);
    expect(meta).toEqual({
      sheets: { trends: "" },
      actualsKeys: ["date", "", "3"],
      actualsHeaders: [],
      namedRanges: ["ACT_DATE", "KGI_TARGET"],
      plan: null,
      source: null,
    });
    expect(readMeta([])).toEqual({
      sheets: {},
      actualsKeys: [],
      actualsHeaders: [],
      namedRanges: [],
      plan: null,
      source: null,
    });
  });
});

describe("actualsColumnKeys: edges", () => {
  const meta = {
    sheets: {},
    actualsKeys: ["date", "rep", "archived:stage:s.calls", "notes"],
    actualsHeaders: ["Date", "Rep", "Calls", "Notes"],
    namedRanges: [],
    plan: null,
  };

  it("an archived column is found by the range name it had while live; a name outside the header is ignored", () => {
    const named = new Map([
      ["ACT_S_CALLS", 0],
      ["ACT_DATE", 9], // past the header
      ["ACT_REP", -1],
    ]);
    expect(actualsColumnKeys(["Dials", "Date", "Rep", "Notes"], meta, named)).toEqual([
      "archived:stage:s.calls",
      "date",
      "rep",
      "notes",
    ]);
  });

  it("a header found twice is claimed once; a key already placed by name is not placed again", () => {
    expect(actualsColumnKeys(["Date", "Date", "Rep", "Notes"], meta)).toEqual(["date", null, "rep", "notes"]);
    // Date moved to the end by hand: the blank where it was is not Date's as well.
    expect(actualsColumnKeys(["", "Rep", "Calls", "Date"], meta)).toEqual([
      null,
      "rep",
      "archived:stage:s.calls",
      "date",
    ]);
    const named = new Map([["ACT_NOTES", 0]]);
    expect(actualsColumnKeys(["Notes", "Rep", "", "Date"], meta, named)).toEqual([
      "notes",
      "rep",
      "archived:stage:s.calls",
      "date",
    ]);
  });

  it("a header whose column another key holds is passed over for the next with that header", () => {
    // Rep's named range now points at column A, headed "Date"; Date's own column is the second "Date".
    expect(actualsColumnKeys(["Date", "Rep", "Date", "Notes"], meta, new Map([["ACT_REP", 0]]))).toEqual([
      "rep",
      null,
      "date",
      "notes",
    ]);
  });

  it("with no headers stored (data from before they were), by position", () => {
    const old = { ...meta, actualsKeys: ["date", "rep"], actualsHeaders: [] };
    expect(actualsColumnKeys(["When", "Who"], old)).toEqual(["date", "rep"]);
  });
});
