// No typed value is lost, even when a run dies (BRIEF §3.5). A regeneration is stopped at its n-th
// SpreadsheetApp call (an error there, or Apps Script's 6-minute limit: that call and every later
// one fail), then Generate runs again. After the stop: every typed value, note and review row is
// still there and the team's own sheet is untouched. After the second run: the workbook is exactly
// what an uninterrupted regeneration gives.
//
// `npm test` stops at a representative sample: the first call of every tenth kind the regeneration's
// writing makes (from its first write on; the seed picks which), plus seeded random points. `npm run test:slow` (SLOW=1) stops at every call.
import { describe, expect, it } from "vitest";
import { runs } from "../support/sample";
import { points, serviceCalls, teamDataIntact } from "./fault-points";
import { revised, snapshot, teamAtWork } from "./team-work";

describe("a regeneration stopped at any call loses nothing, and the next one completes it", () => {
  const reference = teamAtWork();
  const next = revised(reference.plan);
  expect(reference.call("kpiGenerate", next).ok).toBe(true);
  const calls = serviceCalls(reference);
  const expected = snapshot(reference);
  const at = points(calls, runs(2, 0), 20261129, 10);

  it(`stops at ${at.length} of its ${calls.length} calls`, () => {
    expect(calls.length).toBeGreaterThan(100);
    // A first call of a tenth of the kinds the writing makes, at the least.
    expect(at.length).toBeGreaterThanOrEqual(6);
  });

  it.each(at)("stopped at call %i", (n) => {
    const a = teamAtWork();
    a.fake.log.failAt(n);
    const r = a.call("kpiGenerate", next);
    expect(r.ok).toBe(false);
    expect(a.fake.log.failed).toBe(true);
    a.fake.log.heal();
    teamDataIntact(a);
    const again = a.call("kpiGenerate", next);
    expect(again.ok, JSON.stringify(again.error)).toBe(true);
    expect(snapshot(a)).toEqual(expected);
  });
});
