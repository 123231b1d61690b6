// The Trends sheet as of 2026-05-15 computed in HyperFormula, every figure against the hand tally of
// test/fixtures/progress-log.ts: built in the test, so that it judges trends-sheet.ts under mutation
// testing (the other dates and the layout: trends-sheet.test.ts).
import { describe, expect, it } from "vitest";
import { progressPlan, trendsAt20260515 } from "../fixtures/progress-log";
import { expectMetrics, trendsAt } from "../support/trends-engine";

describe("Trends sheet (HyperFormula), by hand", () => {
  it("as of 2026-05-15: April over, May so far, June not begun (0 actual), every figure by hand", () => {
    const t = trendsAt(progressPlan(), "2026-05-15");
    expect(t.label("As of")?.[3]).toBe(2); // May is period 2
    expect(t.periods(t.label("Working days") ?? [])).toEqual([22, 21, 22]);
    expect(t.periods(t.label("Working days elapsed") ?? [])).toEqual([22, 11, 0]);
    expectMetrics(t, trendsAt20260515(), 2);
    // Moved most, by hand: KGI |1.005 − 0.886| = 0.12, calls |1.332 − 1| = 0.33, appointment rate
    // |0.444 − 1.014| = 0.57, appointments |0.545 − 1| = 0.45, appointments → deals |1 − 1.143| =
    // 0.14, deals |0.636 − 1| = 0.36: the appointment rate, 101% → 44% (rounded to whole percent).
    expect(t.label("Moved most since the last period")?.[1]).toBe("Appointment rate: 101% → 44% of plan");
  });
});
