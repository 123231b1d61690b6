// The Actuals sheet (actuals.ts), from the built spec: room for the log (at least 2,000 rows, half
// again its rows rounded up to a thousand), a named range over each live column's whole body, the date
// kept inside the period, the rep picked from the team, the number columns 0 or more (one rule per
// run of them, split by a column that is not ours), an archived column marked, the frozen panes.
import { describe, expect, it } from "vitest";
import { actualsCapacity, planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { samplePlan } from "../fixtures/plans";

describe("actualsCapacity", () => {
  it.each([
    [0, 2000],
    [1333, 2000], // 1,999.5 → 2,000
    [1334, 3000], // 2,001 → 3,000
    [10_000, 15_000],
  ])("%d rows → room for %d", (rows, room) => {
    expect(actualsCapacity(rows)).toBe(room);
  });
});

describe("the Actuals sheet", () => {
  /** The sample plan's log with the team's own Region column after Calls and a removed stage's column. */
  function built() {
    const plan = samplePlan();
    const ours = planColumns(plan).map((c) => ({ key: c.key as string | null, header: c.header }));
    const columns = [
      ...ours.slice(0, 3), // date, rep, calls
      { key: null, header: "Region" },
      { key: "stage:new_biz.demos", header: "Demos" },
      ...ours.slice(3),
    ];
    const row = columns.map((c) =>
      c.key === "date"
        ? "2026-04-10"
        : c.key === "rep"
          ? "Sato"
          : c.key === null
            ? "East"
            : c.key === "notes"
              ? null
              : 1,
    );
    const spec = buildWorkbook(plan, { existingActuals: { columns, rows: [row] } });
    const sheet = spec.sheets.find((s) => s.key === "actuals");
    if (!sheet) throw new Error("no Actuals");
    return { spec, sheet };
  }

  it("headers, an archived column marked, the row kept in place with its formats", () => {
    const { sheet } = built();
    const head = sheet.cells[0] ?? [];
    expect(head.map((c) => c?.value)).toEqual([
      "Date",
      "Rep",
      "Calls",
      "Region",
      "[archived] Demos",
      "Appointments",
      "Meetings",
      "Deals",
      "Annual revenue (JPY)",
      "Notes",
    ]);
    expect(head.map((c) => c?.style)).toEqual([
      "header",
      "header",
      "header",
      "header",
      "archived",
      "header",
      "header",
      "header",
      "header",
      "header",
    ]);
    expect(sheet.cells[1]?.slice(0, 4)).toEqual([
      { value: "2026-04-10", format: "date" },
      { value: "Sato" },
      { value: 1, format: "integer" },
      { value: "East" },
    ]);
    // An empty cell stays empty, without a format.
    expect(sheet.cells[1]?.[9] ?? null).toBeNull();
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([1, 2]);
    expect(sheet.columnWidths).toEqual([110, 130, 130, 130, 130, 130, 130, 130, 130, 280]);
    // Room for 2,000 rows below the header.
    expect(sheet.cells.length).toBe(2001);
    // Our formats by column; none for the team's column or the archived one.
    expect(sheet.log?.columnFormats).toEqual([
      "date",
      null,
      "integer",
      null,
      null,
      "integer",
      "integer",
      "integer",
      "currency",
      "text",
    ]);
  });

  it("each live column named over its body; the date, rep and numbers checked", () => {
    const { spec, sheet } = built();
    const body = (col: number, cols = 1) => ({ row: 1, col, rows: 2000, cols });
    const names = spec.namedRanges.filter((n) => n.sheet === "actuals");
    expect(names.find((n) => n.name === "ACT_DATE")?.rect).toEqual(body(0));
    expect(names.find((n) => n.name === "ACT_new_biz_appointments")?.rect).toEqual(body(5));
    expect(names.find((n) => n.name === "ACT_NOTES")?.rect).toEqual(body(9));
    // The archived stage keeps its name (no live column has it); the team's column has none.
    expect(names.find((n) => n.name === "ACT_new_biz_demos")?.rect).toEqual(body(4));
    expect(names.some((n) => n.rect.col === 3)).toBe(false);
    expect(sheet.validations.map((v) => [v.rule, v.rect])).toEqual([
      [{ kind: "dateBetween", from: "2026-04-01", to: "2027-03-31" }, body(0)],
      [{ kind: "listFromNamedRange", name: "TEAM_NAMES" }, body(1)],
      // Calls alone (Region and the archived Demos stand after it), then Appointments to the KGI.
      [{ kind: "numberAtLeast", min: 0 }, body(2)],
      [{ kind: "numberAtLeast", min: 0 }, body(5, 4)],
    ]);
    expect(sheet.validations.map((v) => v.help)).toEqual([
      "Enter a date within the plan's period",
      "Pick a rep of the team",
      "Enter a number, 0 or more",
      "Enter a number, 0 or more",
    ]);
  });

  it("says its checks in the plan's language", () => {
    const plan = samplePlan();
    plan.locale = "ja";
    const sheet = buildWorkbook(plan).sheets.find((s) => s.key === "actuals");
    expect(sheet?.validations.map((v) => v.help)).toEqual([
      "期間内の日付を入力してください",
      "チームの担当者名を選んでください",
      "0以上の数値を入力してください",
    ]);
  });
});
