// Which column of a user's Actuals holds which id: names first, then the header it was written with,
// then its position — but never a position where another header stands now.
import { describe, expect, it } from "vitest";
import { actualsColumnKeys, type WorkbookMeta } from "../../src/workbook/meta";

const meta: WorkbookMeta = {
  sheets: {},
  actualsKeys: ["date", "rep", "stage:s.calls", "notes"],
  actualsHeaders: ["Date", "Rep", "Calls", "Notes"],
  namedRanges: [],
  plan: null,
};

describe("actualsColumnKeys", () => {
  it("follows the named ranges wherever the columns went", () => {
    const named = new Map([
      ["ACT_DATE", 1],
      ["ACT_REP", 2],
      ["ACT_S_CALLS", 3],
      ["ACT_NOTES", 4],
    ]);
    expect(actualsColumnKeys(["Region", "Date", "Rep", "Dials", "Notes"], meta, named)).toEqual([
      null,
      "date",
      "rep",
      "stage:s.calls",
      "notes",
    ]);
  });

  it("falls back to the header, then to a position whose header is blank or unchanged", () => {
    expect(actualsColumnKeys(["Rep", "Date", "", "Notes"], meta)).toEqual([
      "rep",
      "date",
      "stage:s.calls",
      "notes",
    ]);
  });

  it("leaves the user's own column alone where a column of ours used to be", () => {
    // Notes deleted (its name now points nowhere) and "Region" typed in its place.
    expect(actualsColumnKeys(["Date", "Rep", "Calls", "Region"], meta)).toEqual([
      "date",
      "rep",
      "stage:s.calls",
      null,
    ]);
  });
});
