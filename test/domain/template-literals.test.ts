// The domain's targets for every template against the numbers worked out by hand
// (test/fixtures/template-literals/): the same tables the sheets are checked against in HyperFormula
// (test/workbook/template-literals.test.ts) and LibreOffice (test/cli/libreoffice-template-literals).
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/calendar-dates";
import { dayGuide } from "../../src/domain/day-guide";
import { dealWeightDueBy, pipelineDueBy } from "../../src/domain/lead-time";
import { planCalendar } from "../../src/domain/plan";
import { cumulativeSums } from "../../src/domain/split";
import { planTargets } from "../../src/domain/targets";
import { templateIds, templatePlan } from "../../src/domain/templates";
import {
  every,
  MONTH_STARTS,
  type StageLiteral,
  TEMPLATE_LITERALS,
  type TemplateLiteral,
  WORKING_DAYS,
  WORKING_DAYS_TOTAL,
} from "../fixtures/template-literals";

/** The per-day guide as the Targets sheet shows it: a number, or the words of "every N days". */
function guide(total: number, days: number): number | string {
  const g = dayGuide(total, days);
  if (g.kind === "perDay") return g.count;
  if (g.kind === "every") return every(g.days);
  return 0;
}

/** The domain's targets of a template plan, in the shape of the hand-worked tables. */
function domainTable(id: string) {
  const plan = templatePlan(id, "ja");
  const t = planTargets(plan);
  const schedule = {
    start: plan.period.start,
    end: plan.period.end,
    periods: t.periods,
    weights: t.periodWeights,
    cumulative: cumulativeSums(t.periodWeights),
    periodWorkingDays: t.periodWorkingDays,
    cal: planCalendar(plan),
  };
  const stages: StageLiteral[] = t.stages.map((s) => {
    const stage: StageLiteral = {
      stream: s.streamId,
      stage: s.stageId,
      required: s.team,
      perRep: s.perRep,
      perRepPerDay: s.perRep.map((r) => guide(r, t.workingDaysTotal)),
      perPeriod: s.perPeriod,
    };
    if (s.leadDays > 0) {
      stage.lead = {
        daysAhead: s.leadDays,
        weightDue: dealWeightDueBy(pipelineDueBy(plan.period.start, s.leadDays), schedule),
        pipelineAtStart: s.pipelineAtStart,
        weightDueAhead: t.periods.map((p) => dealWeightDueBy(addDays(p.end, s.leadDays), schedule)),
      };
    }
    return stage;
  });
  const table: TemplateLiteral = {
    id,
    kgi: {
      target: plan.kgi.target,
      perRep: t.kgiPerRep,
      perRepPerDay: t.kgiPerRep.map((r) => guide(r, t.workingDaysTotal) as number),
      perPeriod: t.kgiPerPeriod,
    },
    repWeights: t.repWeights,
    stages,
  };
  return { table, t };
}

describe("template literals in the domain", () => {
  it("every built-in template has a hand-worked table", () => {
    expect(TEMPLATE_LITERALS.map((x) => x.id)).toEqual([...templateIds]);
  });

  it.each(TEMPLATE_LITERALS.map((x) => [x.id, x] as const))(
    "%s (ja): planTargets equal the hand table",
    (id, want) => {
      const { table, t } = domainTable(id);
      expect(t.periods.map((p) => p.start)).toEqual(MONTH_STARTS);
      expect(t.periodWorkingDays).toEqual(WORKING_DAYS);
      expect(t.workingDaysTotal).toBe(WORKING_DAYS_TOTAL);
      expect(table).toEqual(want);
    },
  );

  it.each(TEMPLATE_LITERALS.map((x) => [x.id, x] as const))(
    "%s (en): the same funnel in dollars",
    (id, want) => {
      // Money is shown in dollars at ¥100 (templates/build.ts), so every count is the same.
      const t = planTargets(templatePlan(id, "en"));
      expect(t.stages.map((s) => s.team)).toEqual(want.stages.map((s) => s.required));
    },
  );
});
