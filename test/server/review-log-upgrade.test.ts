// A Review Log of before the action columns (its first seven columns only), regenerated: the five
// action columns come after the seven, where the team's own columns were: by one insert of five
// before the team's column when there is one, and when the log ends at the seven by adding five
// columns at its end (nothing to move). The new columns take our widths; the team's columns keep the widths the team gave them.
// Through dist/Code.js over the Apps Script fakes.
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/workbook/build";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

const ACTION_HEADERS = ["Actions / notes", "Owner", "Before", "After", "Change", "Metric id"];

/** A Review Log cut back to its first seven columns, a review recorded, then `teamColumn` or not. */
function oldLog(teamColumn: boolean) {
  const a = addon({ locale: "en" });
  const plan = samplePlan();
  expect(a.call("kpiGenerate", plan).ok).toBe(true);
  const log = a.fake.globals.SpreadsheetApp.getActive().getSheetByName("Review Log");
  if (!log) throw new Error("no Review Log");
  log.deleteColumns(8, log.getMaxColumns() - 7);
  expect(a.call("kpiRecordReview", { note: "old" }).ok).toBe(true);
  if (teamColumn) {
    log.insertColumnsAfter(7, 1);
    a.fake.spreadsheet.write("Review Log", "H1", [["Follow-up"]]);
    a.fake.spreadsheet.write("Review Log", "H2", [["call Sato"]]);
    log.setColumnWidth(8, 250);
  }
  // The team widened the date column.
  log.setColumnWidth(1, 333);
  const seven = (a.fake.spreadsheet.sheetValues("Review Log") as unknown[][]).map((r) => r.slice(0, 7));
  return { a, plan, log, seven };
}

describe("a Review Log of seven columns, regenerated", () => {
  it.each([
    { team: false, inserts: 0, grows: 1, width: 12 },
    { team: true, inserts: 1, grows: 0, width: 13 },
  ])(
    "gains the action columns after the seven (team's column: $team, inserts: $inserts)",
    ({ team, inserts, grows, width }) => {
      const { a, plan, log, seven } = oldLog(team);
      a.fake.log.reset();
      const r = a.call("kpiGenerate", plan);
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      expect(a.fake.log.count("Sheet.insertColumnsBefore")).toBe(inserts);
      expect(a.fake.log.count("Sheet.insertColumnsAfter")).toBe(grows);
      expect(log.getMaxColumns()).toBe(width);
      const values = a.fake.spreadsheet.sheetValues("Review Log") as unknown[][];
      const header = values[0] ?? [];
      expect(values.map((row) => row.slice(0, 7))).toEqual(seven);
      expect(header.slice(6, 12)).toEqual(ACTION_HEADERS);
      expect(seven.length).toBeGreaterThan(2);
      for (const row of values.slice(1)) expect(row.slice(7, 12)).toEqual(["", "", "", "", ""]);
      if (team) {
        expect(header[12]).toBe("Follow-up");
        expect(values[1]?.[12]).toBe("call Sato");
        expect(log.getColumnWidth(13)).toBe(250);
      }
      // Widths: ours for the five new columns (H–L), the team's for the date column.
      const spec = buildWorkbook(plan, { foreignSheetNames: [] }).sheets.find((s) => s.key === "review");
      const ours = spec?.columnWidths.slice(7, 12) ?? [];
      expect(ours).toHaveLength(5);
      expect(ours.some((w) => w !== 100)).toBe(true);
      expect([8, 9, 10, 11, 12].map((c) => log.getColumnWidth(c))).toEqual(ours);
      expect(log.getColumnWidth(1)).toBe(333);
    },
  );
});
