// A first Generate stopped at its n-th SpreadsheetApp call, then run again: the workbook is exactly
// what an uninterrupted Generate gives (the regeneration's case is faults-regeneration.test.ts).
// `npm test` stops at the first call and at seeded points; `npm run test:slow` (SLOW=1) at every call.
import { describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { runs } from "../support/sample";
import { points, serviceCalls } from "./fault-points";
import { addon } from "./support";
import { OUR_SHEETS, snapshot } from "./team-work";

describe("a first Generate stopped at any call: the next one completes the workbook", () => {
  const clean = addon({ locale: "en" });
  expect(clean.call("kpiGenerate", samplePlan()).ok).toBe(true);
  const calls = serviceCalls(clean);
  const expected = snapshot(clean);
  const at = points(calls, runs(3, 0), 7, 0);

  it.each(at)("stopped at call %i", (n) => {
    const a = addon({ locale: "en" });
    a.fake.log.failAt(n);
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(false);
    a.fake.log.heal();
    const again = a.call("kpiGenerate", samplePlan());
    expect(again.ok, JSON.stringify(again.error)).toBe(true);
    expect(snapshot(a)).toEqual(expected);
    expect(a.fake.spreadsheet.sheetNames().filter((s) => OUR_SHEETS.includes(s))).toHaveLength(8);
  });
});
