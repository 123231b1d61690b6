// smart-achievable-history with the count behind the history (historyCount): the planned rate is
// compared with the high end of the history's 90% Wilson interval, not with the rate itself, not
// with its low end, and not with 1.5× the rate (the rule kept for a history without its count).
//
// The bounds, by hand. z = Φ⁻¹(0.95) = 1.6448536, z² = 2.7055435, z²/2 = 1.3527718, z²/4 = 0.6763859.
// Wilson: centre = (x + z²/2) ÷ (n + z²); half = z·√(x(n−x)/n + z²/4) ÷ (n + z²).
// n = 100, x = 10: centre = 11.3527718 ÷ 102.7055435 = 0.1105368;
//   half = 1.6448536 × √(9 + 0.6763859) ÷ 102.7055435 = 1.6448536 × 3.1106890 ÷ 102.7055435 = 0.0498186;
//   low = 0.0607182, high = 0.1603554 → "6.1–16.0% (n = 100)".
// n = 2400, x = 240: centre = 241.3527718 ÷ 2402.7055435 = 0.1004504;
//   half = 1.6448536 × √(216 + 0.6763859) ÷ 2402.7055435 = 1.6448536 × 14.7199316 ÷ 2402.7055435 = 0.0100770;
//   low = 0.0903734, high = 0.1105274 → "9.0–11.1% (n = 2400)".
import { describe, expect, it } from "vitest";
import { HISTORY_RATE_FACTOR, lintPlan } from "../../src/domain/lint";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { templatePlan } from "../../src/domain/templates";

/** inside_sales_minimal (calls → appointments → meetings) with the calls' rate and its history. */
function plan(rate: number, history: { rate: number; count?: number }, locale: "ja" | "en" = "en"): Plan {
  const p = structuredClone(templatePlan("inside_sales_minimal", locale));
  const stage = p.streams[0]?.stages[0];
  if (!stage) throw new Error("no stage");
  stage.rate = rate;
  stage.historyRate = history.rate;
  if (history.count !== undefined) stage.historyCount = history.count;
  const parsed = parsePlan(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.plan;
}

const history = (p: Plan) => lintPlan(p).filter((f) => f.ruleId === "smart-achievable-history");

describe("smart-achievable-history on the 90% interval (historyCount given)", () => {
  it("warns above the high end, naming the interval in both languages", () => {
    // 16.1% > 16.036%, the high end for 10 in 100.
    const en = history(plan(0.161, { rate: 0.1, count: 100 }));
    expect(en).toMatchObject([{ severity: "warning", path: "streams[0].stages[0].rate" }]);
    expect(en[0]?.message.en).toContain("16.1%");
    expect(en[0]?.message.en).toContain("above the 90% range of your history, 6.1–16.0% (n = 100)");
    const ja = history(plan(0.161, { rate: 0.1, count: 100 }, "ja"));
    expect(ja[0]?.message.ja).toContain("90%区間 6.1〜16.0%（n = 100）を上回っています");
  });

  it("accepts a rate up to the high end: not the rate itself, not the low end, not 1.5× the rate", () => {
    // 16% ≤ 16.036%: within the interval, though above the rate (10%) and its low end (6.1%), and
    // above 1.5 × 10% = 15%, where the rule without a count would warn.
    expect(history(plan(0.16, { rate: 0.1, count: 100 }))).toEqual([]);
    expect(history(plan(0.155, { rate: 0.1, count: 100 }))).toEqual([]);
    expect(history(plan(0.155, { rate: 0.1 }))).toHaveLength(1); // the old rule, for contrast
    expect(history(plan(0.08, { rate: 0.1, count: 100 }))).toEqual([]);
    expect(history(plan(0.05, { rate: 0.1, count: 100 }))).toEqual([]); // below: not this rule's concern
  });

  it("accepts a rate at the high end itself: 100% against a history of 50 out of 50", () => {
    // x = n: half = z·√(z²/4) ÷ (n + z²) = (z²/2) ÷ (n + z²), so high = (n + z²/2 + z²/2) ÷ (n + z²)
    // = 1 (and the interval never passes 1): a planned 100% is at the high end, not above it.
    expect(history(plan(1, { rate: 1, count: 50 }))).toEqual([]);
  });

  it("a long history has a narrow interval: 12% is above 10% of 2400, though below 1.5×", () => {
    expect(0.12).toBeLessThan(0.1 * HISTORY_RATE_FACTOR);
    const found = history(plan(0.12, { rate: 0.1, count: 2400 }));
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toContain("9.0–11.1% (n = 2400)");
    expect(history(plan(0.11, { rate: 0.1, count: 2400 }))).toEqual([]); // 11% ≤ 11.053%
    expect(history(plan(0.12, { rate: 0.1 }))).toEqual([]); // without the count: 12% < 15%
  });

  it("keeps the 1.5× rule when the count is absent", () => {
    const found = history(plan(0.25, { rate: 0.1 }));
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toContain("2.5× the team's history of 10%");
  });

  it("accepts exactly 1.5× the history when the count is absent", () => {
    // 0.5 × 1.5 = 0.75, exact in binary: a plan at the limit is not above it.
    expect(history(plan(0.75, { rate: 0.5 }))).toEqual([]);
    expect(history(plan(0.76, { rate: 0.5 }))).toHaveLength(1);
  });
});

describe("historyCount in a plan file", () => {
  it("is a whole count of at least 1, and goes with historyRate", () => {
    const p = structuredClone(templatePlan("inside_sales_minimal", "en"));
    const stage = p.streams[0]?.stages[0] as Record<string, unknown>;
    stage.historyCount = 240;
    const alone = parsePlan(p);
    expect(alone.ok ? [] : alone.issues.map((i) => i.path)).toEqual(["streams[0].stages[0].historyCount"]);
    stage.historyRate = 0.1;
    expect(parsePlan(p).ok).toBe(true);
    for (const bad of [0, 2.5, -1, "240"]) {
      stage.historyCount = bad;
      const r = parsePlan(p);
      expect(r.ok ? [] : r.issues.map((i) => i.path), String(bad)).toEqual([
        "streams[0].stages[0].historyCount",
      ]);
    }
  });
});
