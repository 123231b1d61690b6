// Round trips as the fakes count them (issue 21): Apps Script queues writes and sends them together;
// a read after a write waits for the queue. Sequences written by hand, each with its count.
import { describe, expect, it } from "vitest";
import { CallLog } from "../../src/local/apps-script";
import { callKind, roundTrips } from "../../src/local/apps-script/call-kinds";

describe("which calls read, write or stay in the script", () => {
  it.each([
    ["Sheet.getMaxRows", "read"],
    ["NamedRange.getName", "read"],
    ["Spreadsheet.getRangeByName", "read"],
    ["Sheet.getSheetId", "read"],
    ["Range.getValues", "read"],
    ["EmbeddedChart.getRanges", "read"],
    ["SpreadsheetApp.flush", "read"],
    ["Range.setValues", "write"],
    ["NamedRange.remove", "write"],
    ["Sheet.insertRowsAfter", "write"],
    ["Spreadsheet.insertSheet", "write"],
    ["Sheet.addDeveloperMetadata", "write"],
    ["Sheet.hideSheet", "write"],
    ["Spreadsheet.setActiveSheet", "write"],
    ["Range.clearDataValidations", "write"],
    ["Sheet.getRange", "local"],
    ["DataValidationBuilder.requireDateBetween", "local"],
    ["ConditionalFormatRuleBuilder.build", "local"],
    ["SpreadsheetApp.newDataValidation", "local"],
  ])("%s: %s", (name, kind) => {
    expect(callKind(name)).toBe(kind);
  });
});

describe("round trips", () => {
  it.each([
    ["nothing", [], 0],
    ["reads only", ["SpreadsheetApp.getActive", "Spreadsheet.getSheets", "Sheet.getMaxRows"], 1],
    ["writes only", ["Range.setValues", "Range.setBackgrounds"], 1],
    ["read, then writes", ["Sheet.getMaxRows", "Range.setValues", "Range.setBackgrounds"], 1],
    // The queue goes out before the read: one more; the read after it needs none.
    ["write, read, read", ["Range.setValues", "Sheet.getMaxRows", "Sheet.getSheetId"], 2],
    // Each name removed after reading the next one's name: a trip per pair.
    [
      "getName / remove three times",
      [
        "Spreadsheet.getNamedRanges",
        "NamedRange.getName",
        "NamedRange.remove",
        "NamedRange.getName",
        "NamedRange.remove",
        "NamedRange.getName",
        "NamedRange.remove",
      ],
      3,
    ],
    // A reference and a builder ask nothing of the server, between writes or not.
    ["getRange between writes", ["Range.setValues", "Sheet.getRange", "Range.setValues"], 1],
  ] as const)("%s: %i", (_what, calls, want) => {
    expect(roundTrips(calls)).toBe(want);
  });

  it("the call log counts the Spreadsheet service only", () => {
    const log = new CallLog();
    for (const name of [
      "Range.setValues",
      "Lock.releaseLock",
      "Session.getActiveUserLocale",
      "Sheet.getMaxRows",
    ])
      log.record(name);
    expect(log.spreadsheetRoundTrips()).toBe(2);
  });
});
