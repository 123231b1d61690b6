// Named ranges can never collide: Sheets and Excel treat names that differ only by letter case as
// one, so two of ours that did would point one column's formulas at another's. A plan that would
// make two such names is refused with the field at fault, before anything is written.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { samplePlan } from "../fixtures/plans";

const IDS = ["kpi", "kpi_a", "a", "a_b", "b", "b_c", "c", "calls2", "calls"];

function planWith(streams: { id: string; stages: string[] }[], manual: string[]): Plan {
  const plan = samplePlan();
  plan.streams = streams.map((st, i) => ({
    id: st.id,
    name: `Stream ${i}`,
    share: 1 / streams.length,
    dealValue: 1_000_000,
    stages: st.stages.map((id, g) => ({
      id,
      name: `Stage ${g}`,
      ...(g < st.stages.length - 1 ? { rate: 0.5 } : {}),
    })),
  }));
  plan.kpis = manual.map((id) => ({
    id,
    name: `KPI ${id}`,
    tier: "outcome" as const,
    direction: "higher" as const,
    frequency: "monthly" as const,
    source: { manual: true as const, target: 10 },
  }));
  return plan;
}

describe("named ranges never differ only by case", () => {
  it("refuses the stream kpi + stage calls2 + manual KPI calls2 plan, naming the KPI's id", () => {
    const r = parsePlan(planWith([{ id: "kpi", stages: ["leads", "calls2"] }], ["calls2"]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.path === "kpis[0].id");
    expect(issue?.message.en).toContain("ACT_KPI_calls2");
    expect(issue?.message.en).toContain("ACT_kpi_calls2");
    expect(issue?.message.ja).toContain("大文字と小文字");
  });

  it("refuses stream and stage ids that join into the same name (a_b + c, a + b_c)", () => {
    const r = parsePlan(
      planWith(
        [
          { id: "a_b", stages: ["c", "d"] },
          { id: "a", stages: ["b_c", "d"] },
        ],
        [],
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain("streams[1].stages[0].id");
  });

  it("every plan that is accepted gets names that are unique ignoring case (property)", () => {
    const id = fc.constantFrom(...IDS);
    const stream = fc.record({ id, stages: fc.uniqueArray(id, { minLength: 2, maxLength: 3 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(stream, { minLength: 1, maxLength: 3, selector: (s) => s.id }),
        fc.uniqueArray(id, { maxLength: 3 }),
        (streams, manual) => {
          const parsed = parsePlan(planWith(streams, manual));
          if (!parsed.ok) return;
          const names = buildWorkbook(parsed.plan).namedRanges.map((n) => n.name.toUpperCase());
          expect(names.length).toBe(new Set(names).size);
        },
      ),
      { numRuns: 300, seed: 13 },
    );
  });
});
