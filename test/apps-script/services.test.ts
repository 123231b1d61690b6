import { describe, expect, it } from "vitest";
import { createAppsScriptGlobals, SPREADSHEET_SERVICE_CLASSES } from "../../src/local/apps-script";

describe("LockService: two executions over one document", () => {
  it("a lock held by one execution makes tryLock of another return false", () => {
    const fake = createAppsScriptGlobals();
    const first = fake.globals.LockService.getDocumentLock();
    const second = fake.newExecution().LockService.getDocumentLock();
    expect(first.tryLock(10_000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(10_000)).toBe(false);
    expect(second.hasLock()).toBe(false);
    expect(() => second.waitLock(10_000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(fake.spreadsheet.locks()).toEqual({ document: 1 });
    first.releaseLock();
    expect(second.tryLock(10_000)).toBe(true);
    expect(first.tryLock(0)).toBe(false);
  });

  it("locks are re-entrant within an execution, scoped, and released when the execution ends", () => {
    const fake = createAppsScriptGlobals();
    const other = fake.newExecution();
    const { LockService } = fake.globals;
    expect(LockService.getDocumentLock().tryLock(1)).toBe(true);
    expect(LockService.getDocumentLock().tryLock(1)).toBe(true);
    expect(other.LockService.getScriptLock().tryLock(1)).toBe(true); // another scope
    fake.endExecution(fake.globals);
    expect(other.LockService.getDocumentLock().tryLock(1)).toBe(true);
  });

  it("both executions see the same document", () => {
    const fake = createAppsScriptGlobals();
    const other = fake.newExecution();
    fake.globals.SpreadsheetApp.getActive().insertSheet("Made by one");
    expect(other.SpreadsheetApp.getActive().getSheetByName("Made by one")).not.toBeNull();
  });
});

describe("call counting", () => {
  it("records every API call once, by class and method, per execution", () => {
    const fake = createAppsScriptGlobals();
    const { SpreadsheetApp } = fake.globals;
    const sheet = SpreadsheetApp.getActive().getSheets()[0]!;
    sheet.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange("A1").setValue(5); // one call, though it fills through the same code as setValues
    expect(fake.log.calls).toEqual([
      "SpreadsheetApp.getActive",
      "Spreadsheet.getSheets",
      "Sheet.getRange",
      "Range.setValues",
      "Sheet.getRange",
      "Range.setValue",
    ]);
    expect(fake.log.count()).toBe(6);
    expect(fake.log.count("Sheet.getRange")).toBe(2);
    expect(fake.log.count("Range.")).toBe(2);
    expect(fake.log.count("Range.setValue")).toBe(1);
    expect(fake.log.count(/^Range\.setValues?$/)).toBe(2);
    expect(fake.log.byName("Sheet.*")).toEqual({ "Sheet.getRange": 2 });
    fake.newExecution().Session.getActiveUserLocale();
    expect(fake.log.count((e) => e.execution === 2)).toBe(1);
    expect(fake.log.spreadsheetCalls()).toBe(6);
    expect(SPREADSHEET_SERVICE_CLASSES.has("Range")).toBe(true);
  });

  it("inspectors and seeding are not counted", () => {
    const fake = createAppsScriptGlobals();
    fake.spreadsheet.write("Sheet1", "A1", [["x", 1]]);
    expect(fake.spreadsheet.sheetValues("Sheet1")).toEqual([["x", 1]]);
    fake.spreadsheet.cell("Sheet1", "A1");
    expect(fake.log.count()).toBe(0);
  });

  it("marks and since", () => {
    const fake = createAppsScriptGlobals();
    fake.globals.SpreadsheetApp.flush();
    const m = fake.log.mark();
    fake.globals.SpreadsheetApp.getActive();
    expect(fake.log.since(m).map((e) => e.name)).toEqual(["SpreadsheetApp.getActive"]);
  });
});

describe("what the fake does not implement says so", () => {
  it("unknown methods throw a clear error; probes do not", () => {
    const fake = createAppsScriptGlobals();
    const ss = fake.globals.SpreadsheetApp.getActive() as any;
    expect(() => ss.duplicateActiveSheet()).toThrow(
      "not implemented in the fake: Spreadsheet.duplicateActiveSheet",
    );
    expect(() => (fake.globals.SpreadsheetApp as any).openById("x")).toThrow(
      "not implemented in the fake: SpreadsheetApp.openById",
    );
    expect(ss.then).toBeUndefined();
    expect(String(ss)).toBe("Spreadsheet");
    expect(Object.keys(ss)).toEqual([]);
  });

  it("arguments of the wrong kind get Apps Script's signature error", () => {
    const fake = createAppsScriptGlobals();
    const ss = fake.globals.SpreadsheetApp.getActive();
    expect(() => ss.deleteSheet({} as any)).toThrow(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.",
    );
  });
});

describe("Ui, HtmlService, Session, ScriptApp, Utilities", () => {
  it("records menus, sidebars, dialogs, alerts and prompts", () => {
    const fake = createAppsScriptGlobals({ htmlDir: "/nonexistent" });
    const { SpreadsheetApp, HtmlService } = fake.globals;
    const ui = SpreadsheetApp.getUi();
    const sub = ui.createMenu("More").addItem("B", "fb");
    ui.createAddonMenu().addItem("A", "fa").addSeparator().addSubMenu(sub).addToUi();
    expect(fake.ui.menuItems()).toEqual([
      { caption: "A", functionName: "fa" },
      { caption: "B", functionName: "fb" },
    ]);
    ui.showSidebar(HtmlService.createHtmlOutput("<p>hi</p>").setTitle("Side").setWidth(300));
    ui.showModalDialog(HtmlService.createHtmlOutput("<p>d</p>"), "Dialog");
    expect(fake.ui.sidebars()).toMatchObject([{ title: "Side", content: "<p>hi</p>", width: 300 }]);
    expect(fake.ui.dialogs()).toMatchObject([{ kind: "modalDialog", title: "Dialog" }]);
    expect(ui.alert("Done")).toBe(ui.Button.OK);
    fake.ui.alertAnswers.push("NO");
    expect(ui.alert("T", "Sure?", ui.ButtonSet.YES_NO)).toBe("NO");
    fake.ui.promptAnswers.push({ button: "OK", text: "note" });
    const answer = ui.prompt("Title", "Say", ui.ButtonSet.OK_CANCEL);
    expect([answer.getSelectedButton(), answer.getResponseText()]).toEqual(["OK", "note"]);
    expect(fake.ui.alerts.map((a) => a.prompt)).toEqual(["Done", "Sure?"]);
    expect(() => HtmlService.createHtmlOutputFromFile("Nope")).toThrow("No HTML file named Nope was found.");
    expect(() => ui.showSidebar("<p>not html output</p>" as any)).toThrow(/don't match the method signature/);
  });

  it("Session, ScriptApp, Utilities, Logger", () => {
    const fake = createAppsScriptGlobals({ locale: "ja", timeZone: "Asia/Tokyo" });
    const { Session, ScriptApp, Utilities, Logger, SpreadsheetApp, Charts } = fake.globals;
    expect(Session.getActiveUserLocale()).toBe("ja");
    expect(Session.getScriptTimeZone()).toBe("Asia/Tokyo");
    expect(SpreadsheetApp.getActive().getSpreadsheetLocale()).toBe("ja_JP");
    expect(ScriptApp.AuthMode.FULL).toBe("FULL");
    expect(Charts.ChartType.COLUMN).toBe("COLUMN");
    const d = new Date("2025-03-31T15:30:00Z");
    expect(Utilities.formatDate(d, "Asia/Tokyo", "yyyy-MM-dd")).toBe("2025-04-01");
    expect(Utilities.formatDate(d, "Asia/Tokyo", "yyyy-MM-dd HH:mm")).toBe("2025-04-01 00:30");
    expect(Utilities.formatDate(d, "UTC", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe("2025-03-31T15:30:00.000Z");
    expect(Utilities.formatDate(d, "America/New_York", "EEE, d MMM yyyy h:mm a Z")).toBe(
      "Mon, 31 Mar 2025 11:30 AM -0400",
    );
    Logger.log("hello %s", "world");
    expect(fake.logs).toEqual(["hello world"]);
    expect(Logger.getLog()).toBe("hello world");
  });
});

describe("performance", () => {
  it("a 10,000 × 10 block is written and read back in one engine update", () => {
    const fake = createAppsScriptGlobals();
    const ss = fake.globals.SpreadsheetApp.getActive();
    const sheet = ss.insertSheet("Big");
    sheet.insertRowsAfter(1000, 9000);
    const data = Array.from({ length: 10_000 }, (_, i) => [
      "2025-04-01",
      `Rep ${i % 7}`,
      i,
      i * 2,
      i * 3,
      `'${i}`,
      i % 2 === 0,
      `=C${i + 1}*2`,
      "",
      null,
    ]);
    let updates = 0;
    fake.spreadsheet.hf.on("valuesUpdated", () => updates++);
    sheet.getRange(1, 1, 10_000, 10).setValues(data);
    sheet.getRange(1, 1, 10_000, 1).setNumberFormat("yyyy-mm-dd");
    const values = sheet.getRange(1, 1, 10_000, 10).getValues();
    expect(values[9_999]!.slice(2, 8)).toEqual([9999, 19998, 29997, "9999", false, 19998]);
    expect(values[0]![0]).toBeInstanceOf(Date);
    expect(sheet.getLastRow()).toBe(10_000);
    expect(updates).toBe(1);
  });
});
