// The add-on menu's items through dist/Code.js over the fakes: what each says before our sheets exist,
// which panel of the sidebar each opens, the as-of reset, and Tidy actuals' long list and busy lock.
import { describe, expect, it } from "vitest";
import { N } from "../../src/workbook/names";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

const NO_PLAN = "This spreadsheet has no KPI sheets yet: generate them with the wizard first.";

function generated(locale = "en") {
  const a = addon({ locale });
  expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
  return a;
}

/** The sidebar's root element as the menu item wrote it. */
const root = (a: ReturnType<typeof addon>) =>
  a.fake.ui
    .sidebars()
    .at(-1)
    ?.content.match(/<main [^>]*>/)?.[0];

describe("the menu before any KPI sheet exists", () => {
  it.each([["kpiMenuRefreshAsOf"], ["kpiMenuRecordReview"], ["kpiMenuConnectSource"]])(
    "%s says to generate first, and opens nothing",
    (item) => {
      const a = addon({ locale: "en" });
      a.call(item);
      expect(a.fake.ui.alerts.map((x) => x.prompt)).toEqual([NO_PLAN]);
      expect(a.fake.ui.sidebars()).toEqual([]);
    },
  );

  it("says it in Japanese to a Japanese user", () => {
    const a = addon({ locale: "ja" });
    a.call("kpiMenuRecordReview");
    expect(a.fake.ui.alerts.map((x) => x.prompt)).toEqual([
      "このスプレッドシートにはまだKPIシートがありません。先にウィザードで生成してください。",
    ]);
  });

  it("About needs no sheets, in the user's language", () => {
    const a = addon({ locale: "en" });
    a.call("kpiMenuAbout");
    expect(a.fake.ui.alerts[0]?.prompt).toMatch(/^KPI Designer: reverse-calculates your sales funnel/);
    const ja = addon({ locale: "ja" });
    ja.call("kpiMenuAbout");
    expect(ja.fake.ui.alerts[0]?.prompt).toMatch(/^KPI Designer：KGIから営業ファネルを逆算し/);
  });
});

describe("the menu over generated sheets", () => {
  it("opens the sidebar on the wizard, the review panel or the source panel, in the user's language", () => {
    const a = generated("en");
    a.call("openSidebar");
    expect(root(a)).toBe('<main id="app" data-locale="en">');
    a.call("kpiMenuRecordReview");
    expect(root(a)).toBe('<main id="app" data-locale="en" data-panel="review">');
    a.call("kpiMenuConnectSource");
    expect(root(a)).toBe('<main id="app" data-locale="en" data-panel="source">');
    expect(a.fake.ui.alerts).toEqual([]);
    const ja = generated("ja");
    ja.call("kpiMenuConnectSource");
    expect(root(ja)).toBe('<main id="app" data-locale="ja" data-panel="source">');
  });

  // Each item needs a sheet the other does not: Connect the stored plan (the hidden data sheet),
  // Record a review the Review Log. Without it, each says to generate.
  it.each([
    ["kpiMenuConnectSource", "the hidden data sheet", (s: { isSheetHidden(): boolean }) => s.isSheetHidden()],
    ["kpiMenuRecordReview", "the Review Log", (s: { getName(): string }) => s.getName() === "Review Log"],
  ] as const)("%s without %s says to generate, and opens nothing", (item, _sheet, needed) => {
    const a = generated("en");
    const ss = a.fake.globals.SpreadsheetApp.getActive();
    const gone = ss.getSheets().find(needed);
    if (!gone) throw new Error(`no ${_sheet}`);
    ss.deleteSheet(gone);
    a.call(item);
    expect(a.fake.ui.alerts.map((x) => x.prompt)).toEqual([NO_PLAN]);
    expect(a.fake.ui.sidebars()).toEqual([]);
  });

  it("puts the Dashboard's as-of date back to =TODAY() after the team typed a date over it", () => {
    const a = generated("en");
    const asOf = a.fake.globals.SpreadsheetApp.getActive().getRangeByName(N.asOf);
    if (!asOf) throw new Error("no as-of range");
    asOf.setValue(new Date(2026, 4, 31));
    expect(asOf.getFormula()).toBe("");
    a.call("kpiMenuRefreshAsOf");
    expect(asOf.getFormula()).toBe("=TODAY()");
    expect(a.fake.ui.alerts.map((x) => x.prompt)).toEqual([
      "The dashboard date is back to today (=TODAY()).",
    ]);
  });
});

describe("Tidy actuals from the menu", () => {
  // Rows whose calls are typed in full-width digits: each obviously a number.
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => [`2026-04-${String(i + 1).padStart(2, "0")}`, "Sato", "７０"]);
  function seventeen() {
    const a = generated("en");
    a.fake.spreadsheet.write("Actuals", "A2", rows(17));
    return a;
  }

  it("lists all of fifteen changes, with nothing more to count", () => {
    const a = generated("en");
    a.fake.spreadsheet.write("Actuals", "A2", rows(15));
    a.fake.ui.alertAnswers.push("NO");
    a.call("kpiMenuTidyActuals");
    const prompt = a.fake.ui.alerts[0]?.prompt ?? "";
    expect(prompt.split("\n").filter((l) => l.includes("→"))).toHaveLength(15);
    expect(prompt.endsWith('C16: "７０" → 70')).toBe(true);
  });

  it("lists the first fifteen changes and counts the rest", () => {
    const a = seventeen();
    a.fake.ui.alertAnswers.push("NO");
    a.call("kpiMenuTidyActuals");
    const prompt = a.fake.ui.alerts[0]?.prompt ?? "";
    expect(prompt).toMatch(/^These 17 entries will be converted/);
    const listed = prompt.split("\n").filter((l) => l.includes("→"));
    expect(listed).toEqual(Array.from({ length: 15 }, (_, i) => `C${i + 2}: "７０" → 70`));
    expect(prompt.endsWith("\n… and 2 more")).toBe(true);
  });

  it("says another run holds the spreadsheet, and changes nothing, while the lock is taken", () => {
    const a = seventeen();
    const second = a.other();
    second.globals.LockService.getDocumentLock().tryLock(1000);
    a.call("kpiMenuTidyActuals");
    expect(a.fake.ui.alerts.map((x) => x.prompt)).toEqual([
      "Another generate is running in this spreadsheet. Wait a moment and try again.",
    ]);
    expect((a.fake.spreadsheet.sheetValues("Actuals", "C2:C3") as unknown[][]).flat()).toEqual([
      "７０",
      "７０",
    ]);
    a.fake.endExecution(second.globals);
  });
});
