// How a sheet is written top to bottom (grid.ts): cells put anywhere pad the rows before them with
// empty cells, the next free row only moves down, an empty line still takes its row, and a finished
// sheet's rows are all as wide as its widest row or its column widths.
import { describe, expect, it } from "vitest";
import { formula, header, input, label, SheetBuilder, text } from "../../src/workbook/grid";

describe("SheetBuilder", () => {
  it("put pads with empty cells and moves the next free row below what it wrote", () => {
    const s = new SheetBuilder("dashboard", "Dash");
    s.put(2, 3, text("x"));
    expect(s.cells).toEqual([[], [], [null, null, null, { value: "x" }]]);
    expect(s.row).toBe(3);
    // Above the next free row: it stays.
    s.put(0, 1, text("y"));
    expect(s.cells[0]).toEqual([null, { value: "y" }]);
    expect(s.row).toBe(3);
  });

  it("line writes at the next free row (or a given one) and returns it; an empty line takes a row", () => {
    const s = new SheetBuilder("dashboard", "Dash");
    expect(s.line([text("a"), null, text("c")])).toBe(0);
    expect(s.line([])).toBe(1);
    expect(s.row).toBe(2);
    s.skip(2);
    expect(s.row).toBe(4);
    expect(s.line([text("b")], 1)).toBe(1);
    expect(s.row).toBe(4);
    expect(s.cells.map((r) => r.map((c) => c?.value ?? null))).toEqual([
      ["a", null, "c"],
      ["b"],
      [null],
      [null],
    ]);
  });

  it("finish pads every row to the widest row, or to the column widths when wider", () => {
    const s = new SheetBuilder("dashboard", "Dash");
    s.line([text("a")]);
    s.line([null, null, text("c")]);
    expect(s.finish().cells.map((r) => r.length)).toEqual([3, 3]);
    const w = new SheetBuilder("dashboard", "Dash");
    w.spec.columnWidths = [10, 10, 10, 10];
    w.line([text("a")]);
    expect(w.finish().cells[0]).toEqual([{ value: "a" }, null, null, null]);
    // An empty sheet is one column wide.
    const e = new SheetBuilder("dashboard", "Dash");
    e.skip();
    expect(e.finish().cells).toEqual([[null]]);
  });

  it("starts as an empty, visible sheet with nothing frozen", () => {
    const s = new SheetBuilder("reps", "Reps");
    expect(s.spec).toEqual({
      key: "reps",
      name: "Reps",
      cells: [],
      columnWidths: [],
      frozenRows: 0,
      frozenColumns: 0,
      validations: [],
      conditionalFormats: [],
      charts: [],
      protections: [],
      hidden: false,
    });
  });

  it("the cell makers: style, and a format only when given", () => {
    expect(text("t")).toEqual({ value: "t" });
    expect(text("t", "note")).toEqual({ value: "t", style: "note" });
    expect(label("l")).toEqual({ value: "l", style: "label" });
    expect(header("h")).toEqual({ value: "h", style: "header" });
    expect(input(3)).toEqual({ value: 3, style: "input" });
    expect(input(3, "percent")).toEqual({ value: 3, style: "input", format: "percent" });
    expect(formula("A1")).toEqual({ formula: "A1", style: "formula" });
    expect(formula("A1", "date")).toEqual({ formula: "A1", style: "formula", format: "date" });
  });
});
