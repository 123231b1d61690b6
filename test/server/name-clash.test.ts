// A user's own named range that the KPI sheets need (KGI_TARGET → their Budget sheet) is never taken
// over silently: generation stops, says which names, and changes nothing.
import { describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

describe("kpiGenerate with the user's own named ranges", () => {
  it("stops with the clashing names and where they point, and changes nothing", () => {
    const { fake, call } = addon({ locale: "en" });
    fake.spreadsheet.addSheet("Budget");
    fake.spreadsheet.write("Budget", "A1", [[5_000_000]]);
    const ss = (fake.globals as any).SpreadsheetApp.getActive();
    ss.setNamedRange("kgi_target", ss.getSheetByName("Budget").getRange("A1"));
    const sheetsBefore = fake.spreadsheet.sheetNames();

    const r = call("kpiGenerate", samplePlan());
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe("name_clash");
    expect(r.error.message).toContain("kgi_target → Budget!A1");
    expect(r.error.message).toContain("Nothing was changed");
    expect(fake.spreadsheet.sheetNames()).toEqual(sheetsBefore);
    expect(fake.spreadsheet.namedRanges()).toEqual({ kgi_target: "Budget!A1" });
  });

  it("says it in Japanese for a Japanese user", () => {
    const { fake, call } = addon({ locale: "ja" });
    fake.spreadsheet.addSheet("予算");
    const ss = (fake.globals as any).SpreadsheetApp.getActive();
    ss.setNamedRange("KGI_TARGET", ss.getSheetByName("予算").getRange("B2"));
    const r = call("kpiGenerate", samplePlan());
    expect(r.error.message).toContain("KGI_TARGET → 予算!B2");
    expect(r.error.message).toContain("何も変更していません");
  });

  it("regenerates over its own names, and keeps the user's other names", () => {
    const { fake, call } = addon({ locale: "en" });
    expect(call("kpiGenerate", samplePlan()).ok).toBe(true);
    fake.spreadsheet.addSheet("Budget");
    const ss = (fake.globals as any).SpreadsheetApp.getActive();
    ss.setNamedRange("MY_BUDGET", ss.getSheetByName("Budget").getRange("A1"));
    const again = call("kpiGenerate", samplePlan());
    expect(again.ok, JSON.stringify(again.error)).toBe(true);
    expect(fake.spreadsheet.namedRanges().MY_BUDGET).toBe("Budget!A1");
  });
});

describe("regeneration and our own named ranges", () => {
  it("moves each of our names (NamedRange.setRange) and re-creates none, so formulas on them follow", () => {
    const { fake, call } = addon({ locale: "en" });
    expect(call("kpiGenerate", samplePlan()).ok).toBe(true);
    const names = Object.keys(fake.spreadsheet.namedRanges());
    expect(names.length).toBeGreaterThan(3);
    fake.log.reset();
    expect(call("kpiGenerate", samplePlan()).ok).toBe(true);
    expect(fake.log.count("Spreadsheet.setNamedRange")).toBe(0);
    expect(fake.log.count("NamedRange.setRange")).toBe(names.length);
    expect(Object.keys(fake.spreadsheet.namedRanges())).toEqual(names);
  });
});

describe("arguments Apps Script cannot check", () => {
  it("are refused with the argument's path, in Japanese as well as English", () => {
    const { call } = addon({ locale: "ja" });
    const r = call("kpiOpenSheet", true);
    expect(r.error.code).toBe("invalid_arguments");
    expect(r.error.issues[0].path).toBe("0");
    expect(r.error.issues[0].message.ja).toMatch(/^引数 0 が正しくありません/);
    expect(r.error.issues[0].message.en).not.toMatch(/引数/);
  });
});
