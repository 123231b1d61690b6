// What a rewrite clears: a sheet of ours rewritten in place loses the validation rules of before in one
// call per sheet (its charts and protections go one by one, as asserted in spec-decorations); a sheet
// the run has just made has nothing of before, and gets no clearing call at all. Through dist/Code.js
// over the Apps Script fakes.
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/workbook/build";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

describe("clearing before a rewrite", () => {
  it("a first Generate clears nothing; a second clears each sheet of ours that is not a log, once", () => {
    const a = addon({ locale: "en" });
    const plan = samplePlan();
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    expect(a.fake.log.count("Range.clearDataValidations")).toBe(0);
    expect(a.fake.log.count("Sheet.removeChart")).toBe(0);
    expect(a.fake.log.count("Protection.remove")).toBe(0);
    a.fake.log.reset();
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    // Logs (Actuals, Review Log) are never rewritten: their validations are the team's rows' too.
    const rewritten = buildWorkbook(plan, { foreignSheetNames: [] }).sheets.filter((s) => !s.log);
    expect(rewritten.length).toBeGreaterThan(4);
    expect(a.fake.log.count("Range.clearDataValidations")).toBe(rewritten.length);
    expect(a.fake.log.count("Sheet.removeChart")).toBeGreaterThan(0);
    expect(a.fake.log.count("Protection.remove")).toBeGreaterThan(0);
  });
});
