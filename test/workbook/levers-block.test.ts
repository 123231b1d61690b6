// The Levers block on Targets (src/workbook/levers-block.ts) computed by HyperFormula: a plan worked
// out by hand; every template in both languages equal to what `status` reports (planLevers); and live —
// a rate, a deal value or the goal typed over on Assumptions moves the block to the levers of the
// plan with that change. LibreOffice computes the same block in test/cli/libreoffice-status.test.ts.
import fc from "fast-check";
import type { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { planLevers } from "../../src/domain/levers";
import type { Plan } from "../../src/domain/plan";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import { SheetBuilder } from "../../src/workbook/grid";
import { L } from "../../src/workbook/labels";
import { buildLevers, LEVER_COL } from "../../src/workbook/levers-block";
import { N } from "../../src/workbook/names";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";
import { leversAgree } from "../support/levers-compare";
import { runs } from "../support/sample";
import { loadSpec } from "../support/spec-engine";

/**
 * Assumptions and Targets only: the block reads nothing else, and HyperFormula loads the two in a
 * fraction of the whole workbook's time.
 */
function engine(plan: Plan) {
  const spec = buildWorkbook(plan);
  const keep = new Set(["assumptions", "targets"]);
  const part: WorkbookSpec = {
    ...spec,
    sheets: spec.sheets.filter((s) => keep.has(s.key)),
    namedRanges: spec.namedRanges.filter((n) => keep.has(n.sheet)),
  };
  const { hf, sheet } = loadSpec(part);
  const values = () => hf.getSheetValues(sheet("targets"));
  /** Types a value into the Assumptions cell of a named range, as a user would. */
  const type = (name: string, value: number) => {
    const at = spec.namedRanges.find((n) => n.name === name)?.rect;
    if (!at) throw new Error(`no ${name}`);
    hf.setCellContents({ sheet: sheet("assumptions"), row: at.row, col: at.col }, value);
  };
  return { spec, hf: hf as HyperFormula, values, type };
}

/** KGI ¥3,000,000 at ¥45,000 a deal; calls → appointments 12%, → meetings 45%, → deals 99.5%. */
function handPlan(): Plan {
  const plan = samplePlan();
  plan.kgi.target = 3_000_000;
  const st = plan.streams[0];
  if (!st) throw new Error("stream");
  st.dealValue = 45_000;
  const rates = [0.12, 0.45, 0.995];
  st.stages.forEach((sg, k) => {
    if (rates[k] !== undefined) sg.rate = rates[k];
  });
  return plan;
}

describe("the Levers block on Targets", () => {
  it("is headed by its title, a note on what it shows and the columns' headers, in the plan's language", () => {
    for (const locale of ["en", "ja"] as const) {
      const plan = { ...samplePlan(), locale };
      const s = new SheetBuilder("targets", "Targets");
      const [first] = buildLevers(s, plan);
      const words = (row: number) => s.cells[row]?.map((c) => c?.value);
      const heading = (first?.row ?? 0) - 3;
      expect(words(heading)).toEqual([L.levers[locale]]);
      expect(words(heading + 1)).toEqual([L.leversNote[locale]]);
      expect(words(heading + 2)).toEqual(
        [L.stream, L.lever, L.leverChange, L.leverActivity, L.leverKgi, L.rank].map((h) => h[locale]),
      );
      expect(heading).toBe(0);
    }
  });

  it("a plan worked out by hand", () => {
    // The funnel: ⌈3,000,000 ÷ 45,000⌉ = ⌈66.67⌉ = 67 deals; ⌈67 ÷ 0.995⌉ = ⌈67.34⌉ = 68 meetings;
    // ⌈68 ÷ 0.45⌉ = ⌈151.1⌉ = 152 appointments; ⌈152 ÷ 0.12⌉ = ⌈1,266.7⌉ = 1,267 calls.
    const { spec, hf, values } = engine(handPlan());
    const v = values();
    const rows = spec.levers.map((l) => v[l.row] ?? []);
    const col = (c: number) => rows.map((r) => r[c]);
    expect(col(LEVER_COL.stream)).toEqual(Array(4).fill("New business"));
    expect(col(LEVER_COL.lever)).toEqual(["Calls", "Appointments", "Meetings", L.dealValue.en]);
    expect(col(LEVER_COL.change)).toEqual(["rate +1 pt", "rate +1 pt", "rate +1 pt", "+10%"]);
    // Calls → appointments 13% (+1 point, not × 1.01, which would give ⌈152 ÷ 0.1212⌉ = 1,255):
    // ⌈152 ÷ 0.13⌉ = ⌈1,169.2⌉ = 1,170 calls, 97 fewer.
    // Appointments → meetings 46%: ⌈68 ÷ 0.46⌉ = ⌈147.8⌉ = 148 → ⌈148 ÷ 0.12⌉ = ⌈1,233.3⌉ = 1,234, 33 fewer.
    // Meetings → deals MIN(99.5% + 1 pt, 100%) = 100%: 67 → ⌈67 ÷ 0.45⌉ = ⌈148.9⌉ = 149 →
    // ⌈149 ÷ 0.12⌉ = ⌈1,241.7⌉ = 1,242, 25 fewer.
    // Deal value ¥49,500: ⌈3,000,000 ÷ 49,500⌉ = ⌈60.6⌉ = 61 → ⌈61 ÷ 0.995⌉ = ⌈61.3⌉ = 62 →
    // ⌈62 ÷ 0.45⌉ = ⌈137.8⌉ = 138 → 138 ÷ 0.12 = 1,150 exactly, 117 fewer.
    expect(col(LEVER_COL.activity)).toEqual([-97, -33, -25, -117]);
    // The KGI the planned 1,267 calls bring, unrounded, after minus before:
    // calls:        1,267 × 0.01 × 0.45 × 0.995 × 45,000 = 1,267 × 201.4875 = 255,284.6625
    // appointments: 1,267 × 0.12 × 0.01 × 0.995 × 45,000 = 1,267 × 53.73 = 68,075.91
    // meetings:     1,267 × 0.12 × 0.45 × 0.005 × 45,000 = 1,267 × 12.15 = 15,394.05 (the cap: 0.005,
    //               not 0.01, which would give 30,788.1)
    // deal value:   1,267 × 0.12 × 0.45 × 0.995 × 4,500 = 1,267 × 241.785 = 306,341.595
    const kgi = col(LEVER_COL.kgi) as number[];
    [255_284.6625, 68_075.91, 15_394.05, 306_341.595].forEach((want, i) => {
      expect(kgi[i]).toBeCloseTo(want, 6);
    });
    // By effect: the deal value saves most (117), then calls (97), appointments (33), meetings (25).
    expect(col(LEVER_COL.rank)).toEqual([2, 3, 4, 1]);
    hf.destroy();
  });

  it("on a tie in the work saved, the rank goes to the most KGI, then to the earlier row", () => {
    // KGI ¥1,000,000 at ¥1,000,000 a deal, rates 70%, 60%, 50%: 1 deal, ⌈1 ÷ 0.5⌉ = 2 meetings,
    // ⌈2 ÷ 0.6⌉ = 4 appointments, ⌈4 ÷ 0.7⌉ = ⌈5.7⌉ = 6 calls. No lever saves a call: ⌈4 ÷ 0.71⌉ = 6;
    // ⌈2 ÷ 0.61⌉ = 4; ⌈1 ÷ 0.51⌉ = 2; ⌈1 ÷ 1.1⌉ = 1. So the KGI decides, against the rows' order:
    // calls 6 × 0.01 × 0.6 × 0.5 × 1M = 18,000; appointments 6 × 0.7 × 0.01 × 0.5 × 1M = 21,000;
    // meetings 6 × 0.7 × 0.6 × 0.01 × 1M = 25,200; deal value 6 × 0.21 × 100,000 = 126,000.
    const small = samplePlan();
    small.kgi.target = 1_000_000;
    const rates = [0.7, 0.6, 0.5];
    small.streams[0]?.stages.forEach((sg, k) => {
      if (rates[k] !== undefined) sg.rate = rates[k];
    });
    const a = engine(small);
    const rowsA = a.spec.levers.map((l) => a.values()[l.row] ?? []);
    expect(rowsA.map((r) => r[LEVER_COL.activity])).toEqual([0, 0, 0, 0]);
    const kgiA = rowsA.map((r) => r[LEVER_COL.kgi] as number);
    [18_000, 21_000, 25_200, 126_000].forEach((want, i) => {
      expect(kgiA[i]).toBeCloseTo(want, 6);
    });
    expect(rowsA.map((r) => r[LEVER_COL.rank])).toEqual([4, 3, 2, 1]);
    a.hf.destroy();

    // The sample with two rates at 100%: 120 deals, meetings and appointments, 1,200 calls. Calls at
    // 11%: ⌈120 ÷ 0.11⌉ = ⌈1,090.9⌉ = 1,091 (−109), 1,200 × 0.01 × 1M = ¥12,000,000 more; the rates at
    // 100% stay there (0, 0: a full tie, the earlier row first); deal value ¥1.1M: 110 deals → 1,100
    // calls (−100), 1,200 × 0.1 × ¥100,000 = ¥12,000,000 more.
    const capped = samplePlan();
    const stages = capped.streams[0]?.stages ?? [];
    for (const k of [1, 2]) (stages[k] as { rate?: number }).rate = 1;
    const b = engine(capped);
    const rowsB = b.spec.levers.map((l) => b.values()[l.row] ?? []);
    expect(rowsB.map((r) => r[LEVER_COL.activity])).toEqual([-109, 0, 0, -100]);
    const kgiB = rowsB.map((r) => r[LEVER_COL.kgi] as number);
    [12_000_000, 0, 0, 12_000_000].forEach((want, i) => {
      expect(kgiB[i]).toBeCloseTo(want, 6);
    });
    expect(rowsB.map((r) => r[LEVER_COL.rank])).toEqual([1, 3, 4, 2]);
    b.hf.destroy();
  });

  it.each(templateIds.flatMap((id) => [[id, "ja"] as const, [id, "en"] as const]))(
    "%s (%s): the block is what status reports (planLevers), ranked as byEffect per stream",
    (id, locale) => {
      const plan = templatePlan(id, locale);
      const { spec, hf, values } = engine(plan);
      leversAgree(spec, values(), planLevers(plan));
      hf.destroy();
    },
  );

  it("live: a rate, a deal value or the goal typed on Assumptions gives the levers of that plan (property)", () => {
    // Rates up to 100% and just under it (the cap), deal values and goals of any size, both roundings.
    const rate = fc.oneof(
      fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000),
      fc.constantFrom(1, 0.99, 0.995, 0.999),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...templateIds),
        fc.constantFrom("stage" as const, "end" as const),
        fc.nat(),
        rate,
        fc.integer({ min: 1_000, max: 5_000_000 }),
        fc.integer({ min: 1_000_000, max: 900_000_000 }),
        (id, rounding, pickIndex, newRate, dealValue, goal) => {
          const plan: Plan = { ...templatePlan(id, "en"), rounding };
          const { spec, hf, values, type } = engine(plan);
          const changed = structuredClone(plan);
          const rated = changed.streams.flatMap((st) =>
            st.stages.filter((sg) => sg.rate !== undefined).map((sg) => ({ st, sg })),
          );
          const at = rated[pickIndex % rated.length];
          if (!at) throw new Error("no rate");
          at.sg.rate = newRate;
          at.st.dealValue = dealValue;
          changed.kgi.target = goal;
          type(N.rate(at.st.id, at.sg.id), newRate);
          type(N.dealValue(at.st.id), dealValue);
          type(N.kgiTarget, goal);
          leversAgree(spec, values(), planLevers(changed));
          hf.destroy();
        },
      ),
      { numRuns: runs(12, 60), seed: 20261217 },
    );
  });
});
