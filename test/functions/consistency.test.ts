// For the same quantity, the custom function, the domain and the native formula the generated
// sheets use (evaluated by a real engine) must give the same number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { render } from "../../src/domain/formula";
import { funnelRef, requiredCounts, stageRule } from "../../src/domain/funnel";
import { customFunction } from "../../src/functions/registry";
import { sheetsEngine } from "../support/hyperformula";

const call = (name: string, ...args: unknown[]) => customFunction(name).run(...(args as never[]));

const rate = fc.integer({ min: 1, max: 100 }).map((p) => p / 100);
const input = fc.record({
  kgiTarget: fc.integer({ min: 0, max: 5_000_000_000 }),
  dealValue: fc.integer({ min: 1, max: 20_000_000 }),
  rates: fc.tuple(rate, rate, rate),
});

/** Lays a funnel out as a sheet: inputs in row 1, required counts in row 2, rendered from stageRule. */
function funnelSheet(kgiTarget: number, dealValue: number, rates: number[], rounding: "stage" | "end") {
  const n = rates.length + 1;
  const col = (i: number) => String.fromCharCode(65 + i);
  // Row 1: A1 goal, B1 share, C1 deal value, D1.. rates.  Row 2: A2.. required counts, top first.
  const cell = (name: string) => {
    if (name === funnelRef.kgiTarget) return "$A$1";
    if (name === funnelRef.share) return "$B$1";
    if (name === funnelRef.dealValue) return "$C$1";
    const r = /^rate(\d+)$/.exec(name);
    if (r) return `$${col(3 + Number(r[1]))}$1`;
    const q = /^required(\d+)$/.exec(name);
    if (q) return `${col(Number(q[1]))}2`;
    throw new Error(name);
  };
  const row2 = Array.from({ length: n }, (_, k) => `=${render(stageRule(k, n, rounding), cell)}`);
  return sheetsEngine({ S: [[kgiTarget, 1, dealValue, ...rates], row2] });
}

describe("funnel: custom functions = domain = sheet formulas", () => {
  it("agree on generated inputs, both roundings", () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom("stage" as const, "end" as const),
        ({ kgiTarget, dealValue, rates }, rounding) => {
          const topFirst = [rates[2], rates[1], rates[0]]; // appointment, meeting, win
          const domain = requiredCounts({ kgiTarget, share: 1, dealValue, rates: topFirst }, rounding);
          const hf = funnelSheet(kgiTarget, dealValue, topFirst, rounding);
          const sheet = (hf.getSheetValues(0)[1] ?? []).slice(0, 4);
          expect(sheet).toEqual(domain);
          if (rounding === "stage") {
            expect(call("KPI_REQUIRED_CALLS", kgiTarget, dealValue, rates[0], rates[1], rates[2])).toBe(
              domain[0],
            );
            expect(call("KPI_FUNNEL", kgiTarget, dealValue, [topFirst])).toEqual(domain.map((d) => [d]));
            const deals = domain[3] as number;
            expect(call("KPI_REQUIRED_ACTIVITY", deals, [topFirst])).toBe(domain[0]);
          }
          hf.destroy();
        },
      ),
      { numRuns: 150 },
    );
  });

  it("agree where the decimal quotient is whole but binary is not", () => {
    // 7 ÷ 0.07 = 100.00000000000001 in binary; every path must say 100.
    const domain = requiredCounts({ kgiTarget: 7, share: 1, dealValue: 1, rates: [0.07] });
    expect(domain).toEqual([100, 7]);
    const hf = funnelSheet(7, 1, [0.07], "stage");
    expect(hf.getSheetValues(0)[1]).toEqual([100, 7]);
    expect(call("KPI_FUNNEL", 7, 1, [[0.07]])).toEqual([[100], [7]]);
  });
});
